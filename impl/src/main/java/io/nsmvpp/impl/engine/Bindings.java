/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which VPP interface carries which side of which connection: the engine's map from configuration to VPP, rebuilt
 * from tags by reconciliation and kept by the customizers as they create and delete.
 */
public final class Bindings {
    private final Map<SideRef, BoundInterface> sides = new ConcurrentHashMap<>();
    private volatile CreateJournal journal = CreateJournal.none();
    private final java.util.concurrent.atomic.AtomicLong adopted = new java.util.concurrent.atomic.AtomicLong();

    /** Counts an interface adopted instead of created ({@code -1}: a transaction that adopted one was reverted). */
    public void countAdopted(final int delta) {
        adopted.addAndGet(delta);
    }

    private final java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();

    /** Counts an interface created ({@code -1}: the transaction that created it was reverted). */
    public void countCreated(final int delta) {
        created.addAndGet(delta);
    }

    /** Interfaces created since start, by transactions that were not reverted. */
    public long created() {
        return created.get();
    }

    /** Interfaces adopted since start. */
    public long adopted() {
        return adopted.get();
    }

    private final java.util.concurrent.atomic.AtomicLong restored = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong pruned = new java.util.concurrent.atomic.AtomicLong();

    /** Counts connections restored from VPP's tags. */
    public void countRestored(final long count) {
        restored.addAndGet(count);
    }

    public long restored() {
        return restored.get();
    }

    /** Counts a connection pruned because its lease expired. */
    public void countPruned() {
        pruned.incrementAndGet();
    }

    public long pruned() {
        return pruned.get();
    }

    private final Map<String, String> restoredLeases = new ConcurrentHashMap<>();
    private final java.util.Set<SideRef> adoptedSides = ConcurrentHashMap.newKeySet();

    /** Marks a connection restored from VPP's tags, with the lease the restore gave it. */
    public void markRestored(final String connectionId, final String lease) {
        restoredLeases.put(connectionId, lease);
    }

    /** A connection's configuration changed: it stays restored only while its lease is still the restored one. */
    public void configured(final String connectionId, final @org.eclipse.jdt.annotation.Nullable String lease) {
        final String restoredLease = restoredLeases.get(connectionId);
        if (restoredLease != null && !restoredLease.equals(lease)) {
            restoredLeases.remove(connectionId);
        }
    }

    /** True while a connection is as the restore wrote it: no forwarder has refreshed it yet. */
    public boolean isRestored(final String connectionId) {
        return restoredLeases.containsKey(connectionId);
    }

    /** Records whether the side's interface was adopted (true) or created (false) by this agent. */
    public void markAdopted(final SideRef side, final boolean adoptedInterface) {
        if (adoptedInterface) {
            adoptedSides.add(side);
        } else {
            adoptedSides.remove(side);
        }
    }

    public boolean isAdopted(final SideRef side) {
        return adoptedSides.contains(side);
    }

    /** Forgets every binding: VPP was dumped afresh and is about to be bound again. */
    public void clear() {
        sides.clear();
    }

    public Optional<BoundInterface> get(final SideRef side) {
        return Optional.ofNullable(sides.get(side));
    }

    public void put(final SideRef side, final BoundInterface bound) {
        sides.put(side, bound);
    }

    /** Removes the binding only if it is still {@code bound}. */
    public void remove(final SideRef side, final BoundInterface bound) {
        sides.remove(side, bound);
    }

    public Map<SideRef, BoundInterface> snapshot() {
        return Map.copyOf(sides);
    }

    public int size() {
        return sides.size();
    }

    /** Where customizers record the interfaces they are creating until those carry their tags. */
    public CreateJournal journal() {
        return journal;
    }

    /** Sets the journal; the agent gives one in its state directory, tests and embedders may keep none. */
    public void useJournal(final CreateJournal newJournal) {
        journal = newJournal;
    }
}

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
    private final java.util.concurrent.atomic.AtomicLong adopted = new java.util.concurrent.atomic.AtomicLong();

    /** Counts an interface adopted instead of created. */
    public void countAdopted() {
        adopted.incrementAndGet();
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
}

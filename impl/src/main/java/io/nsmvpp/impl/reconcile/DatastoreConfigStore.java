/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.nsmvpp.impl.engine.ConnectionNodes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadWriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.OptimisticLockFailedException;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * The config datastore as the reconciler's {@link ConfigStore}: its writes pass through the engine's commit cohort
 * like any forwarder's, and a prune deletes an entry only if it is still the expired one, in one optimistic
 * read-write transaction, so a refresh that commits first wins.
 */
public final class DatastoreConfigStore implements ConfigStore {
    private static final DataObjectIdentifier<NsmVpp> ROOT = DataObjectIdentifier.builder(NsmVpp.class).build();
    /** How often a restore is tried when forwarders' writes keep getting in between its read and its write. */
    private static final int RESTORE_ATTEMPTS = 3;

    private final DataBroker broker;

    public DatastoreConfigStore(final DataBroker broker) {
        this.broker = broker;
    }

    @Override
    public CompletionStage<Optional<NsmVpp>> read() {
        final var tx = broker.newReadOnlyTransaction();
        return stage(tx.read(LogicalDatastoreType.CONFIGURATION, ROOT)).whenComplete((ok, error) -> tx.close());
    }

    @Override
    public CompletionStage<Set<String>> restore(final List<Connection> entries) {
        return restore(entries, RESTORE_ATTEMPTS);
    }

    /**
     * Reads the entries first and writes only those still absent: a forwarder's write that came in since the pass
     * read the configuration (a refresh right after a restart) is newer than anything rebuilt from VPP's tags. The
     * datastore's optimistic locking fails the commit if one arrives between this read and this write; then again.
     */
    private CompletionStage<Set<String>> restore(final List<Connection> entries, final int attempts) {
        return readThenChange(entries, (tx, entry, current) -> {
            if (current.isPresent()) {
                return false;
            }
            tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(entry.getId().getValue()), entry);
            return true;
        }).handle((written, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(written);
            }
            if (attempts > 1 && optimisticLockFailure(error)) {
                return restore(entries, attempts - 1);
            }
            throw completion(error);
        }).thenCompose(next -> next);
    }

    private static boolean optimisticLockFailure(final Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockFailedException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CompletionStage<Void> markAuthoritative(final String since) {
        final var tx = broker.newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
            .setAuthoritativeSince(new DateAndTime(since)).build());
        return stage(tx.commit()).thenApply(info -> null);
    }

    @Override
    public CompletionStage<Set<String>> deleteIfUnchanged(final List<Connection> expired) {
        return readThenChange(expired, (tx, entry, current) -> {
            if (current.isEmpty() || !current.orElseThrow().getExpiresAt().equals(entry.getExpiresAt())) {
                return false;
            }
            tx.delete(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(entry.getId().getValue()));
            return true;
        }).exceptionally(error -> {
            if (optimisticLockFailure(error) && expired.size() == 1) {
                // a refresh (or a delete) committed between our read and our delete: it wins
                return Set.<String>of();
            }
            throw completion(error);
        });
    }

    /** What one entry's current state leads to: whether {@code tx} now changes it. */
    @FunctionalInterface
    private interface EntryChange {
        boolean apply(ReadWriteTransaction tx, Connection entry, Optional<Connection> current);
    }

    /**
     * One read-write transaction over {@code entries}: reads each entry's current state, lets {@code change} write
     * what it decides, and commits unless nothing changed. The stage holds the ids changed, or fails as a read or the
     * commit did (an optimistic-lock failure when another write got in between); the transaction is cancelled when
     * nothing changed or anything failed.
     */
    private CompletionStage<Set<String>> readThenChange(final List<Connection> entries, final EntryChange change) {
        final var tx = broker.newReadWriteTransaction();
        final List<CompletableFuture<Optional<Connection>>> reads = entries.stream()
            .map(conn -> stage(tx.read(LogicalDatastoreType.CONFIGURATION,
                ConnectionNodes.connection(conn.getId().getValue()))).toCompletableFuture())
            .toList();
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenCompose(ignored -> {
            final Set<String> changed = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                final Connection entry = entries.get(i);
                if (change.apply(tx, entry, reads.get(i).join())) {
                    changed.add(entry.getId().getValue());
                }
            }
            if (changed.isEmpty()) {
                tx.cancel();
                return CompletableFuture.completedFuture(Set.<String>of());
            }
            return stage(tx.commit()).thenApply(info -> Set.copyOf(changed));
        }).whenComplete((ok, error) -> {
            if (error != null) {
                tx.cancel();
            }
        });
    }

    private static CompletionException completion(final Throwable error) {
        return error instanceof CompletionException known ? known : new CompletionException(error);
    }

    private static <T> CompletionStage<T> stage(final ListenableFuture<T> future) {
        final var result = new CompletableFuture<T>();
        Futures.addCallback(future, new FutureCallback<T>() {
            @Override
            public void onSuccess(final T value) {
                result.complete(value);
            }

            @Override
            public void onFailure(final Throwable error) {
                result.completeExceptionally(error);
            }
        }, MoreExecutors.directExecutor());
        return result;
    }
}

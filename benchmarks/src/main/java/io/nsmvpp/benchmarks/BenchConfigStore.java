/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.impl.reconcile.ConfigStore;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;

/**
 * A configuration that behaves as the datastore with the engine's cohort does, without a datastore: every write is
 * applied by the engine first and kept only if the engine accepts it. A copy of what the restore benchmark needs of
 * impl's test {@code DirectConfigStore} (the benchmark must not depend on impl's test classes), with one difference:
 * a prune ({@link #deleteIfUnchanged}) is one transaction for the batch the lease reaper hands it, as in the
 * datastore, but not waited for before the next one is applied, so that the reaper's batches are pipelined as far as
 * the engine allows.
 */
final class BenchConfigStore implements ConfigStore {
    /** Connections per transaction when the benchmark writes many (the reconciler's own batch size). */
    private static final int BATCH = 500;

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final String forwarder;
    private String authoritativeSince;
    private Engine engine;

    BenchConfigStore(final String forwarder) {
        this.forwarder = forwarder;
    }

    /** The engine whose cohort guards this store now (a restarted agent brings a new one). */
    BenchConfigStore attach(final Engine value) {
        engine = value;
        return this;
    }

    synchronized NsmVpp snapshot() {
        final Map<ConnectionKey, Connection> map = new LinkedHashMap<>();
        connections.values().forEach(conn -> map.put(conn.key(), conn));
        return new NsmVppBuilder().setForwarderName(new ForwarderName(forwarder)).setConnection(map)
            .setAuthoritativeSince(authoritativeSince == null ? null : new DateAndTime(authoritativeSince)).build();
    }

    /** The settings only: a snapshot without the connections, which would cost O(N) per transaction. */
    synchronized Settings settings() {
        return Settings.of(new NsmVppBuilder().setForwarderName(new ForwarderName(forwarder))
            .setAuthoritativeSince(authoritativeSince == null ? null : new DateAndTime(authoritativeSince)).build());
    }

    synchronized int size() {
        return connections.size();
    }

    /**
     * Forwarders' writes of new connections, in transactions of 500, one after another (all at once, 10,000
     * connections' calls queue in a real VPP for longer than a request's timeout); waits for them.
     */
    void create(final List<Connection> entries) {
        final Settings settings = settings();
        for (int start = 0; start < entries.size(); start += BATCH) {
            final var batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
            final var changes = batch.stream().map(conn -> new ConnectionChange(conn.getId().getValue(), null, conn))
                .toList();
            engine().apply(new ConfigChange(settings, changes)).toCompletableFuture().join().committed();
            synchronized (this) {
                batch.forEach(conn -> connections.put(conn.getId().getValue(), conn));
            }
        }
    }

    @Override
    public CompletionStage<Optional<NsmVpp>> read() {
        return CompletableFuture.completedFuture(Optional.of(snapshot()));
    }

    @Override
    public CompletionStage<Set<String>> restore(final List<Connection> entries) {
        final List<Connection> absent;
        synchronized (this) {
            absent = entries.stream().filter(conn -> !connections.containsKey(conn.getId().getValue())).toList();
        }
        final var changes = absent.stream().map(conn -> new ConnectionChange(conn.getId().getValue(), null, conn))
            .toList();
        return engine().apply(new ConfigChange(settings(), changes)).thenAccept(applied -> {
            applied.committed();
            synchronized (this) {
                absent.forEach(conn -> connections.put(conn.getId().getValue(), conn));
            }
        }).thenApply(ignored -> absent.stream().map(conn -> conn.getId().getValue())
            .collect(Collectors.toSet()));
    }

    @Override
    public synchronized CompletionStage<Void> markAuthoritative(final String since) {
        authoritativeSince = since;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Set<String>> deleteIfUnchanged(final List<Connection> expired) {
        final List<Connection> unchanged;
        synchronized (this) {
            unchanged = expired.stream().filter(conn -> conn.equals(connections.get(conn.getId().getValue())))
                .toList();
        }
        if (unchanged.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        return engine().apply(new ConfigChange(settings(), unchanged.stream()
            .map(conn -> new ConnectionChange(conn.getId().getValue(), conn, null)).toList()))
            .thenApply(applied -> {
                applied.committed();
                final Set<String> ids = new HashSet<>();
                synchronized (this) {
                    unchanged.forEach(conn -> {
                        connections.remove(conn.getId().getValue(), conn);
                        ids.add(conn.getId().getValue());
                    });
                }
                return ids;
            });
    }

    private Engine engine() {
        final Engine current = engine;
        if (current == null) {
            throw new IllegalStateException("attach an engine first");
        }
        return current;
    }
}

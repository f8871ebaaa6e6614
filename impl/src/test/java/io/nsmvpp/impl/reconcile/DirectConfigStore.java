/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;

/**
 * A configuration that behaves as the datastore with the engine's cohort does, without a datastore: every write is
 * applied by the engine first and kept only if the engine accepts it. It stands for the persisted datastore across
 * an agent restart (a new engine on the same store) or for a wiped one (a new store).
 */
final class DirectConfigStore implements ConfigStore {
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final String forwarder;
    private final java.util.Set<String> adopt;
    private String authoritativeSince;
    private Engine engine;

    DirectConfigStore(final String forwarder, final java.util.Set<String> adopt) {
        this.forwarder = forwarder;
        this.adopt = adopt;
    }

    /** The engine whose cohort guards this store now (a restarted agent brings a new one). */
    DirectConfigStore attach(final Engine value) {
        engine = value;
        return this;
    }

    synchronized NsmVpp snapshot() {
        final Map<ConnectionKey, Connection> map = new LinkedHashMap<>();
        connections.values().forEach(conn -> map.put(conn.key(), conn));
        return new NsmVppBuilder().setForwarderName(new ForwarderName(forwarder)).setConnection(map)
            .setAdoptForwarderNames(adopt.stream().map(ForwarderName::new).collect(java.util.stream.Collectors
                .toSet()))
            .setAuthoritativeSince(authoritativeSince == null ? null : new DateAndTime(authoritativeSince)).build();
    }

    /** Entries a persisted datastore holds already, as it comes back after a restart: nothing is applied. */
    synchronized DirectConfigStore persisted(final List<Connection> entries) {
        entries.forEach(conn -> connections.put(conn.getId().getValue(), conn));
        return this;
    }

    Settings settings() {
        return Settings.of(snapshot());
    }

    synchronized Map<String, Connection> connections() {
        return Map.copyOf(connections);
    }

    /** A forwarder's write, through the engine as the cohort would do it. */
    void write(final Connection after) {
        final String id = after.getId().getValue();
        final Connection before;
        synchronized (this) {
            before = connections.get(id);
        }
        engine.apply(new ConfigChange(settings(), List.of(new ConnectionChange(id, before, after))))
            .toCompletableFuture().join().committed();
        synchronized (this) {
            connections.put(id, after);
        }
    }

    void delete(final String id) {
        final Connection before;
        synchronized (this) {
            before = connections.get(id);
        }
        engine.apply(new ConfigChange(settings(), List.of(new ConnectionChange(id, before, null))))
            .toCompletableFuture().join().committed();
        synchronized (this) {
            connections.remove(id);
        }
    }

    @Override
    public CompletionStage<Optional<NsmVpp>> read() {
        return CompletableFuture.completedFuture(Optional.of(snapshot()));
    }

    @Override
    public CompletionStage<java.util.Set<String>> restore(final List<Connection> entries) {
        final List<Connection> absent;
        synchronized (this) {
            absent = entries.stream().filter(conn -> !connections.containsKey(conn.getId().getValue())).toList();
        }
        final var changes = absent.stream().map(conn -> new ConnectionChange(conn.getId().getValue(), null, conn))
            .toList();
        return engine.apply(new ConfigChange(settings(), changes)).thenAccept(applied -> {
            applied.committed();
            synchronized (this) {
                absent.forEach(conn -> connections.put(conn.getId().getValue(), conn));
            }
        }).thenApply(ignored -> absent.stream().map(conn -> conn.getId().getValue())
            .collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public synchronized CompletionStage<Void> markAuthoritative(final String since) {
        authoritativeSince = since;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<java.util.Set<String>> deleteIfUnchanged(final List<Connection> expired) {
        final List<Connection> unchanged;
        synchronized (this) {
            unchanged = expired.stream().filter(conn -> conn.equals(connections.get(conn.getId().getValue())))
                .toList();
        }
        if (unchanged.isEmpty()) {
            return CompletableFuture.completedFuture(java.util.Set.of());
        }
        // asynchronous, as the datastore is: a pass runs this on the VPP client's reader thread, which must not block
        return engine.apply(new ConfigChange(settings(), unchanged.stream()
            .map(conn -> new ConnectionChange(conn.getId().getValue(), conn, null)).toList()))
            .thenApply(applied -> {
                // a refusal (a VPP call failed and was reverted) fails the stage: the entries stay, as the
                // datastore's would
                applied.committed();
                final java.util.Set<String> ids = new java.util.HashSet<>();
                synchronized (this) {
                    unchanged.forEach(conn -> {
                        connections.remove(conn.getId().getValue(), conn);
                        ids.add(conn.getId().getValue());
                    });
                }
                return ids;
            });
    }
}

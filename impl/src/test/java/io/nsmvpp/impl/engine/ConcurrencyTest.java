/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import static io.nsmvpp.impl.engine.Connections.connection;
import static io.nsmvpp.impl.engine.Connections.loopback;
import static io.nsmvpp.impl.engine.Connections.memif;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;

/** Hundreds of connections written from many threads at once: nothing lost, nothing duplicated. */
class ConcurrencyTest extends VppTests {
    private static final int CONNECTIONS = 240;
    private static final int THREADS = 12;

    private long ours(final String prefix) {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
            .filter(tag -> tag.connectionId().startsWith(prefix)).isPresent()).count();
    }

    @Test
    void manyThreadsManyConnections() throws Exception {
        final var engine = new Engine(VppApi.of(vpp().client), new Bindings(),
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), name -> true);
        final String prefix = "cc" + UUID.randomUUID().toString().substring(0, 6);
        final String file = Files.createTempDirectory("memif").resolve("many.sock").toString();
        final List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            connections.add(connection(prefix + "-" + i, i % 2 == 0 ? memif(file) : loopback(), loopback()));
        }
        final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            final List<CompletableFuture<?>> all = new ArrayList<>();
            for (Connection conn : connections) {
                all.add(CompletableFuture.supplyAsync(() -> engine.apply(new ConfigChange(EngineTest.settings(),
                    List.of(new ConnectionChange(conn.getId().getValue(), null, conn)))), pool)
                    .thenCompose(stage -> stage).thenAccept(ConfigApplier.AppliedTransaction::committed));
                // the same connection refreshed concurrently, many times: serialized, nothing sent to VPP
                final Connection refreshed = new ConnectionBuilder(conn)
                    .setExpiresAt(new LeaseTime("2031-01-01T00:00:00Z")).build();
                all.add(CompletableFuture.supplyAsync(() -> engine.apply(new ConfigChange(EngineTest.settings(),
                    List.of(new ConnectionChange(conn.getId().getValue(), conn, refreshed)))), pool)
                    .thenCompose(stage -> stage).thenAccept(ConfigApplier.AppliedTransaction::committed));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertEquals(2L * CONNECTIONS, ours(prefix), "two interfaces per connection, no duplicate");
            assertEquals(2 * CONNECTIONS, engine.bindings().size());
            final long xconnects = vpp().client.dumpSync(new L2XconnectDump()).stream()
                .filter(row -> engine.bindings().snapshot().values().stream()
                    .anyMatch(bound -> bound.swIfIndex() == row.rxSwIfIndex())).count();
            assertEquals(2L * CONNECTIONS, xconnects, "every connection cross-connected both ways");

            final List<CompletableFuture<?>> deletes = new ArrayList<>();
            for (Connection conn : connections) {
                deletes.add(CompletableFuture.supplyAsync(() -> engine.apply(new ConfigChange(EngineTest.settings(),
                    List.of(new ConnectionChange(conn.getId().getValue(), conn, null)))), pool)
                    .thenCompose(stage -> stage).thenAccept(ConfigApplier.AppliedTransaction::committed));
            }
            CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertEquals(0, ours(prefix), "every interface deleted");
            assertEquals(0, engine.bindings().size());
        } finally {
            pool.shutdownNow();
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.state.StateReader;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.VppApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionStatus;

/**
 * A prune whose VPP calls fail is not forgotten: the lease reaper retries it with back-off (1 s, then doubling), and
 * until one attempt succeeds the connection's operational state says so: status pruning, the attempts, the next
 * attempt, and the last error naming the VPP message and its retval; the counters count the failures. Needs the
 * simulator's fault injection; the clock is a fake one.
 */
class PruneFailureTest extends VppTests {
    private static long tagged(final String forwarder) {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
            .filter(tag -> tag.forwarder().equals(forwarder)).isPresent()).count();
    }

    @Test
    void aFailedPruneIsRetriedWithBackOffAndShownInOperationalState() {
        assumeTrue(vpp().simulator() != null, "failing a VPP call needs the simulator's fault injection");
        final var clock = new MutableClock(Instant.parse("2029-12-31T23:59:00Z"));
        final String forwarder = "prune-" + UUID.randomUUID().toString().substring(0, 6);
        final String id = forwarder + "-1";
        final var engine = new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
        store.write(EngineFixtures.loopbacks(id));
        assertEquals(2, tagged(forwarder));
        final var reaper = new LeaseReaper(engine, store, clock);
        final var reader = new StateReader(InterfaceHandler.of(VppApi.of(vpp().client)), engine.bindings(),
            engine::settings, engine.counters(), reaper);

        // the lease (2030-01-01T00:00:00Z) ends; VPP refuses the first interface delete
        clock.advance(Duration.ofMinutes(2));
        vpp().simulator().faults().failRequest("delete_loopback", 1, -3);
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        assertEquals(2, tagged(forwarder), "the failed prune was reverted: the connection is whole");
        assertEquals(Set.of(id), store.connections().keySet(), "and its entry is kept");
        var snapshot = reader.read().toCompletableFuture().join();
        var state = snapshot.connections().get(id);
        assertEquals(ConnectionStatus.Pruning, state.getStatus());
        assertEquals(1, state.getPruneAttempts().intValue());
        assertEquals("2030-01-01T00:01:01Z", state.getNextPruneAttempt().getValue(), "first retry after 1 s");
        assertTrue(state.getLastError().contains("delete_loopback") && state.getLastError().contains("retval -3"),
            state.getLastError());
        assertEquals(1, snapshot.global().getCounters().getPruneFailures().getValue().longValue());
        assertEquals(1, snapshot.global().getCounters().getPrunesPending().intValue());

        // before the back-off has passed, nothing is tried
        vpp().simulator().clearOperations();
        vpp().simulator().faults().failRequest("delete_loopback", 1, -3);
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        assertEquals(List.of(), vpp().writes(), "no attempt during the back-off");

        // the second attempt fails too: the next one is 2 s later
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        state = reader.read().toCompletableFuture().join().connections().get(id);
        assertEquals(2, state.getPruneAttempts().intValue());
        assertEquals("2030-01-01T00:01:03Z", state.getNextPruneAttempt().getValue(), "back-off doubled");
        clock.advance(Duration.ofSeconds(1));
        vpp().simulator().clearOperations();
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        assertEquals(List.of(), vpp().writes(), "no attempt during the doubled back-off");

        // the third attempt succeeds: the connection is gone, and so is its failure
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, reaper.runOnce().toCompletableFuture().join());
        assertEquals(0, tagged(forwarder));
        assertEquals(Set.of(), store.connections().keySet());
        snapshot = reader.read().toCompletableFuture().join();
        assertNull(snapshot.connections().get(id));
        assertEquals(2, snapshot.global().getCounters().getPruneFailures().getValue().longValue());
        assertEquals(0, snapshot.global().getCounters().getPrunesPending().intValue());
        assertEquals(0, reaper.pendingRetries());
    }

    @Test
    void aRefreshAfterAFailedPruneEndsTheRetries() {
        assumeTrue(vpp().simulator() != null, "failing a VPP call needs the simulator's fault injection");
        final var clock = new MutableClock(Instant.parse("2030-01-01T00:00:05Z"));
        final String forwarder = "prune-" + UUID.randomUUID().toString().substring(0, 6);
        final String id = forwarder + "-1";
        final var engine = new Engine(VppApi.of(vpp().client), new Bindings(),
            java.time.Clock.fixed(Instant.parse("2029-12-31T00:00:00Z"), java.time.ZoneOffset.UTC), name -> true);
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
        final var conn = EngineFixtures.loopbacks(id);
        store.write(conn);
        final var reaper = new LeaseReaper(engine, store, clock);
        vpp().simulator().faults().failRequest("delete_loopback", 1, -3);
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        assertEquals(1, reaper.pendingRetries());

        // the forwarder refreshes the connection before the retry: the refresh wins, nothing is pruned
        store.write(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp
            .ConnectionBuilder(conn).setExpiresAt(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm
                .vpp.rev261127.LeaseTime("2030-01-01T01:00:00Z")).build());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, reaper.runOnce().toCompletableFuture().join());
        assertEquals(0, reaper.pendingRetries(), "no failure is shown for a refreshed connection");
        assertEquals(2, tagged(forwarder));
        store.delete(id);
        assertEquals(0, tagged(forwarder));
    }
}

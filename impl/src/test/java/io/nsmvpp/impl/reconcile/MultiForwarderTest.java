/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static io.nsmvpp.impl.engine.EngineFixtures.connection;
import static io.nsmvpp.impl.engine.EngineFixtures.loopback;
import static io.nsmvpp.impl.engine.EngineFixtures.memif;
import static io.nsmvpp.impl.engine.EngineFixtures.vxlan;
import static io.nsmvpp.impl.engine.EngineFixtures.wireguard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;

/**
 * Two forwarders, each with its own configuration, engine and reconciler, share one VPP (the simulator, or a real
 * VPP with VPP_API_SOCKET). Restarting either, with its configuration, with a wiped one or with an authoritative one
 * that lost an entry, never deletes, adopts or restores the other's interfaces; its lease reaper never prunes them.
 * Only {@code adopt-forwarder-names}, after the other forwarder is gone, takes them over: restored with a lease,
 * re-tagged, adopted on refresh, pruned when nobody refreshes them.
 */
class MultiForwarderTest extends VppTests {
    private final MutableClock clock = new MutableClock(
        Instant.parse("2026-12-01T00:00:00Z"));
    private String fwdA;
    private String fwdB;

    /** One forwarder's agent: its configuration and the engine that guards it now. */
    private final class Agent {
        final String name;
        final String memifFile;
        DirectConfigStore store;
        Engine engine;

        Agent(final String name) throws java.io.IOException {
            this.name = name;
            memifFile = Files.createTempDirectory("memif").resolve(name + ".sock").toString();
            store = new DirectConfigStore(name, Set.of());
            engine = newEngine();
            store.attach(engine);
        }

        /** A restart: a new engine (bindings and allocators empty), over {@code config}. */
        Reconciler.Report restart(final DirectConfigStore config) {
            engine = newEngine();
            store = config.attach(engine);
            return new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture()
                .join();
        }

        int reap() {
            return new LeaseReaper(engine, store, clock).runOnce().toCompletableFuture().join();
        }

        /** Writes three connections of this forwarder (memif, vxlan, wireguard) and returns them. */
        List<Connection> writeThree() {
            final var conns = three();
            conns.forEach(store::write);
            return conns;
        }

        List<Connection> three() {
            return List.of(connection(name + "-m", memif(memifFile), loopback()),
                connection(name + "-v", vxlan("192.0.2.1", "192.0.2." + (10 + rnd())), loopback()),
                connection(name + "-w", wireguard("198.51.100." + (1 + rnd())), loopback()));
        }
    }

    @BeforeEach
    void names() {
        final String run = UUID.randomUUID().toString().substring(0, 6);
        fwdA = "fwd-a-" + run;
        fwdB = "fwd-b-" + run;
    }

    @AfterEach
    void nothingLeft() {
        for (String name : List.of(fwdA, fwdB)) {
            final var left = tagged(name);
            if (!left.isEmpty()) {
                // best effort for a failed test: an authoritative empty configuration deletes them as leftovers
                final var engine = newEngine();
                final var store = new DirectConfigStore(name, Set.of()).attach(engine);
                store.markAuthoritative("2026-12-01T00:00:00Z");
                new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture().join();
            }
            assertEquals(Map.of(), left, "a test left interfaces of " + name + " in VPP");
        }
    }

    private Engine newEngine() {
        return new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
    }

    private static int rnd() {
        return ThreadLocalRandom.current().nextInt(200);
    }

    /** The interfaces tagged with {@code forwarder}'s name, by tag, with their sw_if_index. */
    private static Map<String, Long> tagged(final String forwarder) {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, SwInterfaceDetails::swIfIndex, (x, y) -> {
                throw new AssertionError("two interfaces carry one tag: " + x + " and " + y);
            }, TreeMap::new));
    }

    private static void clearLog() {
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
    }

    private static void assertNoWrites(final String when) {
        assertEquals(List.of(), vpp().writes(), "no VPP write " + when);
    }

    private static Connection refreshed(final Connection conn, final String until) {
        return new ConnectionBuilder(conn).setExpiresAt(new LeaseTime(until)).build();
    }

    @Test
    void twoForwardersOnOneVppNeverTouchEachOthersInterfaces() throws Exception {
        final var agentA = new Agent(fwdA);
        final var agentB = new Agent(fwdB);
        final var connsA = agentA.writeThree();
        final var connsB = agentB.writeThree();
        final var interfacesA = tagged(fwdA);
        final var interfacesB = tagged(fwdB);
        assertEquals(6, interfacesA.size());
        assertEquals(6, interfacesB.size());

        // A restarts with its configuration: adopts its own six, counts B's six as foreign, writes nothing
        clearLog();
        var report = agentA.restart(agentA.store);
        assertEquals(6, report.adopted(), report.toString());
        assertEquals(6, report.foreign(), report.toString());
        assertEquals(0, report.created() + report.leftovers() + report.restored(), report.toString());
        assertNoWrites("when A restarts with its configuration");
        assertEquals(interfacesA, tagged(fwdA));
        assertEquals(interfacesB, tagged(fwdB));

        // B restarts with a wiped configuration: restores its own three only
        clearLog();
        report = agentB.restart(new DirectConfigStore(fwdB, Set.of()));
        assertEquals(3, report.restored(), report.toString());
        assertEquals(6, report.foreign(), report.toString());
        assertNoWrites("when B restores");
        assertEquals(Set.of(fwdB + "-m", fwdB + "-v", fwdB + "-w"), agentB.store.connections().keySet());
        assertEquals(interfacesA, tagged(fwdA));
        assertEquals(interfacesB, tagged(fwdB));

        // A restarts with an authoritative configuration that lost one entry: that one is a leftover of A's and
        // is deleted; B's interfaces, which A's configuration lacks just as much, are not
        final var lost = new DirectConfigStore(fwdA, Set.of());
        lost.markAuthoritative("2026-11-30T00:00:00Z");
        lost.persisted(connsA.subList(0, 2));
        report = agentA.restart(lost);
        assertEquals(1, report.leftovers(), report.toString());
        assertEquals(6, report.foreign(), report.toString());
        assertEquals(4, tagged(fwdA).size(), "A's leftover is gone");
        assertEquals(interfacesB, tagged(fwdB), "B's interfaces are untouched");

        // A then restarts with a wiped configuration: it restores its own two connections, nothing of B's
        report = agentA.restart(new DirectConfigStore(fwdA, Set.of()));
        assertEquals(2, report.restored(), report.toString());
        assertEquals(Set.of(fwdA + "-m", fwdA + "-v"), agentA.store.connections().keySet());
        assertEquals(interfacesB, tagged(fwdB));

        // A's restored leases end while B refreshes its own: each reaper prunes only its own expired connections
        clock.advance(Duration.ofMinutes(5));
        connsB.forEach(conn -> agentB.store.write(refreshed(conn, "2026-12-01T01:00:00Z")));
        assertEquals(interfacesB, tagged(fwdB), "B's refresh adopts what B restored");
        clock.advance(Duration.ofMinutes(6));
        assertEquals(0, agentB.reap(), "B's leases are live");
        assertEquals(2, agentA.reap(), "A's restored, unrefreshed connections are pruned");
        assertEquals(Map.of(), tagged(fwdA));
        assertEquals(interfacesB, tagged(fwdB), "B's interfaces survive A's prunes");
        assertEquals(0, agentA.engine.bindings().size());

        cleanup(agentB);
    }

    @Test
    void adoptForwarderNamesTakesOverTheInterfacesOfAForwarderThatIsGone() throws Exception {
        final var agentA = new Agent(fwdA);
        final var agentB = new Agent(fwdB);
        final var connsA = agentA.writeThree();
        final var connsB = agentB.writeThree();
        final var interfacesA = tagged(fwdA);
        final var interfacesB = tagged(fwdB);
        // B's configuration has been authoritative for long: it was written by B's first start
        agentB.store.markAuthoritative("2026-11-30T00:00:00Z");

        // A is gone (its pod was re-created as B, say); VPP keeps A's interfaces. B restarts with its persisted
        // configuration, now with adopt-forwarder-names = [A]
        final var adopting = new DirectConfigStore(fwdB, Set.of(fwdA));
        adopting.markAuthoritative("2026-11-30T00:00:00Z");
        adopting.persisted(connsB);
        clearLog();
        final var report = agentB.restart(adopting);
        assertEquals(3, report.restored(), "A's connections are taken over, not deleted as B's leftovers: " + report);
        assertEquals(0, report.leftovers(), report.toString());
        assertEquals(0, report.created(), report.toString());
        assertEquals(Map.of(), tagged(fwdA), "re-tagged with B's name");
        final var all = tagged(fwdB);
        assertEquals(12, all.size());
        final var expected = new TreeMap<>(interfacesB);
        interfacesA.forEach((tag, index) -> {
            final var parsed = TagCodec.parse(tag).orElseThrow();
            expected.put(TagCodec.encode(new NsmTag(fwdB, parsed.side(), parsed.connectionId())), index);
        });
        assertEquals(expected, all, "the same interfaces, none created or deleted");
        if (vpp().simulator() != null) {
            assertEquals(Set.of("sw_interface_tag_add_del"), vpp().writes().stream().map(op -> op.message())
                .collect(Collectors.toSet()), "taking over only re-tags");
        }

        // the NSM now refreshes one of A's former connections through B: adopted, nothing sent to VPP
        clearLog();
        agentB.store.write(refreshed(connsA.get(0), "2026-12-01T01:00:00Z"));
        assertNoWrites("when B's refresh adopts a taken-over connection");
        // the others are not refreshed: their leases (now + max-token-lifetime) end them
        clock.advance(Duration.ofMinutes(11));
        assertEquals(2, agentB.reap());
        assertEquals(8, tagged(fwdB).size(), "B's own six and the refreshed one's two");
        cleanup(agentB);
    }

    private void cleanup(final Agent agent) {
        agent.store.connections().keySet().forEach(agent.store::delete);
    }
}

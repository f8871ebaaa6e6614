/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.engine.VppTarget;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;

/**
 * The restart matrix (DESIGN §3): every mechanism (on the client side, a loopback on the server side) × both
 * cross-connects × agent restart with its persisted configuration, with an empty one, a VPP restart, and both at
 * once. In each case one connection is refreshed after the restart and one is left to expire; afterwards VPP holds
 * exactly one interface per side of the refreshed connection, joined as configured, nothing of the expired one, and
 * the configuration holds exactly the refreshed one. Runs on the simulator, or on a real VPP with VPP_API_SOCKET
 * (VPP restarts need the simulator's fault API; kernel-tap needs /dev/vhost-net on a real VPP; af_packet gets a veth
 * pair there, which needs root).
 */
class RestartMatrixTest extends VppTests {
    private final MutableClock clock = new MutableClock(
        Instant.parse("2026-12-01T00:00:00Z"));
    private final List<String> veths = new ArrayList<>();
    private String forwarder;

    enum Restart {
        /** The agent restarts; its configuration persisted. */
        AGENT_PERSISTED,
        /** The agent restarts with an empty (wiped, never written) configuration. */
        AGENT_EMPTY,
        /** VPP restarts and loses everything; the agent keeps running with its configuration. */
        VPP,
        /** VPP restarts and the agent restarts with an empty configuration. */
        BOTH
    }

    enum Kind {
        MEMIF, KERNEL_TAP, AF_PACKET, VXLAN, WIREGUARD, LOOPBACK
    }

    static Stream<Arguments> matrix() {
        final List<Arguments> cases = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (boolean l3 : new boolean[] { false, true }) {
                for (Restart restart : Restart.values()) {
                    cases.add(Arguments.of(kind, l3 ? "l3xc" : "l2xc", restart));
                }
            }
        }
        return cases.stream();
    }

    @AfterEach
    void nothingLeft() throws Exception {
        final var left = ours();
        if (!left.isEmpty()) {
            final var engine = engine();
            final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
            store.markAuthoritative("2026-12-01T00:00:00Z");
            new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture().join();
        }
        for (String veth : veths) {
            new ProcessBuilder("ip", "link", "del", veth).start().waitFor();
        }
        assertEquals(Map.of(), left, "a case left interfaces of its forwarder in VPP");
    }

    private Engine engine() {
        return new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
    }

    /** The VXLAN VNIs and WireGuard listen ports of our sides (none is configured here: the engine gave them). */
    private Map<String, Long> allocated() {
        final Map<Long, String> tags = new java.util.HashMap<>();
        ours().forEach((tag, index) -> tags.put(index, tag));
        final Map<String, Long> values = new java.util.TreeMap<>();
        vpp().client.dumpSync(new VxlanTunnelV2Dump(0xFFFF_FFFFL)).stream()
            .filter(row -> tags.containsKey(row.swIfIndex()))
            .forEach(row -> values.put(tags.get(row.swIfIndex()), row.vni()));
        vpp().client.dumpSync(new WireguardInterfaceDump(false, 0xFFFF_FFFFL)).stream()
            .filter(row -> tags.containsKey(row.iface().swIfIndex()))
            .forEach(row -> values.put(tags.get(row.iface().swIfIndex()), (long) row.iface().port()));
        return values;
    }

    private Map<String, Long> ours() {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, SwInterfaceDetails::swIfIndex, (x, y) -> {
                throw new AssertionError("two interfaces carry one tag: " + x + " and " + y);
            }, TreeMap::new));
    }

    private Set<String> tags(final String id) {
        return Set.of(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id)),
            TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.SERVER, id)));
    }

    private String lease(final Duration ahead) {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().plus(ahead));
    }

    private Mechanism mechanism(final Kind kind, final String memifFile) throws Exception {
        final int random = ThreadLocalRandom.current().nextInt(200);
        return switch (kind) {
            case MEMIF -> EngineFixtures.memif(memifFile);
            case KERNEL_TAP -> EngineFixtures.tap("mx" + UUID.randomUUID().toString().substring(0, 8));
            case AF_PACKET -> {
                final String host = EngineFixtures.hostInterface();
                if (VppTarget.realVpp()) {
                    veths.add(host);
                }
                yield EngineFixtures.afPacket(host);
            }
            case VXLAN -> EngineFixtures.vxlan("192.0.2.1", "192.0.2." + (10 + random));
            case WIREGUARD -> EngineFixtures.wireguard("198.51.100." + (1 + random));
            case LOOPBACK -> EngineFixtures.loopback();
        };
    }

    private Connection connection(final String id, final Kind kind, final String xc, final String memifFile)
            throws Exception {
        final var conn = new ConnectionBuilder(EngineFixtures.connection(id, mechanism(kind, memifFile),
            EngineFixtures.loopback())).setExpiresAt(new LeaseTime(lease(Duration.ofMinutes(5)))).build();
        return "l3xc".equals(xc) ? EngineFixtures.withL3xc(conn) : conn;
    }

    private void assertJoined(final String id, final String xc) {
        final var now = ours();
        final long client = now.get(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id)));
        final long server = now.get(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.SERVER, id)));
        final var inventory = VppInventory.load(VppApi.of(vpp().client), row -> false).toCompletableFuture().join();
        final CrossConnect found = Restorer.crossConnect(inventory, client, server);
        assertNotNull(found, "the sides of " + id + " are cross-connected");
        assertEquals(xc, found.getKind(), "the cross-connect of " + id);
    }

    private static void clearLog() {
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
    }

    /**
     * A connection deleted after VPP restarted, before a pass created it again: the VNI and listen port its sides
     * were given are freed with it (they were kept only to create those very sides again). The same id written again
     * is a new connection and gets a fresh VNI, not the old one "as before"; the freed listen port is the lowest
     * free one again, so a new WireGuard side gets it.
     */
    @org.junit.jupiter.api.Test
    void aConnectionDeletedWhileVppLostItFreesWhatItWasGiven() throws Exception {
        assumeTrue(vpp().simulator() != null, "restarting VPP needs the simulator's fault API");
        forwarder = "mx-" + UUID.randomUUID().toString().substring(0, 8);
        final Engine engine = engine();
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
        final String tunnel = forwarder + "-v";
        final String wireguard = forwarder + "-w";
        store.write(connection(tunnel, Kind.VXLAN, "l2xc", null));
        store.write(connection(wireguard, Kind.WIREGUARD, "l2xc", null));
        final String tunnelSide = TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, tunnel));
        final String wireguardSide = TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, wireguard));
        final var given = allocated();
        vpp().simulator().faults().restart();
        vpp().client.reconnect();
        // VPP lost them; the engine's bindings are stale: each delete finds its interfaces gone
        store.delete(tunnel);
        store.delete(wireguard);
        final String another = forwarder + "-a";
        store.write(connection(tunnel, Kind.VXLAN, "l2xc", null));
        store.write(connection(another, Kind.WIREGUARD, "l2xc", null));
        final var now = allocated();
        assertTrue(!given.get(tunnelSide).equals(now.get(tunnelSide)), () -> "the VXLAN side was given "
            + given.get(tunnelSide) + " before its connection was deleted, and again now");
        assertEquals(given.get(wireguardSide), now.get(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT,
            another))), "the deleted side's listen port is free again");
        store.delete(tunnel);
        store.delete(another);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void restart(final Kind kind, final String xc, final Restart restart) throws Exception {
        final boolean vppRestarts = restart == Restart.VPP || restart == Restart.BOTH;
        assumeTrue(!vppRestarts || vpp().simulator() != null, "restarting VPP needs the simulator's fault API");
        assumeTrue(kind != Kind.KERNEL_TAP || !VppTarget.realVpp() || Files.exists(Path.of("/dev/vhost-net")),
            "tap needs /dev/vhost-net on a real VPP");
        forwarder = "mx-" + UUID.randomUUID().toString().substring(0, 8);
        final String memifFile = Files.createTempDirectory("memif").resolve("m.sock").toString();
        final String refreshed = forwarder + "-r";
        final String expiring = forwarder + "-e";
        final var connR = connection(refreshed, kind, xc, memifFile);
        final var connE = connection(expiring, kind, xc, memifFile);
        final Engine running = engine();
        final var original = new DirectConfigStore(forwarder, Set.of()).attach(running);
        original.markAuthoritative("2026-11-30T00:00:00Z");
        original.write(connR);
        original.write(connE);
        final var before = ours();
        assertEquals(4, before.size());
        final var given = allocated();

        if (vppRestarts) {
            vpp().simulator().faults().restart();
            vpp().client.reconnect();
            assertEquals(Map.of(), ours(), "VPP lost everything");
        }
        // a VPP restart alone: the agent kept running, with its engine's state of the VPP that is gone (its memif
        // socket registrations, among others); an agent restart brings a new engine
        final Engine engine = restart == Restart.VPP ? running : engine();
        final DirectConfigStore store = restart == Restart.AGENT_PERSISTED || restart == Restart.VPP
            ? original.attach(engine) : new DirectConfigStore(forwarder, Set.of()).attach(engine);
        clearLog();
        final var report = new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile()
            .toCompletableFuture().join();
        switch (restart) {
            case AGENT_PERSISTED -> {
                assertEquals(4, report.adopted(), report.toString());
                assertEquals(List.of(), vpp().writes(), "adopting sends VPP nothing");
                assertEquals(before, ours(), "the same interfaces, no duplicate");
            }
            case AGENT_EMPTY -> {
                assertEquals(2, report.restored(), report.toString());
                assertEquals(List.of(), vpp().writes(), "restoring sends VPP nothing");
                assertEquals(before, ours(), "the same interfaces, no duplicate");
                for (String id : List.of(refreshed, expiring)) {
                    final var entry = store.connections().get(id);
                    assertEquals(ConnectionNodes.mechanismOf(connR.getClient()).kind(),
                        ConnectionNodes.mechanismOf(entry.getClient()).kind(), "restored mechanism of " + id);
                    assertEquals(xc, ConnectionNodes.crossConnectOf(entry).getKind(),
                        "restored cross-connect of " + id);
                    assertEquals(lease(Duration.ofMinutes(10)), entry.getExpiresAt().getValue());
                }
            }
            case VPP -> {
                assertEquals(4, report.created(), report.toString());
                assertEquals(4, ours().size());
                assertJoined(expiring, xc);
                assertEquals(given, allocated(), "re-created sides keep the VNI or listen port they were given: "
                    + "their peers still expect it");
            }
            case BOTH -> {
                assertEquals(0, report.found() + report.restored() + report.created(), report.toString());
                assertEquals(Map.of(), store.connections(), "nothing to restore from an empty VPP");
            }
            default -> throw new IllegalStateException();
        }

        // the forwarder refreshes one connection; the other one's lease ends
        clearLog();
        store.write(new ConnectionBuilder(connR).setExpiresAt(new LeaseTime(lease(Duration.ofMinutes(30)))).build());
        if (restart != Restart.BOTH) {
            assertEquals(List.of(), vpp().writes(), "a refresh only moves the lease");
        }
        assertJoined(refreshed, xc);
        clock.advance(Duration.ofMinutes(11));
        final int pruned = new LeaseReaper(engine, store, clock).runOnce().toCompletableFuture().join();
        assertEquals(restart == Restart.BOTH ? 0 : 1, pruned);
        assertEquals(tags(refreshed), ours().keySet(), "exactly one interface per side of the refreshed "
            + "connection, nothing of the expired one");
        assertJoined(refreshed, xc);
        assertEquals(Set.of(refreshed), store.connections().keySet());

        store.delete(refreshed);
        assertEquals(Map.of(), ours());
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import static io.nsmvpp.impl.engine.Connections.afPacket;
import static io.nsmvpp.impl.engine.Connections.connection;
import static io.nsmvpp.impl.engine.Connections.l3xc;
import static io.nsmvpp.impl.engine.Connections.loopback;
import static io.nsmvpp.impl.engine.Connections.memif;
import static io.nsmvpp.impl.engine.Connections.tap;
import static io.nsmvpp.impl.engine.Connections.vxlan;
import static io.nsmvpp.impl.engine.Connections.wireguard;
import static io.nsmvpp.impl.engine.Connections.withXc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.impl.engine.ConfigApplier.AppliedTransaction;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.sim.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;

/**
 * The engine end to end against VPP (the simulator, or a real VPP with {@code VPP_API_SOCKET}): what VPP holds
 * after each create, update and delete, and that a failed or refused transaction leaves nothing behind.
 */
class EngineTest extends VppTests {
    static final String FORWARDER = "fwd-test";
    private Engine engine;
    private final List<String> veths = new ArrayList<>();
    private final String prefix = "e" + UUID.randomUUID().toString().substring(0, 6);
    private int baseline;

    @BeforeEach
    void newEngine() {
        final var clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        engine = VppTarget.realVpp() ? Engine.withHostInterfaces(VppApi.of(vpp().client), new Bindings(), clock)
            : new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> !name.startsWith("nx-"));
        baseline = vpp().interfaces().size();
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        // delete whatever a test left programmed, so VPP ends as it began
        final var left = engine.bindings().snapshot().keySet().stream().map(SideRef::connectionId).distinct().toList();
        assertTrue(left.isEmpty(), "a test left connections programmed: " + left);
        for (String veth : veths) {
            new ProcessBuilder("ip", "link", "del", veth).start().waitFor(5, TimeUnit.SECONDS);
        }
    }

    static Settings settings() {
        return new Settings(FORWARDER, Duration.ofSeconds(600), Set.of(), false, null, "/run/vpp/api.sock", false,
            Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    AppliedTransaction apply(final ConnectionChange... changes) {
        final var applied = engine.apply(new ConfigChange(settings(), List.of(changes))).toCompletableFuture()
            .join();
        applied.committed();
        return applied;
    }

    ConfigRejectedException refused(final ConnectionChange... changes) {
        final var error = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
            () -> engine.apply(new ConfigChange(settings(), List.of(changes))).toCompletableFuture().join());
        return assertInstanceOf(ConfigRejectedException.class, error.getCause());
    }

    static ConnectionChange create(final Connection after) {
        return new ConnectionChange(after.getId().getValue(), null, after);
    }

    static ConnectionChange delete(final Connection before) {
        return new ConnectionChange(before.getId().getValue(), before, null);
    }

    static ConnectionChange update(final Connection before, final Connection after) {
        return new ConnectionChange(after.getId().getValue(), before, after);
    }

    String id(final String name) {
        return prefix + "-" + name;
    }

    String socketFile(final String name) throws Exception {
        return Files.createTempDirectory("memif").resolve(name + ".sock").toString();
    }

    /** A host interface af_packet can bind to: any name on the simulator, a fresh veth end on a real VPP. */
    String hostInterface() throws Exception {
        final String name = "v" + UUID.randomUUID().toString().substring(0, 8);
        if (VppTarget.realVpp()) {
            final var process = new ProcessBuilder("ip", "link", "add", name, "type", "veth", "peer", "name",
                name + "p").inheritIO().start();
            assertTrue(process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0, "ip link add " + name);
            veths.add(name);
        }
        return name;
    }

    Map<String, SwInterfaceDetails> tagged() {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(FORWARDER) && tag.connectionId().startsWith(prefix)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, row -> row));
    }

    static String tag(final String id, final NsmTag.Side side) {
        return TagCodec.encode(new NsmTag(FORWARDER, side, id));
    }

    void assertNothingLeft() {
        assertEquals(Map.of(), tagged(), "VPP still holds interfaces of this test");
        assertEquals(baseline, vpp().interfaces().size(), "interface count back to where it was");
        assertEquals(0, engine.bindings().size());
    }

    void assertL2xc(final long one, final long two) {
        final long a = one;
        final long b = two;
        final var rows = vpp().client.dumpSync(new L2XconnectDump());
        assertTrue(rows.stream().anyMatch(r -> r.rxSwIfIndex() == a && r.txSwIfIndex() == b), a + "->" + b);
        assertTrue(rows.stream().anyMatch(r -> r.rxSwIfIndex() == b && r.txSwIfIndex() == a), b + "->" + a);
    }

    /** Creates a connection with the given client over a loopback server, checks VPP, deletes it, checks again. */
    void roundTrip(final String name, final Mechanism client, final String devType) throws Exception {
        final Connection conn = connection(id(name), client, loopback());
        apply(create(conn));
        final var rows = tagged();
        final var c = rows.get(tag(id(name), NsmTag.Side.CLIENT));
        final var s = rows.get(tag(id(name), NsmTag.Side.SERVER));
        assertEquals(2, rows.size(), "exactly two interfaces: " + rows.keySet());
        assertEquals(devType, c.interfaceDevType().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertEquals(IfStatusFlags.ADMIN_UP, c.flags() & IfStatusFlags.ADMIN_UP, "client admin up");
        assertEquals(IfStatusFlags.ADMIN_UP, s.flags() & IfStatusFlags.ADMIN_UP, "server admin up");
        assertL2xc(c.swIfIndex(), s.swIfIndex());
        apply(delete(conn));
        assertNothingLeft();
        assertTrue(vpp().client.dumpSync(new L2XconnectDump()).stream()
            .noneMatch(r -> r.rxSwIfIndex() == c.swIfIndex() || r.rxSwIfIndex() == s.swIfIndex()), "xconnects gone");
    }

    @Test
    void loopbackToLoopback() throws Exception {
        roundTrip("loop", loopback(), "loopback");
    }

    @Test
    void memifSharesItsSocketFileAndRemovesItWithTheLastUser() throws Exception {
        final String file = socketFile("shared");
        final Connection one = connection(id("m1"), memif(file), loopback());
        final Connection two = connection(id("m2"), memif(file), loopback());
        apply(create(one), create(two));
        final var rows = tagged();
        assertEquals(4, rows.size());
        assertEquals("memif", rows.get(tag(id("m1"), NsmTag.Side.CLIENT)).interfaceDevType());
        assertEquals(1, sockets(file), "one socket registration for both memifs");
        apply(delete(one));
        assertEquals(1, sockets(file), "still used by the second memif");
        apply(delete(two));
        assertEquals(0, sockets(file), "removed with its last user");
        assertNothingLeft();
    }

    private long sockets(final String file) {
        return vpp().client.dumpSync(new MemifSocketFilenameDump()).stream()
            .filter(row -> row.socketFilename().equals(file)).count();
    }

    @Test
    void kernelTapTaggedAtCreation() throws Exception {
        assumeTrue(!VppTarget.realVpp() || Files.exists(Path.of("/dev/vhost-net")), "tap needs /dev/vhost-net");
        roundTrip("tap", tap("t" + prefix), "tap");
    }

    @Test
    void afPacketOnAHostInterface() throws Exception {
        roundTrip("afp", afPacket(hostInterface()), "af-packet");
    }

    @Test
    void vxlanWithAnAllocatedVni() throws Exception {
        final Connection conn = connection(id("vx"), vxlan("192.0.2.1", "192.0.2." + (2 + rnd(200)), null),
            loopback());
        apply(create(conn));
        final var c = tagged().get(tag(id("vx"), NsmTag.Side.CLIENT));
        final var tunnel = vpp().client.dumpSync(new VxlanTunnelV2Dump(c.swIfIndex()));
        assertEquals(1, tunnel.size());
        assertTrue(tunnel.get(0).vni() > 0, "a VNI was allocated");
        apply(delete(conn));
        assertNothingLeft();
        assertTrue(vpp().client.dumpSync(new VxlanTunnelV2Dump(0xFFFF_FFFFL)).stream()
            .noneMatch(t -> t.swIfIndex() == c.swIfIndex()));
    }

    @Test
    void wireguardInterfaceAndItsPeer() throws Exception {
        final String key = Connections.randomKey();
        final Connection conn = connection(id("wg"), wireguard(key, "192.0.2.1", "198.51.100." + (1 + rnd(200))),
            loopback());
        apply(create(conn));
        final var c = tagged().get(tag(id("wg"), NsmTag.Side.CLIENT));
        final var peers = vpp().client.dumpSync(new WireguardPeersDump(0xFFFF_FFFFL)).stream()
            .filter(p -> p.peer().swIfIndex() == c.swIfIndex()).toList();
        assertEquals(1, peers.size());
        assertEquals(key, peers.get(0).peer().publicKey().toBase64());
        assertEquals(peers.get(0).peer().peerIndex(), engine.bindings().get(new SideRef(id("wg"),
            NsmTag.Side.CLIENT)).orElseThrow().handle(), "peer_index kept with the binding");
        apply(delete(conn));
        assertNothingLeft();
        assertTrue(vpp().client.dumpSync(new WireguardPeersDump(0xFFFF_FFFFL)).stream()
            .noneMatch(p -> p.peer().publicKey().toBase64().equals(key)), "peer gone");
    }

    @Test
    void l3xcBothFamilies() throws Exception {
        final Connection conn = withXc(connection(id("l3"), loopback(), loopback()), l3xc(true, true));
        apply(create(conn));
        final var rows = tagged();
        final long a = rows.get(tag(id("l3"), NsmTag.Side.CLIENT)).swIfIndex();
        final long b = rows.get(tag(id("l3"), NsmTag.Side.SERVER)).swIfIndex();
        assertEquals(2, vpp().client.dumpSync(new L3xcDump(a)).size(), "ip4 and ip6 from the client side");
        assertEquals(2, vpp().client.dumpSync(new L3xcDump(b)).size(), "ip4 and ip6 from the server side");
        assertEquals(b, vpp().client.dumpSync(new L3xcDump(a)).get(0).l3xc().paths().get(0).swIfIndex());
        apply(delete(conn));
        assertEquals(0, vpp().client.dumpSync(new L3xcDump(a)).size(), "l3xc removed before the interfaces");
        assertNothingLeft();
    }

    @Test
    void addressesFollowTheSide() throws Exception {
        final Connection plain = connection(id("ip"), loopback(), loopback());
        final Connection addressed = new ConnectionBuilder(plain).setClient(
            new ClientBuilder(plain.getClient()).setIpAddress(Set.of(
                Connections.prefix("10.77." + rnd(250) + ".1/24"))).build()).build();
        apply(create(plain));
        final long a = tagged().get(tag(id("ip"), NsmTag.Side.CLIENT)).swIfIndex();
        apply(update(plain, addressed));
        assertEquals(1, vpp().client.dumpSync(new IpAddressDump(a, false)).size(), "address added in place");
        assertEquals(a, tagged().get(tag(id("ip"), NsmTag.Side.CLIENT)).swIfIndex(), "interface kept");
        apply(update(addressed, plain));
        assertEquals(0, vpp().client.dumpSync(new IpAddressDump(a, false)).size(), "address removed");
        apply(delete(plain));
        assertNothingLeft();
    }

    @Test
    void aRefreshThatOnlyMovesTheLeaseSendsNothingToVpp() throws Exception {
        final Connection conn = connection(id("lease"), loopback(), loopback());
        apply(create(conn));
        final var before = tagged();
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
        final Connection refreshed = new ConnectionBuilder(conn).setExpiresAt(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime(
                "2031-01-01T00:00:00Z")).build();
        apply(update(conn, refreshed));
        assertEquals(List.of(), vpp().writes(), "no VPP write for a lease refresh");
        assertEquals(before, tagged());
        apply(delete(refreshed));
        assertNothingLeft();
    }

    @Test
    void changingOneSidesMechanismRecreatesOnlyThatSide() throws Exception {
        final Connection conn = connection(id("swap"), loopback(), loopback());
        apply(create(conn));
        final var before = tagged();
        final Connection swapped = new ConnectionBuilder(conn).setClient(
            new ClientBuilder().setMechanism(memif(socketFile("swap"))).build()).build();
        apply(update(conn, swapped));
        final var after = tagged();
        final var server = tag(id("swap"), NsmTag.Side.SERVER);
        final var client = tag(id("swap"), NsmTag.Side.CLIENT);
        assertEquals(before.get(server).swIfIndex(), after.get(server).swIfIndex(), "server side untouched");
        assertEquals("memif", after.get(client).interfaceDevType(), "client side re-created as memif");
        assertEquals(2, after.size(), "the old client loopback is gone");
        assertL2xc(after.get(client).swIfIndex(), after.get(server).swIfIndex());
        apply(delete(swapped));
        assertNothingLeft();
    }

    @Test
    void aFailedCallRevertsEverythingTheTransactionDid() throws Exception {
        assumeTrue(vpp().simulator() != null, "fault injection needs the simulator");
        final String file = socketFile("fail");
        final Connection plain = withXc(connection(id("f"), memif(file), vxlan("192.0.2.1", "192.0.2.77", 4242L)),
            l3xc(true, false));
        // two addresses, sent at once with admin up: a failure of either leaves the other to be undone
        final Connection conn = new ConnectionBuilder(plain).setClient(new ClientBuilder(plain.getClient())
            .setIpAddress(Set.of(Connections.prefix("10.78.1.1/24"), Connections.prefix("2001:db8:78::1/64")))
            .build()).build();
        vpp().simulator().clearOperations();
        apply(create(conn));
        final List<Operation> calls = vpp().writes();
        apply(delete(conn));
        assertNothingLeft();
        assertTrue(calls.size() >= 10, "memif socket, memif, tag, vxlan, tag, 2 x admin up, 2 addresses, 2 x l3xc: "
            + calls);
        for (int n = 0; n < calls.size(); n++) {
            final String message = calls.get(n).message();
            final int nth = (int) calls.subList(0, n + 1).stream().filter(op -> op.message().equals(message)).count();
            vpp().simulator().faults().failRequest(message, nth, -7);
            final var refusal = refused(create(conn));
            vpp().simulator().faults().clear();
            assertEquals(ConfigRejectedException.Kind.OPERATION_FAILED, refusal.kind());
            assertTrue(refusal.getMessage().contains(message), "names the call: " + refusal.getMessage());
            assertTrue(refusal.getMessage().contains("-7"), "names the retval: " + refusal.getMessage());
            assertTrue(refusal.getMessage().contains(id("f")), "names the connection: " + refusal.getMessage());
            assertNothingLeft();
            assertEquals(0, sockets(file), "socket file unregistered after failing call " + (n + 1) + " " + message);
        }
    }

    /**
     * VPP v26.06 answers the 16,385th loopback with -31 (INVALID_REGISTRATION: LoopbackConformanceTest shows it on a
     * real VPP, and the simulator does the same); the error says which limit that is.
     */
    @Test
    void aLoopbackRefusedForVppsLimitSaysWhichLimit() throws Exception {
        assumeTrue(vpp().simulator() != null, "fault injection needs the simulator");
        vpp().simulator().faults().failRequest("create_loopback", 1, -31);
        final var refusal = refused(create(connection(id("full"), loopback(), loopback())));
        vpp().simulator().faults().clear();
        assertTrue(refusal.getMessage().contains("create_loopback failed: retval -31"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("at most 16,384 loopback interfaces"), refusal.getMessage());
        assertNothingLeft();
    }

    @Test
    void aConnectionsTwoSidesAreWrittenAtOnceAndTheCrossConnectAfterBoth() throws Exception {
        assumeTrue(vpp().simulator() != null, "holding VPP's replies back needs the simulator");
        final Connection conn = connection(id("both"), loopback(), loopback());
        vpp().simulator().clearOperations();
        // every reply held back: whatever VPP receives before the first reply was sent without waiting for it
        vpp().simulator().faults().delayReplies(java.time.Duration.ofMillis(50));
        try {
            apply(create(conn));
        } finally {
            vpp().simulator().faults().clear();
        }
        final List<String> calls = vpp().writes().stream().map(Operation::message).toList();
        assertEquals(List.of("create_loopback", "create_loopback"), calls.subList(0, 2),
            "the server side's create did not wait for the client side's: " + calls);
        assertEquals(List.of("sw_interface_set_l2_xconnect", "sw_interface_set_l2_xconnect"),
            calls.subList(calls.size() - 2, calls.size()), "the cross-connect comes after both sides: " + calls);
        assertEquals(8, calls.size(), calls.toString());
        final var rows = tagged();
        assertL2xc(rows.get(tag(id("both"), NsmTag.Side.CLIENT)).swIfIndex(),
            rows.get(tag(id("both"), NsmTag.Side.SERVER)).swIfIndex());
        apply(delete(conn));
        assertNothingLeft();
    }

    private static int rnd(final int bound) {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
    }

    @Test
    void indexesAreNotReusedAcrossSides() throws Exception {
        final Connection conn = connection(id("idx"), loopback(), loopback());
        apply(create(conn));
        final var rows = tagged();
        assertNotEquals(rows.get(tag(id("idx"), NsmTag.Side.CLIENT)).swIfIndex(),
            rows.get(tag(id("idx"), NsmTag.Side.SERVER)).swIfIndex());
        assertFalse(rows.isEmpty());
        apply(delete(conn));
        assertNothingLeft();
    }
}

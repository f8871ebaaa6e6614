/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import static io.nsmvpp.impl.engine.Connections.connection;
import static io.nsmvpp.impl.engine.Connections.ip;
import static io.nsmvpp.impl.engine.Connections.loopback;
import static io.nsmvpp.impl.engine.Connections.loopbackWithMac;
import static io.nsmvpp.impl.engine.Connections.memif;
import static io.nsmvpp.impl.engine.Connections.prefix;
import static io.nsmvpp.impl.engine.Connections.vxlan;
import static io.nsmvpp.impl.engine.Connections.wireguard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.impl.vpp.VppApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.HostInterfaceName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.AfPacketBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.KernelTapBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.WireguardBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source.PrivateKeyRefBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Bad input is refused before anything reaches VPP: each case names the offending field and the rule, VPP receives
 * no write (the simulator's operation log proves it; against a real VPP its interface table is unchanged), and the
 * engine binds nothing.
 */
class BadInputTest extends VppTests {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static Path keys;
    private Engine engine;

    /** One refusal: the settings and changes to apply, and the field the error must name. */
    record Case(String name, Settings settings, List<ConnectionChange> changes, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        keys = Files.createTempDirectory("wg-keys");
        Files.writeString(keys.resolve("garbage"), "not a key at all", StandardCharsets.US_ASCII);
        Files.writeString(keys.resolve("short"), Base64.getEncoder().encodeToString(new byte[31]),
            StandardCharsets.US_ASCII);
    }

    @BeforeEach
    void newEngine() {
        engine = new Engine(VppApi.of(vpp().client), new Bindings(), Clock.fixed(NOW, ZoneOffset.UTC),
            name -> !name.startsWith("nx-"));
    }

    static String id() {
        return "bad-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ConnectionChange create(final Connection after) {
        return new ConnectionChange(after.getId().getValue(), null, after);
    }

    static Connection conn(final Mechanism client, final Mechanism server) {
        return connection(id(), client, server);
    }

    static Connection withClientAddress(final String address) {
        final Connection base = conn(loopback(), loopback());
        return new ConnectionBuilder(base).setClient(new ClientBuilder(base.getClient())
            .setIpAddress(Set.of(prefix(address))).build()).build();
    }

    static Connection withServerAddress(final String address) {
        final Connection base = conn(loopback(), loopback());
        return new ConnectionBuilder(base).setServer(new ServerBuilder(base.getServer())
            .setIpAddress(Set.of(prefix(address))).build()).build();
    }

    static Connection withoutClientMechanism() {
        final Connection base = conn(loopback(), loopback());
        return new ConnectionBuilder(base).setClient(new ClientBuilder().setIpAddress(Set.of(prefix("10.1.2.3/24")))
            .build()).build();
    }

    static Connection withXc(final CrossConnect xc) {
        return new ConnectionBuilder(conn(loopback(), loopback())).setCrossConnect(xc).build();
    }

    static Connection expiring(final String at) {
        return new ConnectionBuilder(conn(loopback(), loopback())).setExpiresAt(new LeaseTime(at)).build();
    }

    static Mechanism memifRing(final long ring) {
        return new MemifBuilder().setMemif(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
            .mechanism.config.mechanism.memif.MemifBuilder().setSocketFile(new AbsolutePath("/tmp/bad-ring.sock"))
            .setRingSize(Uint32.valueOf(ring)).build()).build();
    }

    /** A memif with a role and mode the model's patterns forbid, as a binding-API writer can build it. */
    static Mechanism memifRoleMode(final String role, final String mode) {
        return new MemifBuilder().setMemif(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
            .mechanism.config.mechanism.memif.MemifBuilder().setSocketFile(new AbsolutePath("/tmp/bad-mode.sock"))
            .setRole(role).setMode(mode).build()).build();
    }

    static Mechanism tapMac(final String mac) {
        return new KernelTapBuilder().setKernelTap(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp
            .rev261127.mechanism.config.mechanism.kernel.tap.KernelTapBuilder()
            .setHostInterfaceName(new HostInterfaceName("tap-bad")).setMacAddress(new MacAddress(mac)).build())
            .build();
    }

    static Mechanism afPacket(final String host) {
        return new AfPacketBuilder().setAfPacket(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp
            .rev261127.mechanism.config.mechanism.af.packet.AfPacketBuilder()
            .setHostInterfaceName(new HostInterfaceName(host)).build()).build();
    }

    static Mechanism wireguardWith(final Function<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp
            .rev261127.mechanism.config.mechanism.wireguard.WireguardBuilder,
            org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .wireguard.WireguardBuilder> edit) {
        final var base = ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.Wireguard) wireguard(Connections.randomKey(), "192.0.2.1", "198.51.100.1")).getWireguard();
        return new WireguardBuilder().setWireguard(edit.apply(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang
            .nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.WireguardBuilder(base)).build()).build();
    }

    static Mechanism wireguardKeyFile(final String file) {
        return wireguardWith(b -> b.setPrivateKeySource(new PrivateKeyRefBuilder()
            .setPrivateKeyRef(new AbsolutePath(file)).build()));
    }

    static Settings named(final String forwarder) {
        return new Settings(forwarder, Duration.ofSeconds(600), Set.of(), false, null, "/run/vpp/api.sock", false,
            Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    static Case refuse(final String name, final Connection connection, final String field) {
        return new Case(name, named(EngineTest.FORWARDER), List.of(create(connection)), field);
    }

    static Stream<Arguments> cases() {
        final String key = Connections.randomKey();
        final List<Case> cases = new ArrayList<>(List.of(
            new Case("no forwarder-name", named(null), List.of(create(conn(loopback(), loopback()))),
                "forwarder-name"),
            new Case("tag over 63 bytes with a long verbatim id", named(EngineTest.FORWARDER), List.of(create(
                connection("x".repeat(54), loopback(), loopback()))), "id"),
            new Case("tag over 63 bytes with a long forwarder name", named("f".repeat(34)), List.of(create(
                connection(UUID.randomUUID().toString(), loopback(), loopback()))), "id"),
            refuse("expires-at in the past", expiring("2026-11-30T23:59:59Z"), "expires-at"),
            refuse("expires-at exactly now", expiring("2026-12-01T00:00:00Z"), "expires-at"),
            refuse("vxlan source equals destination", conn(vxlan("192.0.2.1", "192.0.2.1", null), loopback()),
                "destination-address"),
            refuse("vxlan ip6 source equals destination", conn(vxlan("2001:db8::1", "2001:db8::1", 5L), loopback()),
                "destination-address"),
            refuse("vxlan mixed families", conn(vxlan("192.0.2.1", "2001:db8::2", null), loopback()),
                "destination-address"),
            new Case("the same vni twice in one transaction", named(EngineTest.FORWARDER), List.of(
                create(conn(vxlan("192.0.2.1", "192.0.2.2", 90_001L), loopback())),
                create(conn(loopback(), vxlan("192.0.2.1", "192.0.2.3", 90_001L)))), "vni"),
            refuse("wireguard key file missing", conn(wireguardKeyFile("/nonexistent/wg.key"), loopback()),
                "private-key-ref"),
            refuse("wireguard key file holds garbage", conn(wireguardKeyFile(keys.resolve("garbage").toString()),
                loopback()), "private-key-ref"),
            refuse("wireguard key file holds 31 bytes", conn(wireguardKeyFile(keys.resolve("short").toString()),
                loopback()), "private-key-ref"),
            refuse("wireguard endpoint family differs", conn(wireguardWith(b -> b.setEndpoint(ip("2001:db8::9"))),
                loopback()), "endpoint"),
            refuse("wireguard ip6 source, ip4 endpoint", conn(wireguardWith(b -> b.setSourceAddress(
                ip("2001:db8::1"))), loopback()), "endpoint"),
            refuse("wireguard without allowed-ips", conn(wireguardWith(b -> b.setAllowedIps(null)), loopback()),
                "allowed-ips"),
            new Case("the same wireguard peer key twice in one transaction", named(EngineTest.FORWARDER), List.of(
                create(conn(wireguard(key, "192.0.2.1", "198.51.100.1"), loopback())),
                create(conn(loopback(), wireguard(key, "192.0.2.1", "198.51.100.2")))), "peer-public-key"),
            refuse("memif ring-size not a power of two", conn(memifRing(1000), loopback()), "ring-size"),
            refuse("memif ring-size 24", conn(memifRing(24), loopback()), "ring-size"),
            refuse("loopback with a multicast mac", conn(loopbackWithMac("01:00:5e:00:00:01"), loopback()),
                "mac-address"),
            refuse("loopback with an all-zero mac", conn(loopback(), loopbackWithMac("00:00:00:00:00:00")),
                "mac-address"),
            refuse("tap with a multicast mac", conn(tapMac("33:33:00:00:00:01"), loopback()), "mac-address"),
            refuse("af_packet on a missing host interface", conn(afPacket("nx-missing"), loopback()),
                "host-interface-name"),
            refuse("client ip6 link-local address", withClientAddress("fe80::1/64"), "ip-address"),
            refuse("server ip6 link-local address", withServerAddress("fe80::abcd/128"), "ip-address"),
            refuse("client address with prefix length 0", withClientAddress("10.1.2.3/0"), "ip-address"),
            // the model's ip-prefix pattern checks the shape only: octets and lengths are the engine's
            refuse("client address with an octet over 255", withClientAddress("10.1.2.300/24"), "ip-address"),
            refuse("client address with ip4 prefix length 33", withClientAddress("10.1.2.3/33"), "ip-address"),
            refuse("client ip6 address that is none", withClientAddress("2001:db8:::1/64"), "ip-address"),
            refuse("wireguard allowed-ips with prefix length 129", conn(wireguardWith(b -> b.setAllowedIps(Set.of(
                prefix("2001:db8::/129")))), loopback()), "allowed-ips"),
            // values the model's patterns forbid, which the binding builders do not check
            refuse("memif mode punt/inject, which crashes VPP", conn(memifRoleMode("master", "punt-inject"),
                loopback()), "mode"),
            refuse("memif role boss", conn(memifRoleMode("boss", "ethernet"), loopback()), "role"),
            refuse("cross-connect kind l4xc", withXc(new CrossConnectBuilder().setKind("l4xc").build()), "kind"),
            // an l2 forwarding loop VPP never leaves once its own ip6 packets enter it (docs/design.md, Hazards)
            refuse("l2xc of two loopbacks with an ip6 address", withServerAddress("2001:db8:5::1/64"),
                "cross-connect"),
            refuse("l2xc with ip4 off", withXc(new CrossConnectBuilder().setKind("l2xc")
                .setIp4(false).build()), "ip4"),
            refuse("l2xc with ip6 on", withXc(new CrossConnectBuilder().setIp6(true).build()), "ip6"),
            refuse("l3xc with no family", withXc(Connections.l3xc(false, false)), "ip4"),
            refuse("a side without a mechanism", withoutClientMechanism(), "client"),
            refuse("memif without socket-file", conn(new MemifBuilder().setMemif(new org.opendaylight.yang.gen.v1
                .urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif.MemifBuilder().build())
                .build(), loopback()), "socket-file"),
            refuse("af_packet without host-interface-name", conn(loopback(), new AfPacketBuilder().setAfPacket(
                new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.af
                    .packet.AfPacketBuilder().build()).build()), "host-interface-name"),
            refuse("wireguard without peer-public-key", conn(wireguardWith(b -> b.setPeerPublicKey(null)),
                loopback()), "peer-public-key"),
            new Case("bad input after a good connection in one transaction", named(EngineTest.FORWARDER), List.of(
                create(conn(memif("/tmp/bad-good.sock"), loopback())),
                create(conn(loopback(), memifRing(12)))), "ring-size")));
        final var many = IntStream.rangeClosed(0, Engine.MAX_CONNECTIONS_PER_TRANSACTION)
            .mapToObj(i -> create(conn(loopback(), loopback()))).toList();
        cases.add(new Case("more connections than one transaction may apply", named(EngineTest.FORWARDER), many,
            "connection"));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedNamingTheFieldWithNoVppWrite(final Case bad) {
        final int before = vpp().interfaces().size();
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
        final var refusal = refusal(bad.settings(), bad.changes());
        assertEquals(ConfigRejectedException.Kind.INVALID_VALUE, refusal.kind(), refusal.getMessage());
        assertTrue(refusal.path().endsWith("/" + bad.field()), "path " + refusal.path() + " names " + bad.field());
        assertTrue(refusal.getMessage().contains(bad.field()), "message names " + bad.field() + ": "
            + refusal.getMessage());
        assertEquals(List.of(), vpp().writes(), "no write reached VPP");
        assertEquals(before, vpp().interfaces().size(), "VPP's interfaces are unchanged");
        assertEquals(0, engine.bindings().size());
    }

    private ConfigRejectedException refusal(final Settings settings, final List<ConnectionChange> changes) {
        final var error = assertThrows(CompletionException.class,
            () -> engine.apply(new ConfigChange(settings, changes)).toCompletableFuture().join());
        return assertInstanceOf(ConfigRejectedException.class, error.getCause());
    }

    private void applyOk(final Settings settings, final ConnectionChange... changes) {
        engine.apply(new ConfigChange(settings, List.of(changes))).toCompletableFuture().join().committed();
    }

    @Test
    void aVniLiveInVppIsRefused() {
        final Settings settings = named(EngineTest.FORWARDER);
        final long vni = 100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        final Connection first = conn(vxlan("192.0.2.1", "192.0.2.10", vni), loopback());
        applyOk(settings, create(first));
        final var refusal = refusal(settings, List.of(create(conn(vxlan("192.0.2.1", "192.0.2.11", vni),
            loopback()))));
        assertTrue(refusal.path().endsWith("/client/vxlan/vni"), refusal.path());
        assertTrue(refusal.getMessage().contains("already used in VPP"), refusal.getMessage());
        applyOk(settings, new ConnectionChange(first.getId().getValue(), first, null));
        assertEquals(0, engine.bindings().size());
    }

    @Test
    void aWireguardPeerKeyLiveInVppIsRefused() {
        final Settings settings = named(EngineTest.FORWARDER);
        final String key = Connections.randomKey();
        final Connection first = conn(wireguard(key, "192.0.2.1", "198.51.100.20"), loopback());
        applyOk(settings, create(first));
        final var refusal = refusal(settings, List.of(create(conn(loopback(), wireguard(key, "192.0.2.1",
            "198.51.100.21")))));
        assertTrue(refusal.path().endsWith("/server/wireguard/peer-public-key"), refusal.path());
        applyOk(settings, new ConnectionChange(first.getId().getValue(), first, null));
        assertEquals(0, engine.bindings().size());
    }

    @Test
    void theForwarderNameCannotChangeUnderLiveInterfaces() {
        final Connection first = conn(loopback(), loopback());
        applyOk(named(EngineTest.FORWARDER), create(first));
        final var refusal = refusal(named("other-name"), List.of());
        assertTrue(refusal.path().endsWith("/forwarder-name"), refusal.path());
        applyOk(named(EngineTest.FORWARDER), new ConnectionChange(first.getId().getValue(), first, null));
    }
}

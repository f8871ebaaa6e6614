/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.HostInterfaceName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.WireguardKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.AfPacketBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.KernelTapBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.LoopbackBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.VxlanBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.WireguardBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source.PrivateKeyBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;

/** Builders of connections for tests, as a forwarder would write them. */
final class Connections {
    static final String LEASE = "2030-01-01T00:00:00Z";

    private Connections() {
    }

    static IpAddressNoZone ip(final String text) {
        return text.indexOf(':') >= 0 ? new IpAddressNoZone(new Ipv6AddressNoZone(text))
            : new IpAddressNoZone(new Ipv4AddressNoZone(text));
    }

    static IpPrefix prefix(final String text) {
        return new IpPrefix(text);
    }

    static Connection connection(final String id, final Mechanism client, final Mechanism server) {
        return new ConnectionBuilder().setId(new ConnectionId(id)).setExpiresAt(new LeaseTime(LEASE))
            .setClient(new ClientBuilder().setMechanism(client).build())
            .setServer(new ServerBuilder().setMechanism(server).build()).build();
    }

    static Connection withXc(final Connection connection, final CrossConnect xc) {
        return new ConnectionBuilder(connection).setCrossConnect(xc).build();
    }

    static CrossConnect l3xc(final boolean ip4, final boolean ip6) {
        return new CrossConnectBuilder().setKind("l3xc").setIp4(ip4).setIp6(ip6).build();
    }

    static Mechanism loopback() {
        return new LoopbackBuilder().setLoopback(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.LoopbackBuilder().build())
            .build();
    }

    static Mechanism memif(final String file) {
        return new MemifBuilder().setMemif(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.memif.MemifBuilder()
            .setSocketFile(new AbsolutePath(file)).build()).build();
    }

    static Mechanism tap(final String host) {
        return new KernelTapBuilder().setKernelTap(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.kernel.tap.KernelTapBuilder()
            .setHostInterfaceName(new HostInterfaceName(host)).build()).build();
    }

    static Mechanism afPacket(final String host) {
        return new AfPacketBuilder().setAfPacket(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.af.packet.AfPacketBuilder()
            .setHostInterfaceName(new HostInterfaceName(host)).build()).build();
    }

    static Mechanism vxlan(final String src, final String dst, final Long vni) {
        return new VxlanBuilder().setVxlan(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.vxlan.VxlanBuilder()
            .setSourceAddress(ip(src))
            .setDestinationAddress(ip(dst))
            .setVni(vni == null ? null : Uint32.valueOf(vni)).build()).build();
    }

    static Mechanism wireguard(final String peerKey, final String src, final String endpoint) {
        return wireguard(randomKey(), peerKey, src, endpoint);
    }

    static Mechanism wireguard(final String privateKey, final String peerKey, final String src,
            final String endpoint) {
        return new WireguardBuilder().setWireguard(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.wireguard.WireguardBuilder()
            .setPrivateKeySource(new PrivateKeyBuilder().setPrivateKey(new WireguardKey(privateKey)).build())
            .setSourceAddress(ip(src))
            .setEndpoint(ip(endpoint))
            .setPeerPublicKey(new WireguardKey(peerKey))
            .setAllowedIps(Set.of(prefix("10.99.0.0/16"))).build()).build();
    }

    static Mechanism loopbackWithMac(final String mac) {
        return new LoopbackBuilder().setLoopback(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.LoopbackBuilder()
            .setMacAddress(new MacAddress(mac)).build()).build();
    }

    /** A random Curve25519-shaped key in WireGuard's base64 form (clamped, so the last character is valid). */
    static String randomKey() {
        final byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return clamped(key);
    }

    /** A key derived from {@code seed}: the same text gives the same key. */
    static String key(final String seed) {
        try {
            return clamped(java.security.MessageDigest.getInstance("SHA-256").digest(
                seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    private static String clamped(final byte[] key) {
        key[0] &= (byte) 248;
        key[31] &= 127;
        key[31] |= 64;
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}

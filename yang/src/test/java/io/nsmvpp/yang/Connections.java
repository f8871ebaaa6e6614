/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.yang;

import java.util.Set;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.HostInterfaceName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
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
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Complete connections of every mechanism, as a forwarder would write them.
 */
final class Connections {
    static final String EXPIRES = "2026-11-27T12:00:00Z";

    private Connections() {
        // factory
    }

    static DataObjectIdentifier.WithKey<Connection, ConnectionKey> path(final String id) {
        return DataObjectIdentifier.builder(NsmVpp.class).child(Connection.class, new ConnectionKey(
            new ConnectionId(id))).build();
    }

    private static IpAddressNoZone ipAddressNoZoneFor(final String address) {
        return IetfInetUtil.ipAddressNoZoneFor(address);
    }

    private static IpPrefix ipPrefixFor(final String prefix) {
        return new IpPrefix(prefix);
    }

    static Mechanism memif() {
        return new MemifBuilder().setMemif(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif
                .MemifBuilder()
                .setSocketFile(new AbsolutePath("/run/nsm/memif-7.sock"))
                .setRole("slave").setMode("ip").setId(Uint32.valueOf(7))
                .setRingSize(Uint32.valueOf(1024)).setBufferSize(Uint16.valueOf(2048)).build()).build();
    }

    static Mechanism kernelTap() {
        return new KernelTapBuilder().setKernelTap(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.kernel
                .tap.KernelTapBuilder()
                .setHostInterfaceName(new HostInterfaceName("nsm-3f1c0a2e"))
                .setNetns("/proc/4242/ns/net").setMacAddress(new MacAddress("02:fe:12:34:56:78"))
                .setMtu(Uint16.valueOf(1450)).build()).build();
    }

    static Mechanism afPacket() {
        return new AfPacketBuilder().setAfPacket(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.af
                .packet.AfPacketBuilder().setHostInterfaceName(new HostInterfaceName("veth-nsm1")).build())
            .build();
    }

    static Mechanism vxlan() {
        return new VxlanBuilder().setVxlan(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.vxlan
                .VxlanBuilder()
                .setSourceAddress(ipAddressNoZoneFor("192.0.2.1"))
                .setDestinationAddress(ipAddressNoZoneFor("192.0.2.2"))
                .setVni(Uint32.valueOf(16_777_215)).setEncapVrfId(Uint32.ZERO).build()).build();
    }

    static Mechanism wireguard() {
        return new WireguardBuilder().setWireguard(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .wireguard.WireguardBuilder()
                .setPrivateKeySource(new PrivateKeyBuilder()
                    .setPrivateKey(new WireguardKey("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=")).build())
                .setSourceAddress(ipAddressNoZoneFor("2001:db8::1"))
                .setPeerPublicKey(new WireguardKey("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="))
                .setEndpoint(ipAddressNoZoneFor("2001:db8::2"))
                .setPort(new PortNumber(Uint16.valueOf(51821)))
                .setAllowedIps(Set.of(ipPrefixFor("10.60.0.0/16"), ipPrefixFor("fd00::/64")))
                .setPersistentKeepalive(Uint16.valueOf(25)).build()).build();
    }

    static Mechanism loopback() {
        return new LoopbackBuilder().setLoopback(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .loopback.LoopbackBuilder().build()).build();
    }

    static Connection connection(final String id, final Mechanism client, final Mechanism server) {
        return new ConnectionBuilder()
            .setId(new ConnectionId(id))
            .setExpiresAt(new LeaseTime(EXPIRES))
            .setClient(new ClientBuilder().setMechanism(client).setIpAddress(Set.of(ipPrefixFor("10.0.0.1/30")))
                .build())
            .setServer(new ServerBuilder().setMechanism(server).build())
            .setCrossConnect(new CrossConnectBuilder().setKind("l3xc").setIp4(true).setIp6(true)
                .build())
            .build();
    }
}

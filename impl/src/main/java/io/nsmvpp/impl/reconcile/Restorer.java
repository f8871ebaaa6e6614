/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.FibPathNhProto;
import io.nsmvpp.vpp.client.msg.MemifMode;
import io.nsmvpp.vpp.client.msg.MemifRole;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.HostInterfaceName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.WireguardKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.AfPacketBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.KernelTapBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.LoopbackBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.VxlanBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.WireguardBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif.Memif;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source.PrivateKeyBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Reads a side's configuration back out of VPP: from the interface's dev type and the dump of its mechanism, the
 * mechanism container as the configuration would have said it, the binding the engine needs to adopt or delete it,
 * and its addresses; and from the xconnect and l3xc dumps, the cross-connect between two sides.
 */
public final class Restorer {
    /**
     * One side found in VPP.
     *
     * @param bound the binding, with the mechanism container VPP describes as {@link BoundInterface#restored()}
     * @param mechanism the same mechanism as a configuration choice, for a restored connection entry
     * @param addresses the interface's addresses, never link-local
     */
    public record FoundSide(BoundInterface bound, Mechanism mechanism, Set<IpPrefix> addresses) {
    }

    private Restorer() {
    }

    /** Reads the side at {@code index}, or empty when its kind is not one nsm-vpp makes. */
    public static Optional<FoundSide> side(final VppInventory inventory, final long index) {
        final SwInterfaceDetails row = inventory.interfaces().get(index);
        if (row == null) {
            return Optional.empty();
        }
        final String tag = row.tag();
        final Set<IpPrefix> addresses = new LinkedHashSet<>();
        for (Prefix prefix : inventory.addresses().getOrDefault(index, List.of())) {
            if (!io.nsmvpp.impl.mechanism.Addresses.isLinkLocal(prefix.address())) {
                addresses.add(prefix(prefix));
            }
        }
        final String devType = row.interfaceDevType().toLowerCase(Locale.ROOT);
        if (devType.equals("memif")) {
            final var memif = inventory.memifs().get(index);
            final String file = memif == null ? null : inventory.memifSockets().get(memif.socketId());
            if (file == null) {
                return Optional.empty();
            }
            final Memif data = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.memif.MemifBuilder()
                .setSocketFile(new AbsolutePath(file))
                .setRole(memif.role() == MemifRole.MASTER ? "master" : "slave")
                .setMode(memif.mode() == MemifMode.IP ? "ip" : "ethernet")
                .setId(Uint32.valueOf(memif.id())).build();
            return found(index, tag, "memif", file, memif.socketId(), data,
                new MemifBuilder().setMemif(data).build(), addresses);
        }
        if (devType.equals("vxlan")) {
            final var tunnel = inventory.vxlans().get(index);
            if (tunnel == null) {
                return Optional.empty();
            }
            final var data = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.vxlan.VxlanBuilder()
                .setSourceAddress(address(tunnel.srcAddress())).setDestinationAddress(address(tunnel.dstAddress()))
                .setVni(Uint32.valueOf(tunnel.vni())).setEncapVrfId(Uint32.valueOf(tunnel.encapVrfId())).build();
            return found(index, tag, "vxlan", "", tunnel.vni(), data, new VxlanBuilder().setVxlan(data).build(),
                addresses);
        }
        if (devType.equals("wireguard tunnel")) {
            final var wg = inventory.wireguards().get(index);
            final var peer = inventory.peers().get(index);
            if (wg == null || peer == null) {
                return Optional.empty();
            }
            final Set<IpPrefix> allowed = new LinkedHashSet<>();
            peer.peer().allowedIps().forEach(prefix -> allowed.add(prefix(prefix)));
            final var data = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.wireguard.WireguardBuilder()
                .setPrivateKeySource(new PrivateKeyBuilder().setPrivateKey(new WireguardKey(
                    wg.iface().privateKey().toBase64())).build())
                .setListenPort(new PortNumber(Uint16.valueOf(wg.iface().port())))
                .setSourceAddress(address(wg.iface().srcIp()))
                .setPeerPublicKey(new WireguardKey(peer.peer().publicKey().toBase64()))
                .setEndpoint(address(peer.peer().endpoint()))
                .setPort(new PortNumber(Uint16.valueOf(peer.peer().port())))
                .setPersistentKeepalive(Uint16.valueOf(peer.peer().persistentKeepalive()))
                .setAllowedIps(allowed).build();
            return found(index, tag, "wireguard", Integer.toString(wg.iface().port()), peer.peer().peerIndex(), data,
                new WireguardBuilder().setWireguard(data).build(), addresses);
        }
        if (devType.equals("af-packet")) {
            final String host = inventory.afPackets().get(index);
            if (host == null) {
                return Optional.empty();
            }
            final var data = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.af.packet.AfPacketBuilder()
                .setHostInterfaceName(new HostInterfaceName(host)).build();
            return found(index, tag, "af-packet", host, -1, data, new AfPacketBuilder().setAfPacket(data).build(),
                addresses);
        }
        if (devType.equals("tap") || devType.equals("virtio")) {
            final var tap = inventory.taps().get(index);
            if (tap == null) {
                return Optional.empty();
            }
            final var builder = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.kernel.tap.KernelTapBuilder()
                .setHostInterfaceName(new HostInterfaceName(tap.hostIfName()));
            if (!tap.hostNamespace().isEmpty()) {
                builder.setNetns(tap.hostNamespace());
            }
            if (tap.hostMtuSize() >= 68 && tap.hostMtuSize() <= 65535) {
                builder.setMtu(Uint16.valueOf(tap.hostMtuSize()));
            }
            final var data = builder.build();
            return found(index, tag, "kernel-tap", "", -1, data, new KernelTapBuilder().setKernelTap(data).build(),
                addresses);
        }
        if (devType.equals("loopback")) {
            final var data = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.LoopbackBuilder()
                .setMacAddress(new MacAddress(row.l2Address().toString())).build();
            // the restored configuration leaves the MAC to VPP, as the forwarder most likely did
            return found(index, tag, "loopback", "", -1, data, new LoopbackBuilder().setLoopback(
                new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.LoopbackBuilder().build()).build(), addresses);
        }
        return Optional.empty();
    }

    private static Optional<FoundSide> found(final long index, final String tag, final String kind,
            final String detail, final long handle, final DataObject restored, final Mechanism mechanism,
            final Set<IpPrefix> addresses) {
        return Optional.of(new FoundSide(new BoundInterface(index, tag, kind, detail, handle, restored), mechanism,
            addresses));
    }

    /** The cross-connect VPP holds between {@code a} and {@code b}, or null when there is none. */
    public static @Nullable CrossConnect crossConnect(final VppInventory inventory, final long clientIndex,
            final long serverIndex) {
        final long a = clientIndex;
        final long b = serverIndex;
        if (inventory.l2xc().getOrDefault(a, -1L) == b && inventory.l2xc().getOrDefault(b, -1L) == a) {
            return new CrossConnectBuilder().setKind("l2xc").build();
        }
        boolean ip4 = false;
        boolean ip6 = false;
        for (var row : inventory.l3xc().getOrDefault(a, List.of())) {
            for (var path : row.l3xc().paths()) {
                if (path.swIfIndex() == b) {
                    // l3xc_dump says is_ip6=false for every entry (VPP v26.06): the path's proto tells
                    ip6 |= path.proto() == FibPathNhProto.IP6;
                    ip4 |= path.proto() == FibPathNhProto.IP4;
                }
            }
        }
        if (!ip4 && !ip6) {
            return null;
        }
        return new CrossConnectBuilder().setKind("l3xc").setIp4(ip4).setIp6(ip6).build();
    }

    static IpAddressNoZone address(final Address address) {
        return address.isIp6() ? new IpAddressNoZone(new Ipv6AddressNoZone(address.toString()))
            : new IpAddressNoZone(new Ipv4AddressNoZone(address.toString()));
    }

    static IpPrefix prefix(final Prefix prefix) {
        return new IpPrefix(prefix.toString());
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the simulated interface table, with what {@code sw_interface_details} reports and the per-mechanism
 * device behind it. Mutable, and touched only by the simulator's single event-loop thread, as VPP's main thread owns
 * its tables.
 */
final class Iface {
    /** The per-mechanism part; which one decides the delete message that accepts the interface. */
    sealed interface Device permits Local, Loopback, Memif, Tap, AfPacket, Vxlan, Wireguard {
        /** How the link state follows admin state changes. */
        default boolean linkFollowsAdmin() {
            return true;
        }
    }

    record Local() implements Device {
        @Override
        public boolean linkFollowsAdmin() {
            return false;
        }
    }

    record Loopback(int instance) implements Device {
    }

    /** A memif; {@code poolIndex} orders {@code memif_dump} as VPP's pool does. */
    static final class Memif implements Device {
        final int poolIndex;
        final long socketId;
        final long id;
        final boolean master;
        final boolean ipMode;
        final boolean zeroCopy;
        final int ringSize;
        final int bufferSize;
        final String secret;
        /** The memif at the other end of this one's connection, or null. */
        Iface peer;
        /** A slave that has connected once shows its negotiated rings in memif_dump from then on, as VPP does. */
        boolean runKnown;

        Memif(final int poolIndex, final long socketId, final long id, final boolean master, final boolean ipMode,
                final boolean zeroCopy, final int ringSize, final int bufferSize, final String secret) {
            this.poolIndex = poolIndex;
            this.socketId = socketId;
            this.id = id;
            this.master = master;
            this.ipMode = ipMode;
            this.zeroCopy = zeroCopy;
            this.ringSize = ringSize;
            this.bufferSize = bufferSize;
            this.secret = secret;
        }

        @Override
        public boolean linkFollowsAdmin() {
            return false;
        }
    }

    /** A tap v3; the attributes are echoed by {@code sw_interface_tap_v2_dump}. */
    record Tap(int poolIndex, int id, String hostIfName, String hostNamespace, String hostBridge, byte[] hostMac,
            IpPrefix hostIp4, IpPrefix hostIp6, int hostMtu, long tapFlags, int rxRingSize, int txRingSize)
            implements Device {
    }

    /** Born link up (VPP sets the host interface up); after that the link follows admin, as for a tap. */
    record AfPacket(int poolIndex, String hostIfName) implements Device {
    }

    record Vxlan(int poolIndex, int instance, InetAddress src, InetAddress dst, int srcPort, int dstPort,
            long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni, boolean l3) implements Device {
    }

    /** A wireguard interface; the keys are 32 raw bytes. */
    record Wireguard(int instance, byte[] privateKey, byte[] publicKey, int port, InetAddress srcIp)
            implements Device {
    }

    final int swIfIndex;
    final String name;
    final String devType;
    final byte[] mac;
    final int linkMtu;
    final Device device;
    boolean adminUp;
    boolean linkUp;
    String tag = "";
    /**
     * The encoded fields of this interface's sw_interface_details (after msg id and context), kept until the
     * interface changes, so a dump of 10,000 interfaces is mostly array copies.
     */
    byte[] detailsCache;
    /** sw_if_index of the l2 xconnect tx peer, or -1 when the interface is in L3 mode. */
    long xconnectTx = -1;
    final List<IpPrefix> ip4 = new ArrayList<>(0);
    final List<IpPrefix> ip6 = new ArrayList<>(0);
    /**
     * The ip6 link-local address set with sw_interface_add_del_address (a /128 in fe80::/10), or null (none, or one
     * VPP made up). VPP makes it the interface's link-local address instead of listing it among the addresses.
     */
    InetAddress linkLocal;
    /**
     * VPP's lock count on the interface's ip6 link (ip6_link.c), 0 while there is no link: each global ip6 address
     * holds one, and so does a link-local address set while there was no link (which nothing ever releases); a
     * link-local address set on an existing link holds none.
     */
    int ip6Locks;

    Iface(final int swIfIndex, final String name, final String devType, final byte[] mac, final int linkMtu,
            final Device device) {
        this.swIfIndex = swIfIndex;
        this.name = name;
        this.devType = devType;
        this.mac = mac;
        this.linkMtu = linkMtu;
        this.device = device;
    }

    /** {@code IF_STATUS_API_FLAG_ADMIN_UP | IF_STATUS_API_FLAG_LINK_UP} as sw_interface_details reports them. */
    int flags() {
        return (adminUp ? 1 : 0) | (linkUp ? 2 : 0);
    }
}

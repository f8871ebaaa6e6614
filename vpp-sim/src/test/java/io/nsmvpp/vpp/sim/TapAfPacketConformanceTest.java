/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static io.nsmvpp.vpp.sim.HostLinks.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.msg.AfPacketCreateV3;
import io.nsmvpp.vpp.client.msg.AfPacketDelete;
import io.nsmvpp.vpp.client.msg.AfPacketDump;
import io.nsmvpp.vpp.client.msg.Ip4Address;
import io.nsmvpp.vpp.client.msg.Ip4Prefix;
import io.nsmvpp.vpp.client.msg.Ip6Address;
import io.nsmvpp.vpp.client.msg.Ip6Prefix;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Dump;
import io.nsmvpp.vpp.client.msg.TapCreateV3;
import io.nsmvpp.vpp.client.msg.TapDeleteV2;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * tap v3 and af_packet, the two host-side mechanisms. A real VPP without /dev/vhost-net fails every tap create with
 * -11, which the tap test accepts. af_packet needs a real host interface on a real VPP: the test makes a veth pair
 * of its own with iproute2 (as root, like VPP), or uses the one named in {@code VPP_AF_PACKET_HOST_IF}.
 */
class TapAfPacketConformanceTest extends ConformanceBase {
    private static final String HOST_IF = System.getenv("VPP_AF_PACKET_HOST_IF");

    private TapCreateV3 tap(final String tag) {
        return new TapCreateV3(NONE, true, MacAddress.ZERO, 1, 1, 0, 0, false, 0, false, MacAddress.ZERO, false,
            Ip4Prefix.ZERO, false, Ip6Prefix.ZERO, false, Ip4Address.ANY, false, Ip6Address.ANY, 0, false, "", false,
            "", false, "", tag);
    }

    @Test
    void tapCreateV3TagsAndDeletes() throws IOException {
        final var reply = vpp.request(tap(unique));
        if (realVpp() && reply.retval() == -11) {
            return; // no /dev/vhost-net on this host: VPP cannot create taps at all
        }
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        onCleanup(() -> vpp.request(new TapDeleteV2(index)));
        final var d = details(index);
        assertTrue(d.interfaceName().matches("tap\\d+"), d.interfaceName());
        assertTrue(Set.of("virtio", "tap").contains(d.interfaceDevType()), d.interfaceDevType());
        assertEquals(unique, d.tag(), "tap_create_v3 tags at creation");
        assertEquals(2, d.flags(), "born link up, admin down");
        final var dump = vpp.dump(new SwInterfaceTapV2Dump(index));
        assertEquals(1, dump.size());
        assertEquals(d.interfaceName(), dump.get(0).devName());
        assertEquals(Long.parseLong(d.interfaceName().substring(3)), dump.get(0).id());
        assertEquals(0, vpp.request(new TapDeleteV2(index)).retval());
        assertEquals(-2, vpp.request(new TapDeleteV2(index)).retval());
    }

    @Test
    void tapDeleteOnAnotherKindIsRefused() throws IOException {
        assertEquals(-2, vpp.request(new TapDeleteV2(loopback())).retval());
        assertEquals(-2, vpp.request(new TapDeleteV2(NONE)).retval());
    }

    private String hostIf() throws IOException {
        if (!realVpp()) {
            return "veth-" + unique.substring(5);
        }
        if (HOST_IF != null) {
            return HOST_IF;
        }
        // A veth pair of our own, as NSM's forwarder uses: needs root and iproute2, like VPP itself.
        final String name = "nsmc" + unique.substring(5);
        assumeTrue(ip("link", "add", name, "type", "veth", "peer", "name", name + "p"),
            "af_packet on a real VPP needs a host interface: run as root with iproute2 installed, or name one in "
                + "VPP_AF_PACKET_HOST_IF");
        onCleanup(() -> ip("link", "del", name));
        return name;
    }

    private AfPacketCreateV3 afPacket(final long mode, final String host, final boolean random,
            final MacAddress mac) {
        return new AfPacketCreateV3(mode, mac, random, host, 0, 0, 0, 0, 0, 1, 1);
    }

    @Test
    void afPacketIsBornLinkUpAndDeletedByHostName() throws IOException {
        final String host = hostIf();
        final var reply = vpp.request(afPacket(1, host, true, MacAddress.ZERO));
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        onCleanup(() -> vpp.request(new AfPacketDelete(host)));
        final var d = details(index);
        assertEquals("host-" + host, d.interfaceName());
        assertEquals("af-packet", d.interfaceDevType());
        assertEquals(2, d.flags());
        assertEquals(9000, d.linkMtu());
        assertEquals(0x02fe, d.l2Address().value() >>> 32);
        assertTrue(vpp.dump(new AfPacketDump()).stream().anyMatch(r -> r.swIfIndex() == index
            && r.hostIfName().equals(host)));

        final var duplicate = vpp.request(afPacket(1, host, true, MacAddress.ZERO));
        assertEquals(-79, duplicate.retval());
        assertEquals(index, duplicate.swIfIndex(), "a duplicate answers the existing index");

        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(3, details(index).flags());
        assertEquals(-11, vpp.request(new AfPacketDelete("host-" + host)).retval(), "takes the host name");
        assertEquals(0, vpp.request(new AfPacketDelete(host)).retval());
        assertEquals(-11, vpp.request(new AfPacketDelete(host)).retval());
    }

    @Test
    void afPacketLinkFollowsAdminOnceCreated() throws IOException {
        // Born link up; VPP's "admin down implies link down" then applies to it as to every interface, and its
        // admin-up function sets the link again (found by DifferentialTest: the simulator kept the link up).
        final String host = hostIf();
        final var reply = vpp.request(afPacket(1, host, true, MacAddress.ZERO));
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        onCleanup(() -> vpp.request(new AfPacketDelete(host)));
        assertEquals(2, details(index).flags());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(3, details(index).flags());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 0)).retval());
        assertEquals(0, details(index).flags(), "admin down takes the link down");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(3, details(index).flags(), "and admin up brings it back");
    }

    @Test
    void afPacketIpModeAndExplicitZeroMac() throws IOException {
        final String host = hostIf();
        final var ip = vpp.request(afPacket(2, host, false, MacAddress.parse("02:aa:bb:cc:dd:01")));
        assertEquals(0, ip.retval());
        onCleanup(() -> vpp.request(new AfPacketDelete(host)));
        assertEquals(0, details(ip.swIfIndex()).l2Address().value(), "ip mode has no MAC");
        assertEquals(0, details(ip.swIfIndex()).linkMtu());
        assertEquals(0, vpp.request(new AfPacketDelete(host)).retval());
        final var zero = vpp.request(afPacket(1, host, false, MacAddress.ZERO));
        assertEquals(0, zero.retval());
        assertEquals(0, details(zero.swIfIndex()).l2Address().value(), "explicit zero MAC stays zero");
        assertEquals(9000, details(zero.swIfIndex()).linkMtu());
    }

    @Test
    void afPacketErrors() throws IOException {
        final var badMode = vpp.request(afPacket(0, "nx-" + unique.substring(5), true, MacAddress.ZERO));
        assertEquals(-7, badMode.retval());
        assertEquals(NONE, badMode.swIfIndex());
        final var missing = vpp.request(afPacket(1, "nx-" + unique.substring(5), true, MacAddress.ZERO));
        assertEquals(-71, missing.retval());
        assertEquals(0, missing.swIfIndex());
        final var empty = vpp.request(afPacket(1, "", true, MacAddress.ZERO));
        assertEquals(-71, empty.retval());
        assertEquals(0, empty.swIfIndex());
        assertEquals(-11, vpp.request(new AfPacketDelete("nx-" + unique.substring(5))).retval());
    }
}

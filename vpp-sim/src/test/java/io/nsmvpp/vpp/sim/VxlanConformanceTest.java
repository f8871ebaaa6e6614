/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** vxlan_add_del_tunnel_v3: defaults, duplicates, instances, deletion by key. */
class VxlanConformanceTest extends ConformanceBase {
    private final String net = "198.18." + random(256) + ".";
    private final long vni = 1_000_000 + random(10_000_000);

    private VxlanAddDelTunnelV3 tunnel(final boolean add, final long instance, final String src, final String dst,
            final long vniValue, final boolean l3) {
        return new VxlanAddDelTunnelV3(add, instance, Address.parse(src), Address.parse(dst), 0, 0, NONE, 0, NONE,
            vniValue, l3);
    }

    private long create(final VxlanAddDelTunnelV3 request) throws IOException {
        final var reply = vpp.request(request);
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique)).retval());
        onCleanup(() -> vpp.request(new VxlanAddDelTunnelV3(false, request.instance(), request.srcAddress(),
            request.dstAddress(), request.srcPort(), request.dstPort(), request.mcastSwIfIndex(),
            request.encapVrfId(), request.decapNextIndex(), request.vni(), request.isL3())));
        return index;
    }

    private VxlanTunnelV2Details row(final long index) throws IOException {
        final var rows = vpp.dump(new VxlanTunnelV2Dump(index));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void tunnelIsBornUpWithDefaults() throws IOException {
        final long index = create(tunnel(true, NONE, net + "1", net + "2", vni, false));
        final var row = row(index);
        assertEquals(4789, row.srcPort());
        assertEquals(4789, row.dstPort());
        assertEquals(1, row.decapNextIndex(), "decap_next ~0 becomes 1");
        assertEquals(vni, row.vni());
        assertEquals(NONE, row.mcastSwIfIndex());
        final var d = details(index);
        assertEquals("vxlan_tunnel" + row.instance(), d.interfaceName());
        assertEquals("VXLAN", d.interfaceDevType());
        assertEquals(3, d.flags(), "admin up and link up at birth");
        assertEquals(9000, d.linkMtu());
        assertEquals(0x02fe, d.l2Address().value() >>> 32);
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 0)).retval());
        assertEquals(0, details(index).flags());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(3, details(index).flags());
    }

    @Test
    void l3TunnelHasNoMacAndIp6Works() throws IOException {
        final long l3 = create(tunnel(true, NONE, net + "1", net + "3", vni, true));
        assertEquals(0, details(l3).l2Address().value());
        assertEquals(0, details(l3).linkMtu());
        final long v6 = create(tunnel(true, NONE, "2001:db8:" + Integer.toHexString(random(65536)) + "::1",
            "2001:db8::2", vni, false));
        assertEquals(3, details(v6).flags());
        assertEquals(4789, row(v6).dstPort());
    }

    @Test
    void vniAbove24BitsIsAccepted() throws IOException {
        final long index = create(tunnel(true, NONE, net + "1", net + "4", 0x100_0000L + vni, false));
        assertEquals(0x100_0000L + vni, row(index).vni());
    }

    @Test
    void refusals() throws IOException {
        create(tunnel(true, NONE, net + "1", net + "2", vni, false));
        final var duplicate = vpp.request(tunnel(true, NONE, net + "1", net + "2", vni, false));
        assertEquals(-75, duplicate.retval());
        assertEquals(NONE, duplicate.swIfIndex());
        create(tunnel(true, NONE, net + "1", net + "5", vni, false));
        create(tunnel(true, NONE, net + "1", net + "2", vni + 1, false));
        create(tunnel(true, NONE, net + "9", net + "2", vni, false));
        assertEquals(-82, vpp.request(tunnel(true, NONE, net + "1", net + "1", vni, false)).retval());
        assertEquals(-7, vpp.request(tunnel(true, NONE, net + "1", "2001:db8::9", vni, false)).retval());
        assertEquals(-2, vpp.request(tunnel(true, NONE, net + "1", "239.1.1.1", vni, false)).retval());
        assertEquals(-76, vpp.request(new VxlanAddDelTunnelV3(true, NONE, Address.parse(net + "1"),
            Address.parse(net + "13"), 0, 0, NONE, 0, 99, vni, false)).retval());
        assertEquals(-3, vpp.request(new VxlanAddDelTunnelV3(true, NONE, Address.parse(net + "1"),
            Address.parse(net + "7"), 0, 0, NONE, 4_242_424, NONE, vni, false)).retval());
    }

    @Test
    void deleteIgnoresInstanceAndAnswersTheIndex() throws IOException {
        final long index = create(tunnel(true, NONE, net + "1", net + "2", vni, false));
        final var deleted = vpp.request(tunnel(false, 55, net + "1", net + "2", vni, false));
        assertEquals(0, deleted.retval());
        assertEquals(index, deleted.swIfIndex());
        final var again = vpp.request(tunnel(false, NONE, net + "1", net + "2", vni, false));
        assertEquals(-6, again.retval());
        assertEquals(-3, vpp.request(new VxlanAddDelTunnelV3(false, NONE, Address.parse(net + "1"),
            Address.parse(net + "2"), 0, 0, NONE, 4_242_424, NONE, vni, false)).retval(),
            "deletes are validated like adds");
        assertEquals(NONE, again.swIfIndex());
        assertEquals(null, details(index));
    }

    @Test
    void explicitInstanceInUse() throws IOException {
        final long instance = 900_000 + random(100_000);
        final long index = create(tunnel(true, instance, net + "1", net + "2", vni, false));
        assertEquals("vxlan_tunnel" + instance, details(index).interfaceName());
        final var clash = vpp.request(tunnel(true, instance, net + "1", net + "3", vni, false));
        assertEquals(-147, clash.retval());
        assertEquals(NONE, clash.swIfIndex());
    }

    @Test
    void autoInstanceIsThePoolIndexAndCanCollide() throws IOException {
        final var t1 = vpp.request(tunnel(true, NONE, net + "1", net + "21", vni, false));
        final var t2 = vpp.request(tunnel(true, NONE, net + "1", net + "22", vni, false));
        assertEquals(0, t1.retval());
        assertEquals(0, t2.retval());
        final long p = row(t1.swIfIndex()).instance();
        assertEquals(0, vpp.request(tunnel(false, NONE, net + "1", net + "21", vni, false)).retval());
        assertEquals(0, vpp.request(tunnel(false, NONE, net + "1", net + "22", vni, false)).retval());
        // T3 takes pool index q (freed last) with the explicit instance p; the next auto gets pool index p.
        create(tunnel(true, p, net + "1", net + "23", vni, false));
        final var t4 = vpp.request(tunnel(true, NONE, net + "1", net + "24", vni, false));
        if (t4.retval() == 0) {
            onCleanup(() -> vpp.request(tunnel(false, NONE, net + "1", net + "24", vni, false)));
        }
        assertEquals(-147, t4.retval());
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.Wire;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code u32 mtu[4]} of {@code sw_interface_details}, indexed by VPP's MTU protocol: L3, IPv4, IPv6, MPLS. A
 * record of four named u32s instead of an array, so that details compare by value.
 *
 * @param l3 u32 L3 MTU
 * @param ip4 u32 IPv4 MTU
 * @param ip6 u32 IPv6 MTU
 * @param mpls u32 MPLS MTU
 */
public record InterfaceMtu(long l3, long ip4, long ip6, long mpls) {
    public static final int SIZE = 16;
    public static final InterfaceMtu ZERO = new InterfaceMtu(0, 0, 0, 0);

    public InterfaceMtu {
        Wire.checkU32(l3, "l3");
        Wire.checkU32(ip4, "ip4");
        Wire.checkU32(ip6, "ip6");
        Wire.checkU32(mpls, "mpls");
    }

    public void encode(final WireWriter out) {
        out.u32(l3);
        out.u32(ip4);
        out.u32(ip6);
        out.u32(mpls);
    }

    public static InterfaceMtu decode(final WireReader in) {
        final long l3 = in.u32();
        final long ip4 = in.u32();
        final long ip6 = in.u32();
        return new InterfaceMtu(l3, ip4, ip6, in.u32());
    }
}

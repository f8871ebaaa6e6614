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
 * {@code vxlan_tunnel_v2_dump}: lists VXLAN tunnels ({@code swIfIndex} ~0 for all); the
 * source of the VNIs in use.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record VxlanTunnelV2Dump(long swIfIndex) implements VppDump<VxlanTunnelV2Details> {
    public static final String NAME = "vxlan_tunnel_v2_dump";
    public static final String CRC = "0xf9e6675e";
    public static final String NAME_CRC = "vxlan_tunnel_v2_dump_f9e6675e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<VxlanTunnelV2Dump> TYPE =
        MessageType.request(NAME, CRC, Plugins.VXLAN, SIZE, VxlanTunnelV2Dump::decode);

    public VxlanTunnelV2Dump {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<VxlanTunnelV2Dump> type() {
        return TYPE;
    }

    @Override
    public MessageType<VxlanTunnelV2Details> detailsType() {
        return VxlanTunnelV2Details.TYPE;
    }

    /** Every VXLAN tunnel. */
    public static VxlanTunnelV2Dump all() {
        return new VxlanTunnelV2Dump(Wire.U32_MAX);
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
    }

    public static VxlanTunnelV2Dump decode(final WireReader in) {
        final long swIfIndex = in.u32();
        return new VxlanTunnelV2Dump(swIfIndex);
    }
}

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
import java.util.Objects;

/**
 * {@code vxlan_tunnel_v2_details}: one tunnel of a {@link VxlanTunnelV2Dump}.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param instance {@code instance} (u32)
 * @param srcAddress {@code src_address} (address)
 * @param dstAddress {@code dst_address} (address)
 * @param srcPort {@code src_port} (u16)
 * @param dstPort {@code dst_port} (u16)
 * @param mcastSwIfIndex {@code mcast_sw_if_index} (u32 interface_index)
 * @param encapVrfId {@code encap_vrf_id} (u32)
 * @param decapNextIndex {@code decap_next_index} (u32)
 * @param vni {@code vni} (u32)
 */
public record VxlanTunnelV2Details(
        long swIfIndex, long instance, Address srcAddress, Address dstAddress, int srcPort, int dstPort,
        long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni) implements VppMessage {
    public static final String NAME = "vxlan_tunnel_v2_details";
    public static final String CRC = "0xd3bdd4d9";
    public static final String NAME_CRC = "vxlan_tunnel_v2_details_d3bdd4d9";
    /** Body size in bytes, header included. */
    public static final int SIZE = 68;
    public static final MessageType<VxlanTunnelV2Details> TYPE =
        MessageType.details(NAME, CRC, Plugins.VXLAN, SIZE, VxlanTunnelV2Details::decode);

    public VxlanTunnelV2Details {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(instance, "instance");
        Objects.requireNonNull(srcAddress, "srcAddress");
        Objects.requireNonNull(dstAddress, "dstAddress");
        Wire.checkU16(srcPort, "srcPort");
        Wire.checkU16(dstPort, "dstPort");
        Wire.checkU32(mcastSwIfIndex, "mcastSwIfIndex");
        Wire.checkU32(encapVrfId, "encapVrfId");
        Wire.checkU32(decapNextIndex, "decapNextIndex");
        Wire.checkU32(vni, "vni");
    }

    @Override
    public MessageType<VxlanTunnelV2Details> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.u32(instance);
        srcAddress.encode(out);
        dstAddress.encode(out);
        out.u16(srcPort);
        out.u16(dstPort);
        out.u32(mcastSwIfIndex);
        out.u32(encapVrfId);
        out.u32(decapNextIndex);
        out.u32(vni);
    }

    public static VxlanTunnelV2Details decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final long instance = in.u32();
        final Address srcAddress = Address.decode(in);
        final Address dstAddress = Address.decode(in);
        final int srcPort = in.u16();
        final int dstPort = in.u16();
        final long mcastSwIfIndex = in.u32();
        final long encapVrfId = in.u32();
        final long decapNextIndex = in.u32();
        final long vni = in.u32();
        return new VxlanTunnelV2Details(
            swIfIndex, instance, srcAddress, dstAddress, srcPort, dstPort, mcastSwIfIndex, encapVrfId,
            decapNextIndex, vni);
    }
}

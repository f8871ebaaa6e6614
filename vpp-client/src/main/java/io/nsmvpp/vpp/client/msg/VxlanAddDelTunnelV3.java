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
 * {@code vxlan_add_del_tunnel_v3}: creates or deletes a VXLAN tunnel. A delete matches on
 * src, dst and vni and ignores {@code instance}.
 *
 * @param isAdd {@code is_add} (bool)
 * @param instance {@code instance} (u32)
 * @param srcAddress {@code src_address} (address)
 * @param dstAddress {@code dst_address} (address)
 * @param srcPort {@code src_port} (u16)
 * @param dstPort {@code dst_port} (u16)
 * @param mcastSwIfIndex {@code mcast_sw_if_index} (u32 interface_index)
 * @param encapVrfId {@code encap_vrf_id} (u32)
 * @param decapNextIndex {@code decap_next_index} (u32)
 * @param vni {@code vni} (u32)
 * @param isL3 {@code is_l3} (bool)
 */
public record VxlanAddDelTunnelV3(
        boolean isAdd, long instance, Address srcAddress, Address dstAddress, int srcPort, int dstPort,
        long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni, boolean isL3)
        implements VppRequest<VxlanAddDelTunnelV3Reply> {
    public static final String NAME = "vxlan_add_del_tunnel_v3";
    public static final String CRC = "0x0072b037";
    public static final String NAME_CRC = "vxlan_add_del_tunnel_v3_0072b037";
    /** Body size in bytes, header included. */
    public static final int SIZE = 70;
    public static final MessageType<VxlanAddDelTunnelV3> TYPE =
        MessageType.request(NAME, CRC, Plugins.VXLAN, SIZE, VxlanAddDelTunnelV3::decode);

    public VxlanAddDelTunnelV3 {
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
    public MessageType<VxlanAddDelTunnelV3> type() {
        return TYPE;
    }

    @Override
    public MessageType<VxlanAddDelTunnelV3Reply> replyType() {
        return VxlanAddDelTunnelV3Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.bool(isAdd);
        out.u32(instance);
        srcAddress.encode(out);
        dstAddress.encode(out);
        out.u16(srcPort);
        out.u16(dstPort);
        out.u32(mcastSwIfIndex);
        out.u32(encapVrfId);
        out.u32(decapNextIndex);
        out.u32(vni);
        out.bool(isL3);
    }

    public static VxlanAddDelTunnelV3 decode(final WireReader in) {
        final boolean isAdd = in.bool();
        final long instance = in.u32();
        final Address srcAddress = Address.decode(in);
        final Address dstAddress = Address.decode(in);
        final int srcPort = in.u16();
        final int dstPort = in.u16();
        final long mcastSwIfIndex = in.u32();
        final long encapVrfId = in.u32();
        final long decapNextIndex = in.u32();
        final long vni = in.u32();
        final boolean isL3 = in.bool();
        return new VxlanAddDelTunnelV3(
            isAdd, instance, srcAddress, dstAddress, srcPort, dstPort, mcastSwIfIndex, encapVrfId, decapNextIndex,
            vni, isL3);
    }
}

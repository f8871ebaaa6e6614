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
 * {@code vxlan_add_del_tunnel_v3_reply}: the reply to {@link VxlanAddDelTunnelV3}.
 *
 * @param retval {@code retval} (i32)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record VxlanAddDelTunnelV3Reply(int retval, long swIfIndex) implements VppReply {
    public static final String NAME = "vxlan_add_del_tunnel_v3_reply";
    public static final String CRC = "0x5383d31f";
    public static final String NAME_CRC = "vxlan_add_del_tunnel_v3_reply_5383d31f";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<VxlanAddDelTunnelV3Reply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.VXLAN, SIZE, VxlanAddDelTunnelV3Reply::decode);

    public VxlanAddDelTunnelV3Reply {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<VxlanAddDelTunnelV3Reply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(swIfIndex);
    }

    public static VxlanAddDelTunnelV3Reply decode(final WireReader in) {
        final int retval = in.i32();
        final long swIfIndex = in.u32();
        return new VxlanAddDelTunnelV3Reply(retval, swIfIndex);
    }
}

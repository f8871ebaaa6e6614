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
 * {@code l3xc_del}: removes an L3 cross-connect.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param isIp6 {@code is_ip6} (bool)
 */
public record L3xcDel(long swIfIndex, boolean isIp6) implements VppRequest<L3xcDelReply> {
    public static final String NAME = "l3xc_del";
    public static final String CRC = "0xe7dbef91";
    public static final String NAME_CRC = "l3xc_del_e7dbef91";
    /** Body size in bytes, header included. */
    public static final int SIZE = 15;
    public static final MessageType<L3xcDel> TYPE = MessageType.request(NAME, CRC, Plugins.L3XC, SIZE, L3xcDel::decode);

    public L3xcDel {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<L3xcDel> type() {
        return TYPE;
    }

    @Override
    public MessageType<L3xcDelReply> replyType() {
        return L3xcDelReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.bool(isIp6);
    }

    public static L3xcDel decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final boolean isIp6 = in.bool();
        return new L3xcDel(swIfIndex, isIp6);
    }
}

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
 * {@code l3xc_update_reply}: the reply to {@link L3xcUpdate}.
 *
 * @param retval {@code retval} (i32)
 * @param statsIndex {@code stats_index} (u32)
 */
public record L3xcUpdateReply(int retval, long statsIndex) implements VppReply {
    public static final String NAME = "l3xc_update_reply";
    public static final String CRC = "0x1992deab";
    public static final String NAME_CRC = "l3xc_update_reply_1992deab";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<L3xcUpdateReply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.L3XC, SIZE, L3xcUpdateReply::decode);

    public L3xcUpdateReply {
        Wire.checkU32(statsIndex, "statsIndex");
    }

    @Override
    public MessageType<L3xcUpdateReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(statsIndex);
    }

    public static L3xcUpdateReply decode(final WireReader in) {
        final int retval = in.i32();
        final long statsIndex = in.u32();
        return new L3xcUpdateReply(retval, statsIndex);
    }
}

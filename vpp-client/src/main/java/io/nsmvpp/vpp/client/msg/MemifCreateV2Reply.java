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
 * {@code memif_create_v2_reply}: the reply to {@link MemifCreateV2}.
 *
 * @param retval {@code retval} (i32)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record MemifCreateV2Reply(int retval, long swIfIndex) implements VppReply {
    public static final String NAME = "memif_create_v2_reply";
    public static final String CRC = "0x5383d31f";
    public static final String NAME_CRC = "memif_create_v2_reply_5383d31f";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<MemifCreateV2Reply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.MEMIF, SIZE, MemifCreateV2Reply::decode);

    public MemifCreateV2Reply {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<MemifCreateV2Reply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(swIfIndex);
    }

    public static MemifCreateV2Reply decode(final WireReader in) {
        final int retval = in.i32();
        final long swIfIndex = in.u32();
        return new MemifCreateV2Reply(retval, swIfIndex);
    }
}

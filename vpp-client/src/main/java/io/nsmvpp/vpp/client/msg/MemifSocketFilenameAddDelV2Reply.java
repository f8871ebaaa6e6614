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
 * {@code memif_socket_filename_add_del_v2_reply}: the reply to {@link MemifSocketFilenameAddDelV2}.
 *
 * @param retval {@code retval} (i32)
 * @param socketId {@code socket_id} (u32)
 */
public record MemifSocketFilenameAddDelV2Reply(int retval, long socketId) implements VppReply {
    public static final String NAME = "memif_socket_filename_add_del_v2_reply";
    public static final String CRC = "0x9f29bdb9";
    public static final String NAME_CRC = "memif_socket_filename_add_del_v2_reply_9f29bdb9";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<MemifSocketFilenameAddDelV2Reply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.MEMIF, SIZE, MemifSocketFilenameAddDelV2Reply::decode);

    public MemifSocketFilenameAddDelV2Reply {
        Wire.checkU32(socketId, "socketId");
    }

    @Override
    public MessageType<MemifSocketFilenameAddDelV2Reply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(socketId);
    }

    public static MemifSocketFilenameAddDelV2Reply decode(final WireReader in) {
        final int retval = in.i32();
        final long socketId = in.u32();
        return new MemifSocketFilenameAddDelV2Reply(retval, socketId);
    }
}

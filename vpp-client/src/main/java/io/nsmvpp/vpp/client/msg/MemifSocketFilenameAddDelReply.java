/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code memif_socket_filename_add_del_reply}: the reply to {@link MemifSocketFilenameAddDel}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param retval {@code retval} (i32)
 */
public record MemifSocketFilenameAddDelReply(int retval) implements VppReply {
    public static final String NAME = "memif_socket_filename_add_del_reply";
    public static final String CRC = "0xe8d4e804";
    public static final String NAME_CRC = "memif_socket_filename_add_del_reply_e8d4e804";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<MemifSocketFilenameAddDelReply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.MEMIF, SIZE, MemifSocketFilenameAddDelReply::decode);

    @Override
    public MessageType<MemifSocketFilenameAddDelReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
    }

    public static MemifSocketFilenameAddDelReply decode(final WireReader in) {
        final int retval = in.i32();
        return new MemifSocketFilenameAddDelReply(retval);
    }
}

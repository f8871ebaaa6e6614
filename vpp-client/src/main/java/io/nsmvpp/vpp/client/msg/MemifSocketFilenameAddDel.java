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
 * {@code memif_socket_filename_add_del}: the v1 form of
 * {@link MemifSocketFilenameAddDelV2}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param isAdd {@code is_add} (bool)
 * @param socketId {@code socket_id} (u32)
 * @param socketFilename {@code socket_filename} (string[108])
 */
public record MemifSocketFilenameAddDel(
        boolean isAdd, long socketId, String socketFilename) implements VppRequest<MemifSocketFilenameAddDelReply> {
    public static final String NAME = "memif_socket_filename_add_del";
    public static final String CRC = "0xa2ce1a10";
    public static final String NAME_CRC = "memif_socket_filename_add_del_a2ce1a10";
    /** Body size in bytes, header included. */
    public static final int SIZE = 123;
    public static final MessageType<MemifSocketFilenameAddDel> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, SIZE, MemifSocketFilenameAddDel::decode);

    public MemifSocketFilenameAddDel {
        Wire.checkU32(socketId, "socketId");
        Wire.checkFixedString(socketFilename, 108, "socketFilename");
    }

    @Override
    public MessageType<MemifSocketFilenameAddDel> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifSocketFilenameAddDelReply> replyType() {
        return MemifSocketFilenameAddDelReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.bool(isAdd);
        out.u32(socketId);
        out.fixedString(socketFilename, 108);
    }

    public static MemifSocketFilenameAddDel decode(final WireReader in) {
        final boolean isAdd = in.bool();
        final long socketId = in.u32();
        final String socketFilename = in.fixedString(108);
        return new MemifSocketFilenameAddDel(isAdd, socketId, socketFilename);
    }
}

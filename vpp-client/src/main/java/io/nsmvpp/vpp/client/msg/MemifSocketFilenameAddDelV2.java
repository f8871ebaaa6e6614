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
 * {@code memif_socket_filename_add_del_v2}: registers or removes a memif socket
 * file; {@code socketId} ~0 lets VPP choose the id, which the reply returns.
 *
 * @param isAdd {@code is_add} (bool)
 * @param socketId {@code socket_id} (u32)
 * @param socketFilename {@code socket_filename} (string[])
 */
public record MemifSocketFilenameAddDelV2(
        boolean isAdd, long socketId, String socketFilename) implements VppRequest<MemifSocketFilenameAddDelV2Reply> {
    public static final String NAME = "memif_socket_filename_add_del_v2";
    public static final String CRC = "0x34223bdf";
    public static final String NAME_CRC = "memif_socket_filename_add_del_v2_34223bdf";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 19;
    public static final MessageType<MemifSocketFilenameAddDelV2> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, MIN_SIZE, MemifSocketFilenameAddDelV2::decode);

    public MemifSocketFilenameAddDelV2 {
        Wire.checkU32(socketId, "socketId");
        Objects.requireNonNull(socketFilename, "socketFilename");
    }

    @Override
    public MessageType<MemifSocketFilenameAddDelV2> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifSocketFilenameAddDelV2Reply> replyType() {
        return MemifSocketFilenameAddDelV2Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.bool(isAdd);
        out.u32(socketId);
        out.variableString(socketFilename);
    }

    public static MemifSocketFilenameAddDelV2 decode(final WireReader in) {
        final boolean isAdd = in.bool();
        final long socketId = in.u32();
        final String socketFilename = in.variableString();
        return new MemifSocketFilenameAddDelV2(isAdd, socketId, socketFilename);
    }
}

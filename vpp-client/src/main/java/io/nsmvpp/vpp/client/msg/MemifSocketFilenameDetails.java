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
 * {@code memif_socket_filename_details}: one socket file of a
 * {@link MemifSocketFilenameDump}.
 *
 * @param socketId {@code socket_id} (u32)
 * @param socketFilename {@code socket_filename} (string[108])
 */
public record MemifSocketFilenameDetails(long socketId, String socketFilename) implements VppMessage {
    public static final String NAME = "memif_socket_filename_details";
    public static final String CRC = "0x7ff326f7";
    public static final String NAME_CRC = "memif_socket_filename_details_7ff326f7";
    /** Body size in bytes, header included. */
    public static final int SIZE = 118;
    public static final MessageType<MemifSocketFilenameDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.MEMIF, SIZE, MemifSocketFilenameDetails::decode);

    public MemifSocketFilenameDetails {
        Wire.checkU32(socketId, "socketId");
        Wire.checkFixedString(socketFilename, 108, "socketFilename");
    }

    @Override
    public MessageType<MemifSocketFilenameDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(socketId);
        out.fixedString(socketFilename, 108);
    }

    public static MemifSocketFilenameDetails decode(final WireReader in) {
        final long socketId = in.u32();
        final String socketFilename = in.fixedString(108);
        return new MemifSocketFilenameDetails(socketId, socketFilename);
    }
}

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
 * {@code memif_socket_filename_dump}: lists memif socket files and their ids.
 */
public record MemifSocketFilenameDump() implements VppDump<MemifSocketFilenameDetails> {
    public static final String NAME = "memif_socket_filename_dump";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "memif_socket_filename_dump_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<MemifSocketFilenameDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, SIZE, MemifSocketFilenameDump::decode);

    @Override
    public MessageType<MemifSocketFilenameDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifSocketFilenameDetails> detailsType() {
        return MemifSocketFilenameDetails.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static MemifSocketFilenameDump decode(final WireReader in) {
        return new MemifSocketFilenameDump();
    }
}

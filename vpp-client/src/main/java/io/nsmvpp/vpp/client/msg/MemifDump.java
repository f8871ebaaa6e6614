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
 * {@code memif_dump}: lists memif interfaces.
 */
public record MemifDump() implements VppDump<MemifDetails> {
    public static final String NAME = "memif_dump";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "memif_dump_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<MemifDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, SIZE, MemifDump::decode);

    @Override
    public MessageType<MemifDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifDetails> detailsType() {
        return MemifDetails.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static MemifDump decode(final WireReader in) {
        return new MemifDump();
    }
}

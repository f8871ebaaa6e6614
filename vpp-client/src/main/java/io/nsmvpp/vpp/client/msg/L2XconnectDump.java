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
 * {@code l2_xconnect_dump}: lists L2 cross-connects.
 */
public record L2XconnectDump() implements VppDump<L2XconnectDetails> {
    public static final String NAME = "l2_xconnect_dump";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "l2_xconnect_dump_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<L2XconnectDump> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, L2XconnectDump::decode);

    @Override
    public MessageType<L2XconnectDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<L2XconnectDetails> detailsType() {
        return L2XconnectDetails.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static L2XconnectDump decode(final WireReader in) {
        return new L2XconnectDump();
    }
}

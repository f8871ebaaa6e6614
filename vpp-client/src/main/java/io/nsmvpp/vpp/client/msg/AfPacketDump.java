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
 * {@code af_packet_dump}: lists af_packet interfaces.
 */
public record AfPacketDump() implements VppDump<AfPacketDetails> {
    public static final String NAME = "af_packet_dump";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "af_packet_dump_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<AfPacketDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.AF_PACKET, SIZE, AfPacketDump::decode);

    @Override
    public MessageType<AfPacketDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<AfPacketDetails> detailsType() {
        return AfPacketDetails.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static AfPacketDump decode(final WireReader in) {
        return new AfPacketDump();
    }
}

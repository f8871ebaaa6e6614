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
 * {@code l2_xconnect_details}: one direction of a cross-connect of a {@link L2XconnectDump}.
 *
 * @param rxSwIfIndex {@code rx_sw_if_index} (u32 interface_index)
 * @param txSwIfIndex {@code tx_sw_if_index} (u32 interface_index)
 */
public record L2XconnectDetails(long rxSwIfIndex, long txSwIfIndex) implements VppMessage {
    public static final String NAME = "l2_xconnect_details";
    public static final String CRC = "0x472b6b67";
    public static final String NAME_CRC = "l2_xconnect_details_472b6b67";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<L2XconnectDetails> TYPE =
        MessageType.details(NAME, CRC, MessageType.CORE, SIZE, L2XconnectDetails::decode);

    public L2XconnectDetails {
        Wire.checkU32(rxSwIfIndex, "rxSwIfIndex");
        Wire.checkU32(txSwIfIndex, "txSwIfIndex");
    }

    @Override
    public MessageType<L2XconnectDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(rxSwIfIndex);
        out.u32(txSwIfIndex);
    }

    public static L2XconnectDetails decode(final WireReader in) {
        final long rxSwIfIndex = in.u32();
        final long txSwIfIndex = in.u32();
        return new L2XconnectDetails(rxSwIfIndex, txSwIfIndex);
    }
}

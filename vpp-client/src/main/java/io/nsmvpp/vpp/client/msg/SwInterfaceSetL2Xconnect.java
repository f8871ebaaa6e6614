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
 * {@code sw_interface_set_l2_xconnect}: one direction of an L2 cross-connect;
 * a cross-connect needs it both ways.
 *
 * @param rxSwIfIndex {@code rx_sw_if_index} (u32 interface_index)
 * @param txSwIfIndex {@code tx_sw_if_index} (u32 interface_index)
 * @param enable {@code enable} (bool)
 */
public record SwInterfaceSetL2Xconnect(
        long rxSwIfIndex, long txSwIfIndex, boolean enable) implements VppRequest<SwInterfaceSetL2XconnectReply> {
    public static final String NAME = "sw_interface_set_l2_xconnect";
    public static final String CRC = "0x4fa28a85";
    public static final String NAME_CRC = "sw_interface_set_l2_xconnect_4fa28a85";
    /** Body size in bytes, header included. */
    public static final int SIZE = 19;
    public static final MessageType<SwInterfaceSetL2Xconnect> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceSetL2Xconnect::decode);

    public SwInterfaceSetL2Xconnect {
        Wire.checkU32(rxSwIfIndex, "rxSwIfIndex");
        Wire.checkU32(txSwIfIndex, "txSwIfIndex");
    }

    @Override
    public MessageType<SwInterfaceSetL2Xconnect> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceSetL2XconnectReply> replyType() {
        return SwInterfaceSetL2XconnectReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(rxSwIfIndex);
        out.u32(txSwIfIndex);
        out.bool(enable);
    }

    public static SwInterfaceSetL2Xconnect decode(final WireReader in) {
        final long rxSwIfIndex = in.u32();
        final long txSwIfIndex = in.u32();
        final boolean enable = in.bool();
        return new SwInterfaceSetL2Xconnect(rxSwIfIndex, txSwIfIndex, enable);
    }
}

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
 * {@code af_packet_details}: one interface of an {@link AfPacketDump}.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param hostIfName {@code host_if_name} (string[64])
 */
public record AfPacketDetails(long swIfIndex, String hostIfName) implements VppMessage {
    public static final String NAME = "af_packet_details";
    public static final String CRC = "0x58c7c042";
    public static final String NAME_CRC = "af_packet_details_58c7c042";
    /** Body size in bytes, header included. */
    public static final int SIZE = 74;
    public static final MessageType<AfPacketDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.AF_PACKET, SIZE, AfPacketDetails::decode);

    public AfPacketDetails {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkFixedString(hostIfName, 64, "hostIfName");
    }

    @Override
    public MessageType<AfPacketDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.fixedString(hostIfName, 64);
    }

    public static AfPacketDetails decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final String hostIfName = in.fixedString(64);
        return new AfPacketDetails(swIfIndex, hostIfName);
    }
}

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
 * {@code sw_interface_tap_v2_dump}: lists tap interfaces ({@code swIfIndex} ~0 for all).
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record SwInterfaceTapV2Dump(long swIfIndex) implements VppDump<SwInterfaceTapV2Details> {
    public static final String NAME = "sw_interface_tap_v2_dump";
    public static final String CRC = "0xf9e6675e";
    public static final String NAME_CRC = "sw_interface_tap_v2_dump_f9e6675e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<SwInterfaceTapV2Dump> TYPE =
        MessageType.request(NAME, CRC, Plugins.TAP, SIZE, SwInterfaceTapV2Dump::decode);

    public SwInterfaceTapV2Dump {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<SwInterfaceTapV2Dump> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceTapV2Details> detailsType() {
        return SwInterfaceTapV2Details.TYPE;
    }

    /** Every tap interface. */
    public static SwInterfaceTapV2Dump all() {
        return new SwInterfaceTapV2Dump(Wire.U32_MAX);
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
    }

    public static SwInterfaceTapV2Dump decode(final WireReader in) {
        final long swIfIndex = in.u32();
        return new SwInterfaceTapV2Dump(swIfIndex);
    }
}

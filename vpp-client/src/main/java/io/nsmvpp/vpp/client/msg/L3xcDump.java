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
 * {@code l3xc_dump}: lists L3 cross-connects ({@code swIfIndex} ~0 for all). VPP v26.06 reports
 * {@code is_ip6=false} even for ip6 entries.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record L3xcDump(long swIfIndex) implements VppDump<L3xcDetails> {
    public static final String NAME = "l3xc_dump";
    public static final String CRC = "0xf9e6675e";
    public static final String NAME_CRC = "l3xc_dump_f9e6675e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<L3xcDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.L3XC, SIZE, L3xcDump::decode);

    public L3xcDump {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<L3xcDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<L3xcDetails> detailsType() {
        return L3xcDetails.TYPE;
    }

    /** Every L3 cross-connect. */
    public static L3xcDump all() {
        return new L3xcDump(Wire.U32_MAX);
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
    }

    public static L3xcDump decode(final WireReader in) {
        final long swIfIndex = in.u32();
        return new L3xcDump(swIfIndex);
    }
}

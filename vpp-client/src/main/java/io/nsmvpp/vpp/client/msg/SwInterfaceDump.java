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
import java.util.Objects;

/**
 * {@code sw_interface_dump}: lists interfaces. VPP applies no default: {@code swIfIndex} must
 * be ~0 to list all, see {@link #all()}.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param nameFilterValid {@code name_filter_valid} (bool)
 * @param nameFilter {@code name_filter} (string[])
 */
public record SwInterfaceDump(
        long swIfIndex, boolean nameFilterValid, String nameFilter) implements VppDump<SwInterfaceDetails> {
    public static final String NAME = "sw_interface_dump";
    public static final String CRC = "0xaa610c27";
    public static final String NAME_CRC = "sw_interface_dump_aa610c27";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 19;
    public static final MessageType<SwInterfaceDump> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, MIN_SIZE, SwInterfaceDump::decode);

    public SwInterfaceDump {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Objects.requireNonNull(nameFilter, "nameFilter");
    }

    @Override
    public MessageType<SwInterfaceDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceDetails> detailsType() {
        return SwInterfaceDetails.TYPE;
    }

    /** Every interface. */
    public static SwInterfaceDump all() {
        return new SwInterfaceDump(Wire.U32_MAX, false, "");
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.bool(nameFilterValid);
        out.variableString(nameFilter);
    }

    public static SwInterfaceDump decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final boolean nameFilterValid = in.bool();
        final String nameFilter = in.variableString();
        return new SwInterfaceDump(swIfIndex, nameFilterValid, nameFilter);
    }
}

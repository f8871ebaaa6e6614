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
 * {@code memif_details}: one memif interface of a {@link MemifDump}.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param hwAddr {@code hw_addr} (mac_address)
 * @param id {@code id} (u32)
 * @param role {@code role} (u32 memif_role, see {@link MemifRole})
 * @param mode {@code mode} (u32 memif_mode, see {@link MemifMode})
 * @param zeroCopy {@code zero_copy} (bool)
 * @param socketId {@code socket_id} (u32)
 * @param ringSize {@code ring_size} (u32)
 * @param bufferSize {@code buffer_size} (u16)
 * @param flags {@code flags} (u32 if_status_flags, see {@link IfStatusFlags})
 * @param ifName {@code if_name} (string[64])
 */
public record MemifDetails(
        long swIfIndex, MacAddress hwAddr, long id, long role, long mode, boolean zeroCopy, long socketId,
        long ringSize, int bufferSize, long flags, String ifName) implements VppMessage {
    public static final String NAME = "memif_details";
    public static final String CRC = "0xda34feb9";
    public static final String NAME_CRC = "memif_details_da34feb9";
    /** Body size in bytes, header included. */
    public static final int SIZE = 107;
    public static final MessageType<MemifDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.MEMIF, SIZE, MemifDetails::decode);

    public MemifDetails {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Objects.requireNonNull(hwAddr, "hwAddr");
        Wire.checkU32(id, "id");
        Wire.checkU32(role, "role");
        Wire.checkU32(mode, "mode");
        Wire.checkU32(socketId, "socketId");
        Wire.checkU32(ringSize, "ringSize");
        Wire.checkU16(bufferSize, "bufferSize");
        Wire.checkU32(flags, "flags");
        Wire.checkFixedString(ifName, 64, "ifName");
    }

    @Override
    public MessageType<MemifDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        hwAddr.encode(out);
        out.u32(id);
        out.u32(role);
        out.u32(mode);
        out.bool(zeroCopy);
        out.u32(socketId);
        out.u32(ringSize);
        out.u16(bufferSize);
        out.u32(flags);
        out.fixedString(ifName, 64);
    }

    public static MemifDetails decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final MacAddress hwAddr = MacAddress.decode(in);
        final long id = in.u32();
        final long role = in.u32();
        final long mode = in.u32();
        final boolean zeroCopy = in.bool();
        final long socketId = in.u32();
        final long ringSize = in.u32();
        final int bufferSize = in.u16();
        final long flags = in.u32();
        final String ifName = in.fixedString(64);
        return new MemifDetails(
            swIfIndex, hwAddr, id, role, mode, zeroCopy, socketId, ringSize, bufferSize, flags, ifName);
    }
}

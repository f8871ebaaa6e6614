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
 * {@code sw_interface_set_flags}: sets admin state ({@link IfStatusFlags#ADMIN_UP} or 0).
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param flags {@code flags} (u32 if_status_flags, see {@link IfStatusFlags})
 */
public record SwInterfaceSetFlags(long swIfIndex, long flags) implements VppRequest<SwInterfaceSetFlagsReply> {
    public static final String NAME = "sw_interface_set_flags";
    public static final String CRC = "0xf5aec1b8";
    public static final String NAME_CRC = "sw_interface_set_flags_f5aec1b8";
    /** Body size in bytes, header included. */
    public static final int SIZE = 18;
    public static final MessageType<SwInterfaceSetFlags> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceSetFlags::decode);

    public SwInterfaceSetFlags {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(flags, "flags");
    }

    @Override
    public MessageType<SwInterfaceSetFlags> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceSetFlagsReply> replyType() {
        return SwInterfaceSetFlagsReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.u32(flags);
    }

    public static SwInterfaceSetFlags decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final long flags = in.u32();
        return new SwInterfaceSetFlags(swIfIndex, flags);
    }
}

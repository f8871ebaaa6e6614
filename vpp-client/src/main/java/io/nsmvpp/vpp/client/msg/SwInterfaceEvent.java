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
 * {@code sw_interface_event}: an interface changed state or was deleted. It has no context;
 * {@code flags} is the OR of the changes batched since VPP's last send, not the current state.
 *
 * @param pid {@code pid} (u32)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param flags {@code flags} (u32 if_status_flags, see {@link IfStatusFlags})
 * @param deleted {@code deleted} (bool)
 */
public record SwInterfaceEvent(long pid, long swIfIndex, long flags, boolean deleted) implements VppEvent {
    public static final String NAME = "sw_interface_event";
    public static final String CRC = "0x2d3d95a7";
    public static final String NAME_CRC = "sw_interface_event_2d3d95a7";
    /** Body size in bytes, header included. */
    public static final int SIZE = 19;
    public static final MessageType<SwInterfaceEvent> TYPE =
        MessageType.event(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceEvent::decode);

    public SwInterfaceEvent {
        Wire.checkU32(pid, "pid");
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(flags, "flags");
    }

    @Override
    public MessageType<SwInterfaceEvent> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(pid);
        out.u32(swIfIndex);
        out.u32(flags);
        out.bool(deleted);
    }

    public static SwInterfaceEvent decode(final WireReader in) {
        final long pid = in.u32();
        final long swIfIndex = in.u32();
        final long flags = in.u32();
        final boolean deleted = in.bool();
        return new SwInterfaceEvent(pid, swIfIndex, flags, deleted);
    }
}

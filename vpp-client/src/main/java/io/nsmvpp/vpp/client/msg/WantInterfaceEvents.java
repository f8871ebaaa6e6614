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
 * {@code want_interface_events}: subscribes ({@code enableDisable} 1) or unsubscribes (0)
 * this client to {@link SwInterfaceEvent}; subscribing twice gives -31.
 *
 * @param enableDisable {@code enable_disable} (u32)
 * @param pid {@code pid} (u32)
 */
public record WantInterfaceEvents(long enableDisable, long pid) implements VppRequest<WantInterfaceEventsReply> {
    public static final String NAME = "want_interface_events";
    public static final String CRC = "0x476f5a08";
    public static final String NAME_CRC = "want_interface_events_476f5a08";
    /** Body size in bytes, header included. */
    public static final int SIZE = 18;
    public static final MessageType<WantInterfaceEvents> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, WantInterfaceEvents::decode);

    public WantInterfaceEvents {
        Wire.checkU32(enableDisable, "enableDisable");
        Wire.checkU32(pid, "pid");
    }

    @Override
    public MessageType<WantInterfaceEvents> type() {
        return TYPE;
    }

    @Override
    public MessageType<WantInterfaceEventsReply> replyType() {
        return WantInterfaceEventsReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(enableDisable);
        out.u32(pid);
    }

    public static WantInterfaceEvents decode(final WireReader in) {
        final long enableDisable = in.u32();
        final long pid = in.u32();
        return new WantInterfaceEvents(enableDisable, pid);
    }
}

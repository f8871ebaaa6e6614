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
 * {@code control_ping_reply}. Its {@code client_index} is uninitialised in VPP v26.06: ignore it.
 *
 * @param retval {@code retval} (i32)
 * @param clientIndex {@code client_index} (u32)
 * @param vpePid {@code vpe_pid} (u32)
 */
public record ControlPingReply(int retval, long clientIndex, long vpePid) implements VppReply {
    public static final String NAME = "control_ping_reply";
    public static final String CRC = "0xf6b0b8ca";
    public static final String NAME_CRC = "control_ping_reply_f6b0b8ca";
    /** Body size in bytes, header included. */
    public static final int SIZE = 18;
    public static final MessageType<ControlPingReply> TYPE =
        MessageType.reply(NAME, CRC, MessageType.CORE, SIZE, ControlPingReply::decode);

    public ControlPingReply {
        Wire.checkU32(clientIndex, "clientIndex");
        Wire.checkU32(vpePid, "vpePid");
    }

    @Override
    public MessageType<ControlPingReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(clientIndex);
        out.u32(vpePid);
    }

    public static ControlPingReply decode(final WireReader in) {
        final int retval = in.i32();
        final long clientIndex = in.u32();
        final long vpePid = in.u32();
        return new ControlPingReply(retval, clientIndex, vpePid);
    }
}

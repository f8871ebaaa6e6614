/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code control_ping}: a no-op round trip. Sent right after a dump on the same context, its reply
 * marks the end of the dump's details.
 */
public record ControlPing() implements VppRequest<ControlPingReply> {
    public static final String NAME = "control_ping";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "control_ping_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<ControlPing> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, ControlPing::decode);

    @Override
    public MessageType<ControlPing> type() {
        return TYPE;
    }

    @Override
    public MessageType<ControlPingReply> replyType() {
        return ControlPingReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static ControlPing decode(final WireReader in) {
        return new ControlPing();
    }
}

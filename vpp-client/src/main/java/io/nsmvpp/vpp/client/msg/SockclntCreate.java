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
 * {@code sockclnt_create}: the socket handshake. Its id is fixed (15) and it has no
 * {@code client_index}; the reply hands out the client's handle and the message table.
 *
 * @param name {@code name} (string[64])
 */
public record SockclntCreate(String name) implements VppRequest<SockclntCreateReply> {
    public static final String NAME = "sockclnt_create";
    public static final String CRC = "0x455fb9c4";
    public static final String NAME_CRC = "sockclnt_create_455fb9c4";
    /** Body size in bytes, header included. */
    public static final int SIZE = 70;
    public static final MessageType<SockclntCreate> TYPE =
        new MessageType<>(NAME, CRC, MessageType.CORE, MessageRole.REQUEST, HeaderLayout.CONTEXT,
            SIZE, SockclntCreate::decode);

    public SockclntCreate {
        Wire.checkFixedString(name, 64, "name");
    }

    @Override
    public MessageType<SockclntCreate> type() {
        return TYPE;
    }

    @Override
    public MessageType<SockclntCreateReply> replyType() {
        return SockclntCreateReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.fixedString(name, 64);
    }

    public static SockclntCreate decode(final WireReader in) {
        final String name = in.fixedString(64);
        return new SockclntCreate(name);
    }
}

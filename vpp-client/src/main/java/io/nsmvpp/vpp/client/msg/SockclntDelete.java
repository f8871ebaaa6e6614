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
 * {@code sockclnt_delete}: the clean goodbye; VPP replies, then closes the socket.
 *
 * @param index {@code index} (u32)
 */
public record SockclntDelete(long index) implements VppRequest<SockclntDeleteReply> {
    public static final String NAME = "sockclnt_delete";
    public static final String CRC = "0x8ac76db6";
    public static final String NAME_CRC = "sockclnt_delete_8ac76db6";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<SockclntDelete> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, SockclntDelete::decode);

    public SockclntDelete {
        Wire.checkU32(index, "index");
    }

    @Override
    public MessageType<SockclntDelete> type() {
        return TYPE;
    }

    @Override
    public MessageType<SockclntDeleteReply> replyType() {
        return SockclntDeleteReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(index);
    }

    public static SockclntDelete decode(final WireReader in) {
        final long index = in.u32();
        return new SockclntDelete(index);
    }
}

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
 * {@code l3xc_del_reply}: the reply to {@link L3xcDel}.
 *
 * @param retval {@code retval} (i32)
 */
public record L3xcDelReply(int retval) implements VppReply {
    public static final String NAME = "l3xc_del_reply";
    public static final String CRC = "0xe8d4e804";
    public static final String NAME_CRC = "l3xc_del_reply_e8d4e804";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<L3xcDelReply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.L3XC, SIZE, L3xcDelReply::decode);

    @Override
    public MessageType<L3xcDelReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
    }

    public static L3xcDelReply decode(final WireReader in) {
        final int retval = in.i32();
        return new L3xcDelReply(retval);
    }
}

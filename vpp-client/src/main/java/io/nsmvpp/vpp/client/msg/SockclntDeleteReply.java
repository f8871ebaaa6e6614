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
 * {@code sockclnt_delete_reply}: note that {@code response} is 1 on success, -1 for an unknown
 * handle. It has no {@code retval}.
 *
 * @param response {@code response} (i32)
 */
public record SockclntDeleteReply(int response) implements VppReply {
    public static final String NAME = "sockclnt_delete_reply";
    public static final String CRC = "0x8f38b1ee";
    public static final String NAME_CRC = "sockclnt_delete_reply_8f38b1ee";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<SockclntDeleteReply> TYPE =
        MessageType.reply(NAME, CRC, MessageType.CORE, SIZE, SockclntDeleteReply::decode);

    @Override
    public MessageType<SockclntDeleteReply> type() {
        return TYPE;
    }

    /** VPP answers 1, not 0, when it accepted the goodbye. */
    public boolean isSuccess() {
        return response == 1;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(response);
    }

    public static SockclntDeleteReply decode(final WireReader in) {
        final int response = in.i32();
        return new SockclntDeleteReply(response);
    }
}

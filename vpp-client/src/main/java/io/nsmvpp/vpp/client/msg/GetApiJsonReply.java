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
import java.util.Objects;

/**
 * {@code get_api_json_reply}: the reply to {@link GetApiJson}.
 *
 * @param retval {@code retval} (i32)
 * @param json {@code json} (string[])
 */
public record GetApiJsonReply(int retval, String json) implements VppReply {
    public static final String NAME = "get_api_json_reply";
    public static final String CRC = "0xea715b59";
    public static final String NAME_CRC = "get_api_json_reply_ea715b59";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 14;
    public static final MessageType<GetApiJsonReply> TYPE =
        MessageType.reply(NAME, CRC, MessageType.CORE, MIN_SIZE, GetApiJsonReply::decode);

    public GetApiJsonReply {
        Objects.requireNonNull(json, "json");
    }

    @Override
    public MessageType<GetApiJsonReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.variableString(json);
    }

    public static GetApiJsonReply decode(final WireReader in) {
        final int retval = in.i32();
        final String json = in.variableString();
        return new GetApiJsonReply(retval, json);
    }
}

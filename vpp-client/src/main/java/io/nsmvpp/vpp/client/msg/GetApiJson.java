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
 * {@code get_api_json}: VPP's API definitions as JSON.
 */
public record GetApiJson() implements VppRequest<GetApiJsonReply> {
    public static final String NAME = "get_api_json";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "get_api_json_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<GetApiJson> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, GetApiJson::decode);

    @Override
    public MessageType<GetApiJson> type() {
        return TYPE;
    }

    @Override
    public MessageType<GetApiJsonReply> replyType() {
        return GetApiJsonReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static GetApiJson decode(final WireReader in) {
        return new GetApiJson();
    }
}

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
 * {@code create_loopback}: creates {@code loop<N>} with the lowest free instance.
 *
 * @param macAddress {@code mac_address} (mac_address)
 */
public record CreateLoopback(MacAddress macAddress) implements VppRequest<CreateLoopbackReply> {
    public static final String NAME = "create_loopback";
    public static final String CRC = "0x42bb5d22";
    public static final String NAME_CRC = "create_loopback_42bb5d22";
    /** Body size in bytes, header included. */
    public static final int SIZE = 16;
    public static final MessageType<CreateLoopback> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, CreateLoopback::decode);

    public CreateLoopback {
        Objects.requireNonNull(macAddress, "macAddress");
    }

    @Override
    public MessageType<CreateLoopback> type() {
        return TYPE;
    }

    @Override
    public MessageType<CreateLoopbackReply> replyType() {
        return CreateLoopbackReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        macAddress.encode(out);
    }

    public static CreateLoopback decode(final WireReader in) {
        final MacAddress macAddress = MacAddress.decode(in);
        return new CreateLoopback(macAddress);
    }
}

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
import java.util.Objects;

/**
 * {@code create_loopback_instance}: creates a loopback, optionally with a given instance
 * (at most 16383).
 *
 * @param macAddress {@code mac_address} (mac_address)
 * @param isSpecified {@code is_specified} (bool)
 * @param userInstance {@code user_instance} (u32)
 */
public record CreateLoopbackInstance(
        MacAddress macAddress, boolean isSpecified, long userInstance)
        implements VppRequest<CreateLoopbackInstanceReply> {
    public static final String NAME = "create_loopback_instance";
    public static final String CRC = "0xd36a3ee2";
    public static final String NAME_CRC = "create_loopback_instance_d36a3ee2";
    /** Body size in bytes, header included. */
    public static final int SIZE = 21;
    public static final MessageType<CreateLoopbackInstance> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, CreateLoopbackInstance::decode);

    public CreateLoopbackInstance {
        Objects.requireNonNull(macAddress, "macAddress");
        Wire.checkU32(userInstance, "userInstance");
    }

    @Override
    public MessageType<CreateLoopbackInstance> type() {
        return TYPE;
    }

    @Override
    public MessageType<CreateLoopbackInstanceReply> replyType() {
        return CreateLoopbackInstanceReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        macAddress.encode(out);
        out.bool(isSpecified);
        out.u32(userInstance);
    }

    public static CreateLoopbackInstance decode(final WireReader in) {
        final MacAddress macAddress = MacAddress.decode(in);
        final boolean isSpecified = in.bool();
        final long userInstance = in.u32();
        return new CreateLoopbackInstance(macAddress, isSpecified, userInstance);
    }
}

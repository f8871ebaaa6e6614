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
 * {@code show_version}: VPP's program, version and build strings.
 */
public record ShowVersion() implements VppRequest<ShowVersionReply> {
    public static final String NAME = "show_version";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "show_version_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<ShowVersion> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, ShowVersion::decode);

    @Override
    public MessageType<ShowVersion> type() {
        return TYPE;
    }

    @Override
    public MessageType<ShowVersionReply> replyType() {
        return ShowVersionReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static ShowVersion decode(final WireReader in) {
        return new ShowVersion();
    }
}

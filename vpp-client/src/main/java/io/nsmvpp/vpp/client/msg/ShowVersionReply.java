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
 * {@code show_version_reply}: the reply to {@link ShowVersion}.
 *
 * @param retval {@code retval} (i32)
 * @param program {@code program} (string[32])
 * @param version {@code version} (string[32])
 * @param buildDate {@code build_date} (string[32])
 * @param buildDirectory {@code build_directory} (string[256])
 */
public record ShowVersionReply(
        int retval, String program, String version, String buildDate, String buildDirectory) implements VppReply {
    public static final String NAME = "show_version_reply";
    public static final String CRC = "0xc919bde1";
    public static final String NAME_CRC = "show_version_reply_c919bde1";
    /** Body size in bytes, header included. */
    public static final int SIZE = 362;
    public static final MessageType<ShowVersionReply> TYPE =
        MessageType.reply(NAME, CRC, MessageType.CORE, SIZE, ShowVersionReply::decode);

    public ShowVersionReply {
        Wire.checkFixedString(program, 32, "program");
        Wire.checkFixedString(version, 32, "version");
        Wire.checkFixedString(buildDate, 32, "buildDate");
        Wire.checkFixedString(buildDirectory, 256, "buildDirectory");
    }

    @Override
    public MessageType<ShowVersionReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.fixedString(program, 32);
        out.fixedString(version, 32);
        out.fixedString(buildDate, 32);
        out.fixedString(buildDirectory, 256);
    }

    public static ShowVersionReply decode(final WireReader in) {
        final int retval = in.i32();
        final String program = in.fixedString(32);
        final String version = in.fixedString(32);
        final String buildDate = in.fixedString(32);
        final String buildDirectory = in.fixedString(256);
        return new ShowVersionReply(retval, program, version, buildDate, buildDirectory);
    }
}

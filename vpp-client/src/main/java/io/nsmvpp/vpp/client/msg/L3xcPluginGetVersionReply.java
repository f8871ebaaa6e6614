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
 * {@code l3xc_plugin_get_version_reply}: it has no {@code retval}.
 *
 * @param major {@code major} (u32)
 * @param minor {@code minor} (u32)
 */
public record L3xcPluginGetVersionReply(long major, long minor) implements VppReply {
    public static final String NAME = "l3xc_plugin_get_version_reply";
    public static final String CRC = "0x9b32cf86";
    public static final String NAME_CRC = "l3xc_plugin_get_version_reply_9b32cf86";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<L3xcPluginGetVersionReply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.L3XC, SIZE, L3xcPluginGetVersionReply::decode);

    public L3xcPluginGetVersionReply {
        Wire.checkU32(major, "major");
        Wire.checkU32(minor, "minor");
    }

    @Override
    public MessageType<L3xcPluginGetVersionReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(major);
        out.u32(minor);
    }

    public static L3xcPluginGetVersionReply decode(final WireReader in) {
        final long major = in.u32();
        final long minor = in.u32();
        return new L3xcPluginGetVersionReply(major, minor);
    }
}

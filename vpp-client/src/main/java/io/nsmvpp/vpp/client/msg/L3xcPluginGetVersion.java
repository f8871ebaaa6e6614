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
 * {@code l3xc_plugin_get_version}: the l3xc plugin's API version.
 */
public record L3xcPluginGetVersion() implements VppRequest<L3xcPluginGetVersionReply> {
    public static final String NAME = "l3xc_plugin_get_version";
    public static final String CRC = "0x51077d14";
    public static final String NAME_CRC = "l3xc_plugin_get_version_51077d14";
    /** Body size in bytes, header included. */
    public static final int SIZE = 10;
    public static final MessageType<L3xcPluginGetVersion> TYPE =
        MessageType.request(NAME, CRC, Plugins.L3XC, SIZE, L3xcPluginGetVersion::decode);

    @Override
    public MessageType<L3xcPluginGetVersion> type() {
        return TYPE;
    }

    @Override
    public MessageType<L3xcPluginGetVersionReply> replyType() {
        return L3xcPluginGetVersionReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
    }

    public static L3xcPluginGetVersion decode(final WireReader in) {
        return new L3xcPluginGetVersion();
    }
}

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
 * {@code af_packet_delete}: deletes an af_packet interface by its <em>host</em> name; an unknown
 * name gives -11.
 *
 * @param hostIfName {@code host_if_name} (string[64])
 */
public record AfPacketDelete(String hostIfName) implements VppRequest<AfPacketDeleteReply> {
    public static final String NAME = "af_packet_delete";
    public static final String CRC = "0x863fa648";
    public static final String NAME_CRC = "af_packet_delete_863fa648";
    /** Body size in bytes, header included. */
    public static final int SIZE = 74;
    public static final MessageType<AfPacketDelete> TYPE =
        MessageType.request(NAME, CRC, Plugins.AF_PACKET, SIZE, AfPacketDelete::decode);

    public AfPacketDelete {
        Wire.checkFixedString(hostIfName, 64, "hostIfName");
    }

    @Override
    public MessageType<AfPacketDelete> type() {
        return TYPE;
    }

    @Override
    public MessageType<AfPacketDeleteReply> replyType() {
        return AfPacketDeleteReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.fixedString(hostIfName, 64);
    }

    public static AfPacketDelete decode(final WireReader in) {
        final String hostIfName = in.fixedString(64);
        return new AfPacketDelete(hostIfName);
    }
}

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
 * {@code wireguard_peer_add_v2_reply}: the reply to {@link WireguardPeerAddV2}.
 * Marked in-progress in VPP v26.06: its CRC may change.
 *
 * @param retval {@code retval} (i32)
 * @param peerIndex {@code peer_index} (u32)
 */
public record WireguardPeerAddV2Reply(int retval, long peerIndex) implements VppReply {
    public static final String NAME = "wireguard_peer_add_v2_reply";
    public static final String CRC = "0x084a0cd3";
    public static final String NAME_CRC = "wireguard_peer_add_v2_reply_084a0cd3";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<WireguardPeerAddV2Reply> TYPE =
        MessageType.reply(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardPeerAddV2Reply::decode);

    public WireguardPeerAddV2Reply {
        Wire.checkU32(peerIndex, "peerIndex");
    }

    @Override
    public MessageType<WireguardPeerAddV2Reply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(retval);
        out.u32(peerIndex);
    }

    public static WireguardPeerAddV2Reply decode(final WireReader in) {
        final int retval = in.i32();
        final long peerIndex = in.u32();
        return new WireguardPeerAddV2Reply(retval, peerIndex);
    }
}

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
 * {@code wireguard_peer_remove}: removes a peer by index.
 *
 * @param peerIndex {@code peer_index} (u32)
 */
public record WireguardPeerRemove(long peerIndex) implements VppRequest<WireguardPeerRemoveReply> {
    public static final String NAME = "wireguard_peer_remove";
    public static final String CRC = "0x3b74607a";
    public static final String NAME_CRC = "wireguard_peer_remove_3b74607a";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<WireguardPeerRemove> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardPeerRemove::decode);

    public WireguardPeerRemove {
        Wire.checkU32(peerIndex, "peerIndex");
    }

    @Override
    public MessageType<WireguardPeerRemove> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardPeerRemoveReply> replyType() {
        return WireguardPeerRemoveReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(peerIndex);
    }

    public static WireguardPeerRemove decode(final WireReader in) {
        final long peerIndex = in.u32();
        return new WireguardPeerRemove(peerIndex);
    }
}

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
 * {@code wireguard_peer_add}: adds a peer; the reply carries its {@code peer_index}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param peer {@code peer} (wireguard_peer)
 */
public record WireguardPeerAdd(WireguardPeer peer) implements VppRequest<WireguardPeerAddReply> {
    public static final String NAME = "wireguard_peer_add";
    public static final String CRC = "0x9b8aad61";
    public static final String NAME_CRC = "wireguard_peer_add_9b8aad61";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 77;
    public static final MessageType<WireguardPeerAdd> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, MIN_SIZE, WireguardPeerAdd::decode);

    public WireguardPeerAdd {
        Objects.requireNonNull(peer, "peer");
    }

    @Override
    public MessageType<WireguardPeerAdd> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardPeerAddReply> replyType() {
        return WireguardPeerAddReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        peer.encode(out);
    }

    public static WireguardPeerAdd decode(final WireReader in) {
        final WireguardPeer peer = WireguardPeer.decode(in);
        return new WireguardPeerAdd(peer);
    }
}

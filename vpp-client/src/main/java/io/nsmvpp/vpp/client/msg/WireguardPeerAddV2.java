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
 * {@code wireguard_peer_add_v2}: adds a peer with a preshared key.
 * Marked in-progress in VPP v26.06: its CRC may change.
 *
 * @param peer {@code peer} (wireguard_peer_v2)
 */
public record WireguardPeerAddV2(WireguardPeerV2 peer) implements VppRequest<WireguardPeerAddV2Reply> {
    public static final String NAME = "wireguard_peer_add_v2";
    public static final String CRC = "0x4a07ba90";
    public static final String NAME_CRC = "wireguard_peer_add_v2_4a07ba90";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 110;
    public static final MessageType<WireguardPeerAddV2> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, MIN_SIZE, WireguardPeerAddV2::decode);

    public WireguardPeerAddV2 {
        Objects.requireNonNull(peer, "peer");
    }

    @Override
    public MessageType<WireguardPeerAddV2> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardPeerAddV2Reply> replyType() {
        return WireguardPeerAddV2Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        peer.encode(out);
    }

    public static WireguardPeerAddV2 decode(final WireReader in) {
        final WireguardPeerV2 peer = WireguardPeerV2.decode(in);
        return new WireguardPeerAddV2(peer);
    }
}

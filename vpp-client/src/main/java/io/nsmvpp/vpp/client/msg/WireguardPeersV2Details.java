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
 * {@code wireguard_peers_v2_details}: one peer of a {@link WireguardPeersV2Dump}.
 * Marked in-progress in VPP v26.06: its CRC may change.
 *
 * @param peer {@code peer} (wireguard_peer_v2)
 */
public record WireguardPeersV2Details(WireguardPeerV2 peer) implements VppMessage {
    public static final String NAME = "wireguard_peers_v2_details";
    public static final String CRC = "0xf5b86f42";
    public static final String NAME_CRC = "wireguard_peers_v2_details_f5b86f42";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 106;
    public static final MessageType<WireguardPeersV2Details> TYPE =
        MessageType.details(NAME, CRC, Plugins.WIREGUARD, MIN_SIZE, WireguardPeersV2Details::decode);

    public WireguardPeersV2Details {
        Objects.requireNonNull(peer, "peer");
    }

    @Override
    public MessageType<WireguardPeersV2Details> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        peer.encode(out);
    }

    public static WireguardPeersV2Details decode(final WireReader in) {
        final WireguardPeerV2 peer = WireguardPeerV2.decode(in);
        return new WireguardPeersV2Details(peer);
    }
}

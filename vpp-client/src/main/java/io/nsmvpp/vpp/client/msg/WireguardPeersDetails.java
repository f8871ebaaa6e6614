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
 * {@code wireguard_peers_details}: one peer of a {@link WireguardPeersDump}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param peer {@code peer} (wireguard_peer)
 */
public record WireguardPeersDetails(WireguardPeer peer) implements VppMessage {
    public static final String NAME = "wireguard_peers_details";
    public static final String CRC = "0x6a9f6bc3";
    public static final String NAME_CRC = "wireguard_peers_details_6a9f6bc3";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 73;
    public static final MessageType<WireguardPeersDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.WIREGUARD, MIN_SIZE, WireguardPeersDetails::decode);

    public WireguardPeersDetails {
        Objects.requireNonNull(peer, "peer");
    }

    @Override
    public MessageType<WireguardPeersDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        peer.encode(out);
    }

    public static WireguardPeersDetails decode(final WireReader in) {
        final WireguardPeer peer = WireguardPeer.decode(in);
        return new WireguardPeersDetails(peer);
    }
}

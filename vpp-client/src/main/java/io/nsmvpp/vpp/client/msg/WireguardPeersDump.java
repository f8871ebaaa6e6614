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
 * {@code wireguard_peers_dump}: lists peers ({@code peerIndex} ~0 for all), with their
 * {@code peer_index}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param peerIndex {@code peer_index} (u32)
 */
public record WireguardPeersDump(long peerIndex) implements VppDump<WireguardPeersDetails> {
    public static final String NAME = "wireguard_peers_dump";
    public static final String CRC = "0x3b74607a";
    public static final String NAME_CRC = "wireguard_peers_dump_3b74607a";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<WireguardPeersDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardPeersDump::decode);

    public WireguardPeersDump {
        Wire.checkU32(peerIndex, "peerIndex");
    }

    @Override
    public MessageType<WireguardPeersDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardPeersDetails> detailsType() {
        return WireguardPeersDetails.TYPE;
    }

    /** Every WireGuard peer. */
    public static WireguardPeersDump all() {
        return new WireguardPeersDump(Wire.U32_MAX);
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(peerIndex);
    }

    public static WireguardPeersDump decode(final WireReader in) {
        final long peerIndex = in.u32();
        return new WireguardPeersDump(peerIndex);
    }
}

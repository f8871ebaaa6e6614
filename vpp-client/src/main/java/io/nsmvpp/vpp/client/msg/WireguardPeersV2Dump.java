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
 * {@code wireguard_peers_v2_dump}: lists v2 peers ({@code peerIndex} ~0 for all).
 * Marked in-progress in VPP v26.06: its CRC may change.
 *
 * @param peerIndex {@code peer_index} (u32)
 */
public record WireguardPeersV2Dump(long peerIndex) implements VppDump<WireguardPeersV2Details> {
    public static final String NAME = "wireguard_peers_v2_dump";
    public static final String CRC = "0x3b74607a";
    public static final String NAME_CRC = "wireguard_peers_v2_dump_3b74607a";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<WireguardPeersV2Dump> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardPeersV2Dump::decode);

    public WireguardPeersV2Dump {
        Wire.checkU32(peerIndex, "peerIndex");
    }

    @Override
    public MessageType<WireguardPeersV2Dump> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardPeersV2Details> detailsType() {
        return WireguardPeersV2Details.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(peerIndex);
    }

    public static WireguardPeersV2Dump decode(final WireReader in) {
        final long peerIndex = in.u32();
        return new WireguardPeersV2Dump(peerIndex);
    }
}

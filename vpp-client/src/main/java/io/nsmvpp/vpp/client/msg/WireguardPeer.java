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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code wireguard_peer}: a peer of a WireGuard interface. Variable size: 67 bytes plus 18 per
 * allowed prefix. {@code peerIndex} is VPP's, and is how the peer is removed.
 *
 * @param peerIndex {@code peer_index} (u32)
 * @param publicKey {@code public_key} (u8[32])
 * @param port {@code port} (u16)
 * @param persistentKeepalive {@code persistent_keepalive} (u16)
 * @param tableId {@code table_id} (u32)
 * @param endpoint {@code endpoint} (address)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param flags {@code flags} (u8 wireguard_peer_flags, see {@link WireguardPeerFlags})
 * @param allowedIps {@code allowed_ips} (prefix[n_allowed_ips], its count {@code n_allowed_ips} is implied)
 */
public record WireguardPeer(
        long peerIndex, WireguardKey publicKey, int port, int persistentKeepalive, long tableId, Address endpoint,
        long swIfIndex, int flags, List<Prefix> allowedIps) {
    /** Smallest size (no array elements) on the wire. */
    public static final int SIZE = 67;

    public WireguardPeer {
        Wire.checkU32(peerIndex, "peerIndex");
        Objects.requireNonNull(publicKey, "publicKey");
        Wire.checkU16(port, "port");
        Wire.checkU16(persistentKeepalive, "persistentKeepalive");
        Wire.checkU32(tableId, "tableId");
        Objects.requireNonNull(endpoint, "endpoint");
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU8(flags, "flags");
        allowedIps = List.copyOf(allowedIps);
        Wire.checkCount(allowedIps.size(), Wire.U8_MAX, "allowedIps");
    }

    public void encode(final WireWriter out) {
        out.u32(peerIndex);
        publicKey.encode(out);
        out.u16(port);
        out.u16(persistentKeepalive);
        out.u32(tableId);
        endpoint.encode(out);
        out.u32(swIfIndex);
        out.u8(flags);
        out.u8(allowedIps.size());
        for (Prefix element : allowedIps) {
            element.encode(out);
        }
    }

    public static WireguardPeer decode(final WireReader in) {
        final long peerIndex = in.u32();
        final WireguardKey publicKey = WireguardKey.decode(in);
        final int port = in.u16();
        final int persistentKeepalive = in.u16();
        final long tableId = in.u32();
        final Address endpoint = Address.decode(in);
        final long swIfIndex = in.u32();
        final int flags = in.u8();
        final int allowedIpsCount = in.count(in.u8(), Prefix.SIZE);
        final var allowedIps = new ArrayList<Prefix>(allowedIpsCount);
        for (int i = 0; i < allowedIpsCount; i++) {
            allowedIps.add(Prefix.decode(in));
        }
        return new WireguardPeer(
            peerIndex, publicKey, port, persistentKeepalive, tableId, endpoint, swIfIndex, flags, allowedIps);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** WireGuard interfaces and their peers. */
public interface WireguardHandler {
    /** The request whose refusal (an error retval) means VPP made no interface. */
    String CREATE_REQUEST = io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate.NAME;

    /** A peer as nsm-vpp configures it: one per interface. */
    record Peer(WireguardKey publicKey, Address endpoint, int port, int persistentKeepalive,
            List<Prefix> allowedIps) {
    }

    /** Creates an interface with the lowest free instance; {@code port} 0 lets VPP choose. */
    CompletionStage<Long> createInterface(WireguardKey privateKey, int port, Address source);

    /** Deletes an interface; VPP removes its peers with it. */
    CompletionStage<Void> deleteInterface(long swIfIndex);

    /** Adds the peer; the stage holds its {@code peer_index}. */
    CompletionStage<Long> addPeer(long swIfIndex, Peer peer);

    CompletionStage<Void> removePeer(long peerIndex);

    CompletionStage<List<WireguardPeersDetails>> dumpPeers();

    CompletionStage<List<WireguardInterfaceDetails>> dumpInterfaces();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static WireguardHandler of(final VppApi vpp) {
        return new VppWireguardHandler(vpp);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.WireguardInterface;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreateReply;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDelete;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeerAdd;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddReply;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemove;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The {@link WireguardHandler} that sends its calls to VPP. */
record VppWireguardHandler(VppApi vpp) implements WireguardHandler {
    private static final long ANY = 0xFFFF_FFFFL;

    @Override
    public CompletionStage<Long> createInterface(final WireguardKey privateKey, final int port, final Address source) {
        return vpp.send(new WireguardInterfaceCreate(new WireguardInterface(ANY, ANY, privateKey, WireguardKey.ZERO,
            port, source), false)).thenApply(WireguardInterfaceCreateReply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> deleteInterface(final long swIfIndex) {
        return vpp.send(new WireguardInterfaceDelete(swIfIndex)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Long> addPeer(final long swIfIndex, final Peer peer) {
        return vpp.send(new WireguardPeerAdd(new WireguardPeer(ANY, peer.publicKey(), peer.port(),
            peer.persistentKeepalive(), 0, peer.endpoint(), swIfIndex, 0, peer.allowedIps())))
            .thenApply(WireguardPeerAddReply::peerIndex);
    }

    @Override
    public CompletionStage<Void> removePeer(final long peerIndex) {
        return vpp.send(new WireguardPeerRemove(peerIndex)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<List<WireguardPeersDetails>> dumpPeers() {
        return vpp.dump(new WireguardPeersDump(ANY));
    }

    @Override
    public CompletionStage<List<WireguardInterfaceDetails>> dumpInterfaces() {
        return vpp.dump(new WireguardInterfaceDump(false, ANY));
    }
}

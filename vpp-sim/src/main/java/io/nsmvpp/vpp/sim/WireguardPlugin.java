/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.WireguardInterface;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreateReply;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDelete;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDeleteReply;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeerAdd;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddReply;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddV2;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddV2Reply;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemove;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemoveReply;
import io.nsmvpp.vpp.client.msg.WireguardPeerV2;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.client.msg.WireguardPeersV2Details;
import io.nsmvpp.vpp.client.msg.WireguardPeersV2Dump;
import io.nsmvpp.vpp.sim.Handlers.Call;
import io.nsmvpp.vpp.sim.InterfaceCore.Created;
import io.nsmvpp.vpp.sim.WireguardPeers.PeerArgs;
import io.nsmvpp.vpp.sim.WireguardPeers.WgPeer;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The wireguard plugin: {@code wg<instance>} interfaces, whose public key is derived from the private one as VPP
 * does, and their peers ({@link WireguardPeers}).
 */
final class WireguardPlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    /** wireguard_if.c: WG_ITF_MAX_INSTANCE; instances at or above it are refused with -31. */
    static final int WIREGUARD_MAX_INSTANCE = 16 * 1024;

    /** A wireguard interface; the keys are 32 raw bytes. */
    record Wireguard(int instance, byte[] privateKey, byte[] publicKey, int port, InetAddress srcIp)
            implements Iface.Device {
    }

    private final InterfaceCore core;
    private final BitSet instances = new BitSet();
    private final WireguardPeers peers;

    WireguardPlugin(final InterfaceCore core) {
        this.core = core;
        this.peers = new WireguardPeers(core);
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(WireguardInterfaceCreate.TYPE, WireguardInterfaceCreateReply.TYPE, (call, request) -> {
            final WireguardInterface wg = request.iface();
            final var created = create(wg.userInstance(), wg.privateKey().toBytes(), request.generateKey(), wg.port(),
                Handlers.inet(wg.srcIp()));
            call.reply(new WireguardInterfaceCreateReply(created.retval(), created.swIfIndex()));
        });
        table.add(WireguardInterfaceDelete.TYPE, WireguardInterfaceDeleteReply.TYPE, (call, request) ->
            call.reply(new WireguardInterfaceDeleteReply(wireguardInterfaceDelete(request.swIfIndex()))));
        table.add(WireguardInterfaceDump.TYPE, null, this::dump);
        table.add(WireguardPeerAdd.TYPE, WireguardPeerAddReply.TYPE, (call, request) -> {
            final WireguardPeer p = request.peer();
            final var result = addPeer(p.swIfIndex(), p.publicKey(), null, p.port(), p.persistentKeepalive(),
                p.tableId(), p.endpoint(), p.allowedIps());
            call.reply(new WireguardPeerAddReply(result.retval(), result.peerIndex()));
        });
        // v2 adds a preshared key, used only when preshared_key_set.
        table.add(WireguardPeerAddV2.TYPE, WireguardPeerAddV2Reply.TYPE, (call, request) -> {
            final var p = request.peer();
            final var result = addPeer(p.swIfIndex(), p.publicKey(), p.presharedKeySet() ? p.presharedKey() : null,
                p.port(), p.persistentKeepalive(), p.tableId(), p.endpoint(), p.allowedIps());
            call.reply(new WireguardPeerAddV2Reply(result.retval(), result.peerIndex()));
        });
        table.add(WireguardPeerRemove.TYPE, WireguardPeerRemoveReply.TYPE, (call, request) ->
            call.reply(new WireguardPeerRemoveReply(peers.remove(request.peerIndex()))));
        table.add(WireguardPeersDump.TYPE, null, this::peersDump);
        table.add(WireguardPeersV2Dump.TYPE, null, this::peersV2Dump);
    }

    private void dump(final Call call, final WireguardInterfaceDump request) {
        for (Iface iface : core.ifacesOf(Wireguard.class, request.swIfIndex())) {
            final var wg = (Wireguard) iface.device;
            call.reply(new WireguardInterfaceDetails(new WireguardInterface(wg.instance(), iface.swIfIndex,
                request.showPrivateKey() ? WireguardKey.of(wg.privateKey()) : WireguardKey.ZERO,
                WireguardKey.of(wg.publicKey()), wg.port(), Handlers.address(wg.srcIp()))));
        }
    }

    private WireguardPeers.PeerResult addPeer(final long swIfIndex, final WireguardKey key,
            final WireguardKey presharedKey, final int port, final int keepalive, final long tableId,
            final Address endpoint, final List<Prefix> allowed) {
        final var prefixes = new ArrayList<IpPrefix>(allowed.size());
        for (Prefix p : allowed) {
            prefixes.add(Handlers.prefix(p));
        }
        return peers.add(new PeerArgs(swIfIndex, key.toBytes(), presharedKey == null ? null : presharedKey.toBytes(),
            port, keepalive, tableId, Handlers.inet(endpoint), prefixes));
    }

    private static List<Prefix> allowed(final WgPeer peer) {
        final var allowed = new ArrayList<Prefix>(peer.allowedIps().size());
        for (IpPrefix p : peer.allowedIps()) {
            allowed.add(Handlers.prefix(p));
        }
        return allowed;
    }

    private void peersDump(final Call call, final WireguardPeersDump request) {
        for (WgPeer peer : peers.list(request.peerIndex())) {
            call.reply(new WireguardPeersDetails(new WireguardPeer(peer.peerIndex(),
                WireguardKey.of(peer.publicKey()), peer.port(), peer.keepalive(), peer.tableId(),
                Handlers.address(peer.endpoint()), peer.swIfIndex(), 0, allowed(peer))));
        }
    }

    /** As v1, plus the preshared key and whether it is set (VPP: whether it is not all zeros). */
    private void peersV2Dump(final Call call, final WireguardPeersV2Dump request) {
        for (WgPeer peer : peers.list(request.peerIndex())) {
            final WireguardKey psk = WireguardKey.of(peer.presharedKey());
            call.reply(new WireguardPeersV2Details(new WireguardPeerV2(peer.peerIndex(), psk,
                !psk.equals(WireguardKey.ZERO), WireguardKey.of(peer.publicKey()), peer.port(), peer.keepalive(),
                peer.tableId(), Handlers.address(peer.endpoint()), peer.swIfIndex(), 0, allowed(peer))));
        }
    }

    Created create(final long userInstance, final byte[] privateKey, final boolean generateKey, final int port,
            final InetAddress srcIp) {
        final int instance;
        if (userInstance != InterfaceCore.NONE) {
            if (userInstance >= WIREGUARD_MAX_INSTANCE || instances.get((int) userInstance)) {
                return Created.fail(Retval.INVALID_REGISTRATION, InterfaceCore.NONE);
            }
            instance = (int) userInstance;
        } else {
            instance = instances.nextClearBit(0);
            if (instance >= WIREGUARD_MAX_INSTANCE) {
                return Created.fail(Retval.INVALID_REGISTRATION, InterfaceCore.NONE);
            }
        }
        final byte[] priv = generateKey ? core.randomBytes(32) : privateKey.clone();
        instances.set(instance);
        final Wireguard wg = new Wireguard(instance, priv, Curve25519.publicKey(priv), port, srcIp);
        final Iface iface = core.register("wg" + instance, "Wireguard Tunnel", new byte[6], 0, this, wg, false,
            false);
        peers.wasWireguard(iface.swIfIndex);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    int wireguardInterfaceDelete(final long swIfIndex) {
        final Iface iface = core.iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (!(iface.device instanceof Wireguard wg)) {
            return Retval.INVALID_VALUE;
        }
        peers.removeAllOf(iface.swIfIndex);
        instances.clear(wg.instance());
        core.unregister(iface);
        return Retval.OK;
    }

    @Override
    public void delete(final Iface iface) {
        wireguardInterfaceDelete(iface.swIfIndex);
    }
}

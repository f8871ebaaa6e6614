/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.WireguardInterface;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDelete;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeerAdd;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddV2;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemove;
import io.nsmvpp.vpp.client.msg.WireguardPeerV2;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.client.msg.WireguardPeersV2Dump;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WireGuard interfaces and peers. */
class WireguardConformanceTest extends ConformanceBase {
    private long createWg(final long instance, final WireguardKey key, final boolean generate) throws IOException {
        final var reply = vpp.request(new WireguardInterfaceCreate(new WireguardInterface(instance, NONE, key,
            WireguardKey.ZERO, 51820 + random(1000), Address.parse("10.0.0.1")), generate));
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique)).retval());
        onCleanup(() -> vpp.request(new WireguardInterfaceDelete(index)));
        return index;
    }

    private static WireguardKey randomKey() {
        final byte[] bytes = new byte[32];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
        return WireguardKey.of(bytes);
    }

    private long addPeer(final long swIfIndex, final WireguardKey key, final String... allowed) throws IOException {
        final var reply = vpp.request(peer(swIfIndex, key, allowed));
        assertEquals(0, reply.retval());
        onCleanup(() -> vpp.request(new WireguardPeerRemove(reply.peerIndex())));
        return reply.peerIndex();
    }

    private static WireguardPeerAdd peer(final long swIfIndex, final WireguardKey key, final String... allowed) {
        return new WireguardPeerAdd(new WireguardPeer(NONE, key, 51820, 0, 0, Address.parse("192.0.2.2"), swIfIndex,
            0, java.util.Arrays.stream(allowed).map(Prefix::parse).toList()));
    }

    @Test
    void interfaceDefaultsAndKeys() throws IOException {
        final long index = createWg(NONE, WireguardKey.ZERO, true);
        final var d = details(index);
        assertTrue(d.interfaceName().matches("wg\\d+"), d.interfaceName());
        assertEquals("Wireguard Tunnel", d.interfaceDevType());
        assertEquals(0, d.l2Address().value());
        assertEquals(0, d.linkMtu());
        assertEquals(0, d.flags());
        final var hidden = vpp.dump(new WireguardInterfaceDump(false, index));
        assertEquals(1, hidden.size());
        assertEquals(WireguardKey.ZERO, hidden.get(0).iface().privateKey(), "private key hidden by default");
        assertEquals(Long.parseLong(d.interfaceName().substring(2)), hidden.get(0).iface().userInstance());
        final var shown = vpp.dump(new WireguardInterfaceDump(true, index)).get(0).iface();
        assertTrue(!shown.privateKey().equals(WireguardKey.ZERO), "generated private key");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(3, details(index).flags(), "link follows admin");
    }

    @Test
    void publicKeyIsDerivedFromTheGivenPrivateKey() throws IOException {
        final byte[] priv = new byte[32];
        for (int i = 0; i < 32; i++) {
            priv[i] = (byte) (i + 1);
        }
        final long index = createWg(NONE, WireguardKey.of(priv), false);
        final var iface = vpp.dump(new WireguardInterfaceDump(true, index)).get(0).iface();
        assertEquals(WireguardKey.of(priv), iface.privateKey());
        assertEquals(WireguardKey.of(HexFormat.of().parseHex(
            "07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c")), iface.publicKey());
    }

    @Test
    void explicitInstanceInUseIsRefused() throws IOException {
        assertEquals(-31, vpp.request(new WireguardInterfaceCreate(new WireguardInterface(16_384, NONE,
            WireguardKey.ZERO, WireguardKey.ZERO, 51999, Address.parse("10.0.0.1")), true)).retval(),
            "instances stop at 16383");
        final long instance = 8_000 + random(8_000);
        final long index = createWg(instance, WireguardKey.ZERO, true);
        assertEquals("wg" + instance, details(index).interfaceName());
        final var clash = vpp.request(new WireguardInterfaceCreate(new WireguardInterface(instance, NONE,
            WireguardKey.ZERO, WireguardKey.ZERO, 51999, Address.parse("10.0.0.1")), true));
        assertEquals(-31, clash.retval());
        assertEquals(NONE, clash.swIfIndex());
    }

    @Test
    void peersAreUniqueByKeyAcrossInterfacesAndKeptAsSent() throws IOException {
        final long wg0 = createWg(NONE, WireguardKey.ZERO, true);
        final long wg1 = createWg(NONE, WireguardKey.ZERO, true);
        final WireguardKey key = randomKey();
        final long peer = addPeer(wg0, key, "10.100.0.0/24", "10.1.2.3/16");
        final var rows = vpp.dump(new WireguardPeersDump(peer));
        assertEquals(1, rows.size());
        final WireguardPeer row = rows.get(0).peer();
        assertEquals(peer, row.peerIndex());
        assertEquals(wg0, row.swIfIndex());
        assertEquals(key, row.publicKey());
        // Kept as sent: VPP does not clear host bits (vpp_papi does, on the client side).
        assertEquals(List.of(Prefix.parse("10.100.0.0/24"), Prefix.parse("10.1.2.3/16")), row.allowedIps());
        final var sameIface = vpp.request(peer(wg0, key, "10.100.0.0/24"));
        assertEquals(-116, sameIface.retval());
        assertEquals(NONE, sameIface.peerIndex());
        assertEquals(-116, vpp.request(peer(wg1, key, "10.100.0.0/24")).retval(), "unique across interfaces");
        assertEquals(-7, vpp.request(peer(wg1, randomKey())).retval(), "no allowed ips");
        assertEquals(-7, vpp.request(peer(loopback(), randomKey())).retval(),
            "allowed ips are checked before the interface kind");
        // local0: any other interface may sit on an index that was a wireguard interface once, which VPP v26.06
        // still takes for it (see SimulatorTest).
        assertEquals(-2, vpp.request(peer(0, randomKey(), "10.100.0.0/24")).retval(), "not wireguard");
    }

    @Test
    void deletingAnInterfaceFreesItsPeersInVppsHashOrder() throws IOException {
        // wg_if_delete walks the interface's peer hash and removes each peer: the pool gets the indexes back in
        // hash-bucket order, and the next peers take them last-freed first.
        final long wg0 = createWg(NONE, WireguardKey.ZERO, true);
        final List<Long> first = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final var reply = vpp.request(peer(wg0, randomKey(), "10.100." + i + ".0/24"));
            assertEquals(0, reply.retval());
            first.add(reply.peerIndex());
        }
        assertEquals(0, vpp.request(new WireguardInterfaceDelete(wg0)).retval());
        final List<Long> freed = first.stream().sorted(java.util.Comparator.comparingLong(WireguardPeers::peerBucket))
            .toList();
        final long wg1 = createWg(NONE, WireguardKey.ZERO, true);
        final List<Long> again = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            again.add(addPeer(wg1, randomKey(), "10.101." + i + ".0/24"));
        }
        assertEquals(freed.reversed(), again, "freed " + first + " in bucket order " + freed);
    }

    @Test
    void peersV2DumpShowsThePresharedKey() throws IOException {
        final long wg0 = createWg(NONE, WireguardKey.ZERO, true);
        final WireguardKey psk = randomKey();
        final var withPsk = vpp.request(new WireguardPeerAddV2(new WireguardPeerV2(NONE, psk, true, randomKey(),
            51820, 25, 0, Address.parse("192.0.2.2"), wg0, 0, List.of(Prefix.parse("10.102.0.0/24")))));
        assertEquals(0, withPsk.retval());
        onCleanup(() -> vpp.request(new WireguardPeerRemove(withPsk.peerIndex())));
        final long without = addPeer(wg0, randomKey(), "10.103.0.0/24");
        final var rows = vpp.dump(new WireguardPeersV2Dump(NONE));
        final WireguardPeerV2 one = rows.stream().map(r -> r.peer()).filter(p -> p.peerIndex() == withPsk.peerIndex())
            .findFirst().orElseThrow();
        assertEquals(psk, one.presharedKey());
        assertTrue(one.presharedKeySet());
        assertEquals(25, one.persistentKeepalive());
        final WireguardPeerV2 two = rows.stream().map(r -> r.peer()).filter(p -> p.peerIndex() == without)
            .findFirst().orElseThrow();
        assertEquals(WireguardKey.ZERO, two.presharedKey());
        assertTrue(!two.presharedKeySet());
    }

    @Test
    void peerIndexIsReusedAndRemoveOfAMissingPeerFails() throws IOException {
        final long wg0 = createWg(NONE, WireguardKey.ZERO, true);
        final var first = vpp.request(peer(wg0, randomKey(), "10.100.0.0/24"));
        assertEquals(0, first.retval());
        assertEquals(0, vpp.request(new WireguardPeerRemove(first.peerIndex())).retval());
        assertEquals(-6, vpp.request(new WireguardPeerRemove(first.peerIndex())).retval());
        final long again = addPeer(wg0, randomKey(), "10.100.0.0/24");
        assertEquals(first.peerIndex(), again, "the freed peer index comes back");
    }

    @Test
    void deletingAnInterfaceRemovesItsPeers() throws IOException {
        final long wg0 = createWg(NONE, WireguardKey.ZERO, true);
        final var peer = vpp.request(peer(wg0, randomKey(), "10.100.0.0/24"));
        assertEquals(0, peer.retval());
        assertEquals(0, vpp.request(new WireguardInterfaceDelete(wg0)).retval());
        // Dump all: asking VPP for a freed peer index by number is not safe on every build.
        assertEquals(List.of(), vpp.dump(new WireguardPeersDump(NONE)).stream()
            .filter(p -> p.peer().swIfIndex() == wg0).toList());
        assertEquals(-2, vpp.request(new WireguardInterfaceDelete(wg0)).retval());
        assertEquals(-7, vpp.request(new WireguardInterfaceDelete(loopback())).retval(), "not wireguard");
    }
}

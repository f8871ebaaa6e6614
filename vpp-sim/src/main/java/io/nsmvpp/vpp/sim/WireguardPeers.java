/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wireguard plugin's peers, in peer pool order, with VPP's sw_if_index-to-wireguard map that its interface
 * delete never clears.
 */
final class WireguardPeers {
    private static final Logger LOG = LoggerFactory.getLogger(WireguardPeers.class);

    /** A wireguard peer; {@code presharedKey} is 32 zero bytes when none was given. */
    record WgPeer(int peerIndex, byte[] publicKey, byte[] presharedKey, int port, int keepalive, long tableId,
            InetAddress endpoint, int swIfIndex, List<IpPrefix> allowedIps, long added) {
    }

    /** What wireguard_peer_add(_v2) asks for; {@code presharedKey} is null for v1 or when not set. */
    record PeerArgs(long swIfIndex, byte[] publicKey, byte[] presharedKey, int port, int keepalive, long tableId,
            InetAddress endpoint, List<IpPrefix> allowedIps) {
    }

    record PeerResult(int retval, long peerIndex) {
    }

    private final InterfaceCore core;
    private final Pool pool = new Pool();
    private final List<WgPeer> peers = new ArrayList<>();
    private long added;
    /** Every sw_if_index that has been a wireguard interface: VPP never forgets the mapping (see add). */
    private final BitSet wgEver = new BitSet();

    WireguardPeers(final InterfaceCore core) {
        this.core = core;
    }

    void wasWireguard(final int swIfIndex) {
        wgEver.set(swIfIndex);
    }

    /**
     * wireguard_peer_add(_v2): peer keys are unique across all wireguard interfaces. Allowed IPs are kept exactly as
     * sent: VPP does not clear host bits (the normalisation seen in the v26.06 capture was vpp_papi's, done on the
     * client side; a raw client sending 10.1.2.3/16 reads 10.1.2.3/16 back from a real VPP).
     *
     * <p>VPP finds the wireguard interface through a sw_if_index map that wg_if_delete never clears. On an index
     * that was a wireguard interface once and is something else now (a loopback that reused it), VPP v26.06 does not
     * answer -2 but attaches the peer to the deleted interface's freed state and answers 0: a use after free, which
     * the simulator refuses with {@link Retval#SIM_WOULD_CRASH_VPP}.
     */
    PeerResult add(final PeerArgs args) {
        // As VPP's handler: the index must exist, then allowed IPs are needed, then it must be wireguard.
        final Iface iface = core.iface(args.swIfIndex());
        if (iface == null) {
            return new PeerResult(Retval.INVALID_SW_IF_INDEX, InterfaceCore.NONE);
        }
        if (args.allowedIps().isEmpty()) {
            return new PeerResult(Retval.INVALID_VALUE, InterfaceCore.NONE);
        }
        final boolean wireguard = iface.device instanceof WireguardPlugin.Wireguard;
        final boolean stale = !wireguard && wgEver.get(iface.swIfIndex);
        if (!wireguard && !stale) {
            return new PeerResult(Retval.INVALID_SW_IF_INDEX, InterfaceCore.NONE);
        }
        for (WgPeer peer : peers) {
            if (Arrays.equals(peer.publicKey(), args.publicKey())) {
                return new PeerResult(Retval.ENTRY_ALREADY_EXISTS, InterfaceCore.NONE);
            }
        }
        if (stale) {
            LOG.error("wireguard_peer_add on {}, which was a wireguard interface once: real VPP v26.06 attaches the "
                + "peer to that deleted interface's freed state (use after free); the simulator refuses it with "
                + "retval {}", InterfaceCore.describe(iface), Retval.SIM_WOULD_CRASH_VPP);
            return new PeerResult(Retval.SIM_WOULD_CRASH_VPP, InterfaceCore.NONE);
        }
        final int index = pool.get();
        peers.add(new WgPeer(index, args.publicKey().clone(),
            args.presharedKey() == null ? new byte[32] : args.presharedKey().clone(), args.port(), args.keepalive(),
            args.tableId(), args.endpoint(), iface.swIfIndex, List.copyOf(args.allowedIps()), added++));
        peers.sort((a, b) -> Integer.compare(a.peerIndex(), b.peerIndex()));
        return new PeerResult(Retval.OK, index);
    }

    int remove(final long peerIndex) {
        return pool.release(peers, p -> p.peerIndex() == peerIndex, WgPeer::peerIndex) ? Retval.OK
            : Retval.NO_SUCH_ENTRY;
    }

    List<WgPeer> list(final long peerIndex) {
        return peerIndex == InterfaceCore.NONE ? List.copyOf(peers)
            : peers.stream().filter(p -> p.peerIndex() == peerIndex).toList();
    }

    /**
     * The peers of a wireguard interface that is being deleted. wg_if_delete walks the interface's peer hash (uword
     * keys, 64 buckets) and removes each peer as it goes, so the peer pool gets the indexes back in bucket order,
     * and the next peers reuse them last-freed first.
     */
    void removeAllOf(final int swIfIndex) {
        final List<WgPeer> own = new ArrayList<>();
        for (WgPeer peer : peers) {
            if (peer.swIfIndex() == swIfIndex) {
                own.add(peer);
            }
        }
        own.sort((a, b) -> peerBucket(a.peerIndex()) != peerBucket(b.peerIndex())
            ? Long.compare(peerBucket(a.peerIndex()), peerBucket(b.peerIndex())) : Long.compare(a.added(), b.added()));
        for (WgPeer peer : own) {
            peers.remove(peer);
            pool.put(peer.peerIndex());
        }
    }

    /**
     * The bucket of {@code key} in a fresh VPP uword hash (64 buckets): vppinfra's hash_uword, Bob Jenkins' mix on
     * 64-bit words. Peers of one bucket stay in the order they were added (two per bucket at most is modelled).
     */
    static long peerBucket(final long key) {
        long ha = 0x9e3779b97f4a7c13L + key;
        long hb = 0x9e3779b97f4a7c13L;
        long hc = 0;
        final int[][] shifts = { { 43, 9, 8 }, { 38, 23, 5 }, { 35, 49, 11 }, { 12, 18, 22 } };
        for (int[] shift : shifts) {
            ha -= hb + hc;
            ha ^= hc >>> shift[0];
            hb -= hc + ha;
            hb ^= ha << shift[1];
            hc -= ha + hb;
            hc ^= hb >>> shift[2];
        }
        return hc & 63;
    }
}

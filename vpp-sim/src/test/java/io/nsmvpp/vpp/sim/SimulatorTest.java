/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.msg.WireguardInterface;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDelete;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeerAdd;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.sim.Operation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the simulator can show: requests that would crash a real VPP, fresh-process values (memif's LCG),
 * the message-id shuffle, fault injection and the operation log.
 */
class SimulatorTest {
    private static final long NONE = 0xFFFF_FFFFL;
    private static final Duration QUIET = Duration.ofMillis(300);

    private Path dir;
    private Simulator sim;
    private RawVpp vpp;

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("vpp-sim");
        sim = Simulator.builder(dir.resolve("api.sock")).start();
        vpp = RawVpp.connect(sim.socketPath());
    }

    @AfterEach
    void stop() throws IOException {
        vpp.close();
        sim.close();
        Files.deleteIfExists(dir);
    }

    private MemifCreateV2 memif(final long role, final long mode, final long id) {
        return new MemifCreateV2(role, mode, 0, 0, id, 0, 0, 0, false, false, MacAddress.ZERO, "");
    }

    @Test
    void memifModesThatCrashVppAreRefusedWithoutCreatingAnything() throws IOException {
        for (long mode : new long[] { 2, 7 }) {
            final var reply = vpp.request(memif(0, mode, 6));
            assertEquals(Retval.SIM_WOULD_CRASH_VPP, reply.retval(), "mode " + mode);
        }
        assertEquals(1, sim.interfaceCount());
        assertEquals(2, sim.operations().stream().filter(o -> o.outcome() == Outcome.REFUSED_WOULD_CRASH)
            .count());
        final var unknownRole = vpp.request(memif(5, 0, 8));
        assertEquals(0, unknownRole.retval());
        assertEquals(1, vpp.dump(new MemifDump()).get(0).role(), "an unknown role is a slave");
    }

    @Test
    void deletingALinkLocalAddressFromAnInterfaceWithoutIp6IsRefusedAsVppWouldCrash() throws IOException {
        // Found by DifferentialTest: VPP v26.06 dereferences a NULL link-local address and dies with SIGSEGV.
        final long loop = vpp.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        final var linkLocal = Prefix.parse("fe80::1/128");
        assertEquals(Retval.SIM_WOULD_CRASH_VPP,
            vpp.request(new SwInterfaceAddDelAddress(loop, false, false, linkLocal)).retval());
        assertEquals(1, sim.operations().stream().filter(o -> o.outcome() == Outcome.REFUSED_WOULD_CRASH).count());
        // With an ip6 link (here from a link-local address of its own) the same delete is an ordinary refusal.
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, true, false, Prefix.parse("fe80::2/128")))
            .retval());
        assertEquals(-60, vpp.request(new SwInterfaceAddDelAddress(loop, false, false, linkLocal)).retval());
    }

    @Test
    void aLinkLocalAddressSetWhileAGlobalOneHeldTheLinkGoesWithIt() throws IOException {
        // Found by DifferentialTest (seed 22 crashed VPP v26.06): a link-local address set on a link that a global
        // address created takes no lock of its own, so deleting that global address takes the link away, and a
        // link-local delete then meets VPP's NULL link-local address.
        final long loop = vpp.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        final var global = Prefix.parse("2001:db8:5::1/64");
        final var linkLocal = Prefix.parse("fe80::5/128");
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, true, false, global)).retval());
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, true, false, linkLocal)).retval());
        assertEquals(-61, vpp.request(new SwInterfaceAddDelAddress(loop, false, false, linkLocal)).retval());
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, false, false, global)).retval());
        assertEquals(Retval.SIM_WOULD_CRASH_VPP,
            vpp.request(new SwInterfaceAddDelAddress(loop, false, false, linkLocal)).retval());
        // The same through del_all.
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, true, false, global)).retval());
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, true, false, linkLocal)).retval());
        assertEquals(0, vpp.request(new SwInterfaceAddDelAddress(loop, false, true, global)).retval());
        assertEquals(Retval.SIM_WOULD_CRASH_VPP,
            vpp.request(new SwInterfaceAddDelAddress(loop, false, false, linkLocal)).retval());
    }

    @Test
    void aSecondListenerOnAMemifSocketFileIsRefusedAsVppWouldCorruptItself() throws IOException {
        // Two socket ids on one file: the first master listens; a master on the second id makes VPP v26.06 fail to
        // listen (-14) and leave the second id's use count at -1 (measured with vppctl: "listener yes (4294967295)";
        // a master created next on it does not listen, and the socket id can be deleted under it).
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(true, 20, "shared.sock")).retval());
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(true, 21, "shared.sock")).retval());
        assertEquals(0, vpp.request(new MemifCreateV2(0, 0, 0, 0, 0, 20, 0, 0, false, false, MacAddress.ZERO, ""))
            .retval());
        final var second = vpp.request(new MemifCreateV2(0, 0, 0, 0, 1, 21, 0, 0, false, false, MacAddress.ZERO,
            ""));
        assertEquals(Retval.SIM_WOULD_CRASH_VPP, second.retval());
        assertEquals(2, sim.interfaceCount(), "nothing created");
        assertEquals(1, sim.operations().stream().filter(o -> o.outcome() == Outcome.REFUSED_WOULD_CRASH).count());
        assertEquals(0, vpp.request(new MemifCreateV2(1, 0, 0, 0, 0, 21, 0, 0, false, false, MacAddress.ZERO, ""))
            .retval(), "a slave on the second id is the usual pair");
    }

    @Test
    void aPeerOnAnInterfaceThatWasWireguardOnceIsRefusedAsVppWouldUseFreedState() throws IOException {
        final var wg = vpp.request(new WireguardInterfaceCreate(new WireguardInterface(NONE, NONE, WireguardKey.ZERO,
            WireguardKey.ZERO, 51820, Address.parse("10.0.0.1")), true));
        assertEquals(0, vpp.request(new WireguardInterfaceDelete(wg.swIfIndex())).retval());
        final long loop = vpp.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        assertEquals(wg.swIfIndex(), loop, "the loopback reuses the index");
        final var peer = new WireguardPeer(NONE, WireguardKey.of(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32 }), 51820, 0, 0, Address.parse("192.0.2.2"), loop, 0, List.of(Prefix.parse("10.9.0.0/16")));
        assertEquals(Retval.SIM_WOULD_CRASH_VPP, vpp.request(new WireguardPeerAdd(peer)).retval());
        assertEquals(List.of(), vpp.dump(new WireguardPeersDump(NONE)));
        final long fresh = vpp.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        assertEquals(-2, vpp.request(new WireguardPeerAdd(new WireguardPeer(NONE, peer.publicKey(), 51820, 0, 0,
            Address.parse("192.0.2.2"), fresh, 0, peer.allowedIps()))).retval(), "never wireguard: -2");
    }

    @Test
    void peerBucketsAreVppsHashUword() {
        // Computed with vppinfra's hash_uword: peers 4 and 12 share bucket 16.
        assertEquals(List.of(40L, 56L, 3L, 35L, 16L, 16L), List.of(WireguardPeers.peerBucket(0),
            WireguardPeers.peerBucket(1), WireguardPeers.peerBucket(2), WireguardPeers.peerBucket(3),
            WireguardPeers.peerBucket(4), WireguardPeers.peerBucket(12)));
    }

    @Test
    void autoSocketIdsFollowVppsLcgInAFreshProcess() throws IOException {
        assertEquals(1_013_904_223L, vpp.request(new MemifSocketFilenameAddDelV2(true, NONE, "a.sock")).socketId());
        assertEquals(1_196_435_762L, vpp.request(new MemifSocketFilenameAddDelV2(true, NONE, "b.sock")).socketId());
    }

    @Test
    void wireguardPublicKeyOfAnAllZeroPrivateKey() throws IOException {
        final var reply = vpp.request(new WireguardInterfaceCreate(new WireguardInterface(NONE, NONE,
            WireguardKey.ZERO, WireguardKey.ZERO, 51822, Address.parse("10.0.0.1")), false));
        assertEquals(0, reply.retval());
        assertEquals(WireguardKey.of(HexFormat.of().parseHex(
            "2fe57da347cd62431528daac5fbb290730fff684afc4cfc2ed90995f58cb3b74")),
            vpp.dump(new WireguardInterfaceDump(false, reply.swIfIndex())).get(0).iface().publicKey());
    }

    @Test
    void idsAreVppsUnlessShuffled() throws IOException {
        assertEquals(23, vpp.id(ControlPing.TYPE));
        final Path other = dir.resolve("shuffled.sock");
        try (Simulator shuffled = Simulator.builder(other).shuffleIds(true).start();
             RawVpp client = RawVpp.connect(other)) {
            assertNotEquals(23, client.id(ControlPing.TYPE));
            assertEquals(0, client.request(new ControlPing()).retval());
            assertEquals(client.id(ControlPing.TYPE), shuffled.messageId(ControlPing.TYPE.nameCrc()));
        }
    }

    @Test
    void restartClosesSocketsForgetsStateAndReissuesTheTable() throws IOException, InterruptedException {
        assertEquals(0, vpp.request(new CreateLoopback(MacAddress.ZERO)).retval());
        final int pingId = vpp.id(ControlPing.TYPE);
        sim.faults().restart(true);
        assertTrue(vpp.closedWithin(Duration.ofSeconds(2)));
        vpp.close();
        vpp = RawVpp.connect(sim.socketPath());
        final List<SwInterfaceDetails> rows = vpp.dump(new SwInterfaceDump(NONE, false, ""));
        assertEquals(List.of("local0"), rows.stream().map(SwInterfaceDetails::interfaceName).toList());
        assertNotEquals(pingId, vpp.id(ControlPing.TYPE), "reshuffled ids");
    }

    @Test
    void outageRefusesConnectionsUntilVppIsBack() throws IOException, InterruptedException {
        sim.faults().restart(false, Duration.ofMillis(500));
        assertTrue(vpp.closedWithin(Duration.ofSeconds(2)));
        assertThrows(IOException.class, () -> RawVpp.connect(sim.socketPath()), "nothing listens");
        Thread.sleep(800);
        vpp.close();
        vpp = RawVpp.connect(sim.socketPath());
        assertEquals(0, vpp.request(new ControlPing()).retval());
        assertEquals(1, sim.interfaceCount());
    }

    @Test
    void aLyingLengthCostsNothingAndTooMuchDataDropsOnlyThatClient() throws IOException, InterruptedException {
        final Path other = dir.resolve("small.sock");
        try (Simulator small = Simulator.builder(other).maxBodyBytes(1 << 20).start();
             RawVpp liar = RawVpp.connect(other);
             RawVpp flood = RawVpp.connect(other);
             RawVpp honest = RawVpp.connect(other)) {
            liar.send(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0,
                0, 23, 0, 0, 0, 0, 0, 0, 0, 0 });
            final var header = new io.nsmvpp.vpp.client.wire.WireWriter(16, 16);
            header.u64(0).u32(4L << 20).u32(0);
            flood.send(header.toByteArray());
            boolean brokenPipe = false;
            try {
                flood.send(new byte[2 << 20]);
            } catch (IOException e) {
                brokenPipe = true;
            }
            assertTrue(brokenPipe || flood.closedWithin(Duration.ofSeconds(2)), "more than maxBodyBytes arrived");
            assertFalse(liar.closedWithin(Duration.ofMillis(200)), "the liar just waits, as on VPP");
            assertEquals(0, honest.request(new ControlPing()).retval());
            assertEquals(1, small.interfaceCount());
        }
    }

    @Test
    void dropOneConnection() throws IOException, InterruptedException {
        try (RawVpp other = RawVpp.connect(sim.socketPath())) {
            assertTrue(sim.faults().dropConnection(other.handle()));
            assertTrue(other.closedWithin(Duration.ofSeconds(2)));
            assertEquals(0, vpp.request(new ControlPing()).retval());
            assertFalse(sim.faults().dropConnection(other.handle()));
        }
        sim.faults().dropConnections();
        assertTrue(vpp.closedWithin(Duration.ofSeconds(2)));
    }

    @Test
    void delayedReplies() throws IOException {
        sim.faults().delayReplies(Duration.ofMillis(800));
        long start = System.nanoTime();
        assertEquals(0, vpp.request(new ControlPing()).retval());
        assertTrue(System.nanoTime() - start >= 790_000_000L, "delayed");
        sim.faults().delayReplies(Duration.ZERO);
        sim.faults().delayReplies("control_ping", Duration.ofMillis(800));
        start = System.nanoTime();
        assertEquals(0, vpp.request(new ControlPing()).retval());
        assertTrue(System.nanoTime() - start >= 790_000_000L, "delayed by message");
        sim.faults().clear();
        start = System.nanoTime();
        assertEquals(0, vpp.request(new ControlPing()).retval());
        assertTrue(System.nanoTime() - start < 790_000_000L, "no longer delayed");
    }

    @Test
    void failTheNthRequest() throws IOException {
        sim.faults().failRequest("create_loopback", 2, -7);
        assertEquals(0, vpp.request(new CreateLoopback(MacAddress.ZERO)).retval());
        final var failed = vpp.request(new CreateLoopback(MacAddress.ZERO));
        assertEquals(-7, failed.retval());
        assertEquals(NONE, failed.swIfIndex());
        assertEquals(2, sim.interfaceCount(), "the failed request was not executed");
        assertEquals(0, vpp.request(new CreateLoopback(MacAddress.ZERO)).retval(), "only the 2nd fails");
        assertThrows(IllegalArgumentException.class, () -> sim.faults().failRequest("control_ping", 0, -1));
    }

    @Test
    void swallowedReplyStillExecutes() throws IOException {
        sim.faults().swallowReply("create_loopback", 1);
        final long context = RawVpp.nextContext();
        vpp.sendBody(vpp.body(new CreateLoopback(MacAddress.ZERO), vpp.handle(), context));
        assertTrue(vpp.drain(QUIET).stream().noneMatch(f -> f.context() == context));
        assertEquals(2, sim.interfaceCount());
        assertEquals(Outcome.REPLY_SWALLOWED, sim.operations().get(sim.operations().size() - 1).outcome());
        assertEquals(0, vpp.request(new CreateLoopback(MacAddress.ZERO)).retval());
    }

    @Test
    void corruptFrames() throws IOException, InterruptedException {
        sim.faults().corruptFrame(vpp.handle(), Corruption.UNKNOWN_MESSAGE_ID);
        final var frames = vpp.drainRaw(QUIET);
        assertEquals(1, frames.size());
        assertEquals(0xFFFF, frames.get(0).msgId());
        sim.faults().corruptFrame(0, Corruption.TRUNCATED_BODY);
        final var truncated = vpp.drainRaw(QUIET);
        assertEquals(vpp.id(ControlPingReply.TYPE), truncated.get(0).msgId());
        assertEquals(4, truncated.get(0).body().length);
        sim.faults().corruptFrame(vpp.handle(), Corruption.OVERSIZED_LENGTH);
        assertTrue(vpp.closedWithin(Duration.ofSeconds(2)), "the raw reader gives up on a 2 GiB frame");
    }

    @Test
    void outOfBandDeletionSendsEventsLikeAnyDelete() throws IOException {
        assertEquals(0, vpp.request(new WantInterfaceEvents(1, 7)).retval());
        final long memif = vpp.request(memif(0, 0, 1)).swIfIndex();
        vpp.events(QUIET);
        assertTrue(sim.faults().deleteInterface(memif));
        assertEquals(List.of(new SwInterfaceEvent(7, memif, 0, true)), vpp.events(QUIET));
        assertEquals(List.of(), vpp.dump(new MemifDump()));
        assertFalse(sim.faults().deleteInterface(memif));
        assertFalse(sim.faults().deleteInterface(0), "local0 cannot be deleted");
    }

    @Test
    void memifPairEventsAsMeasured() throws IOException {
        assertEquals(0, vpp.request(new WantInterfaceEvents(1, 7)).retval());
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(true, 20, "pair.sock")).retval());
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(true, 21, "pair.sock")).retval());
        final long master = vpp.request(new MemifCreateV2(0, 0, 0, 0, 0, 20, 0, 0, false, false, MacAddress.ZERO,
            "")).swIfIndex();
        final long slave = vpp.request(new MemifCreateV2(1, 0, 0, 0, 0, 21, 0, 0, false, false, MacAddress.ZERO,
            "")).swIfIndex();
        vpp.events(QUIET);
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags(master, 1)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, master, 1, false)), vpp.events(QUIET));
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, slave, 1, false), new SwInterfaceEvent(7, master, 2, false),
            new SwInterfaceEvent(7, slave, 2, false)), vpp.events(QUIET), "admin event, then the connection");
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags(slave, 0)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, slave, 0, false)), vpp.events(QUIET), "master stays up");
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, slave, 3, false)), vpp.events(QUIET), "reconnects at once");
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.MemifDelete(master)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, master, 0, true), new SwInterfaceEvent(7, slave, 0, false)),
            vpp.events(QUIET));
    }

    @Test
    void localZeroHasNoLink() throws IOException {
        assertEquals(0, vpp.request(new WantInterfaceEvents(1, 7)).retval());
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags(0, 1)).retval());
        assertEquals(List.of(new SwInterfaceEvent(7, 0, 1, false)), vpp.events(QUIET));
        assertEquals(1, vpp.dump(new SwInterfaceDump(0, false, "")).get(0).flags());
    }

    @Test
    void operationLogIsBounded() throws IOException {
        final Path other = dir.resolve("bounded.sock");
        try (Simulator small = Simulator.builder(other).operationLogCapacity(3).start();
             RawVpp client = RawVpp.connect(other)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(0, client.request(new ControlPing()).retval());
            }
            final List<Operation> ops = small.operations();
            assertEquals(3, ops.size());
            assertEquals(List.of(3L, 4L, 5L), ops.stream().map(Operation::seq).toList(), "the latest are kept");
        }
    }

    @Test
    void operationLogShowsExecutedRequestsWhoseReplyWasDropped() throws IOException {
        sim.clearOperations();
        vpp.sendBody(vpp.body(new CreateLoopback(MacAddress.ZERO), 0, 99));
        assertEquals(0, vpp.request(new ControlPing()).retval());
        final Operation dropped = sim.operations().get(0);
        assertEquals("create_loopback", dropped.message());
        assertEquals(Outcome.REPLY_DROPPED, dropped.outcome());
        assertEquals(99, dropped.context());
        assertEquals(2, sim.interfaceCount());
    }

    @Test
    void freeInterfaceIndexesGiveTheSimulatorAVppsHistory() throws IOException {
        final Path other = dir.resolve("history.sock");
        try (Simulator old = Simulator.builder(other).freeInterfaceIndexes(List.of(7, 3, 9)).start();
             RawVpp client = RawVpp.connect(other)) {
            final List<Long> made = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                final var reply = client.request(new CreateLoopback(MacAddress.ZERO));
                assertEquals(0, reply.retval());
                made.add(reply.swIfIndex());
            }
            assertEquals(List.of(7L, 3L, 9L), made.subList(0, 3), "the listed indexes first, in their order");
            assertEquals(List.of(1L, 2L, 4L, 5L, 6L, 8L), made.subList(3, 9).stream().sorted().toList(),
                "then the other free indexes below the highest");
            assertEquals(10, client.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex(), "then new ones");
            assertEquals(11, client.dump(new SwInterfaceDump(NONE, false, "")).size(), "local0 and ten loopbacks");
            assertEquals(0, client.request(new DeleteLoopback(3)).retval());
            assertEquals(3, client.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex(), "last freed first");
            old.faults().restart(false);
            try (RawVpp again = RawVpp.connect(other)) {
                assertEquals(1, again.request(new CreateLoopback(MacAddress.ZERO)).swIfIndex(),
                    "a restarted VPP has no history");
            }
        }
    }
}

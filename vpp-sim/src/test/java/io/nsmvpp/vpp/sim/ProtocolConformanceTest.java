/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import io.nsmvpp.vpp.client.msg.ShowVersionReply;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.msg.SockclntDelete;
import io.nsmvpp.vpp.client.msg.SockclntDeleteReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VPP's socket transport: handshake, framing, silent drops, reply routing by client_index, disconnect. */
class ProtocolConformanceTest extends ConformanceBase {
    private static final Duration QUIET = Duration.ofMillis(300);
    /**
     * Tests that were running when a real VPP v26.06 went deaf to every client (issue 12, twice: right after the
     * malformed frames, during the concurrent clients, on a VPP that had served a few suite runs); sent to a real
     * VPP only when asked to. The simulator always gets them.
     */
    private static final boolean RISKY = "1".equals(System.getenv("VPP_CONFORMANCE_RISKY"));

    private void assertPingWorks(final RawVpp client) throws IOException {
        final ControlPingReply reply = client.request(new ControlPing());
        assertEquals(0, reply.retval());
    }

    @Test
    void handshakeHandsOutTheFullTableWithFixedIdsFor15And16() throws IOException {
        try (RawVpp raw = RawVpp.open(socket)) {
            final SockclntCreateReply reply = raw.handshake("table");
            assertEquals(0, reply.response());
            assertTrue((reply.index() & 0x8000_0000L) != 0, "socket client handles have bit 31 set");
            assertTrue(reply.messageTable().size() >= 906, "v26.06 with nsm-vpp's plugins has 906 messages");
            final var ids = new HashSet<Integer>();
            for (var entry : reply.messageTable()) {
                assertTrue(ids.add(entry.index()), "duplicate id " + entry.index());
                if (entry.name().equals(io.nsmvpp.vpp.client.msg.SockclntCreate.NAME_CRC)) {
                    assertEquals(15, entry.index());
                }
                if (entry.name().equals(SockclntCreateReply.NAME_CRC)) {
                    assertEquals(16, entry.index());
                }
            }
            for (var type : Messages.ALL) {
                if (type.plugin().equals("core")) {
                    assertTrue(raw.has(type), type.nameCrc() + " missing");
                }
            }
        }
    }

    @Test
    void secondSockclntCreateOnOneConnectionReturnsTheSameHandle() throws IOException {
        try (RawVpp raw = RawVpp.open(socket)) {
            final long first = raw.handshake("a").index();
            final long second = raw.handshake("b").index();
            assertEquals(first, second);
        }
    }

    @Test
    void showVersionAndControlPing() throws IOException {
        final ShowVersionReply version = vpp.request(new ShowVersion());
        assertEquals(0, version.retval());
        assertEquals("vpe", version.program());
        assertTrue(version.version().startsWith("26.06"), version.version());
        final ControlPingReply ping = vpp.request(new ControlPing());
        assertEquals(0, ping.retval());
        assertTrue(ping.vpePid() > 0);
    }

    @Test
    void zeroClientIndexIsExecutedButGetsNoReply() throws IOException {
        final List<SwInterfaceDetails> before = interfaces();
        final long context = RawVpp.nextContext();
        vpp.sendBody(vpp.body(new CreateLoopback(MacAddress.ZERO), 0, context));
        assertTrue(vpp.drain(QUIET).stream().noneMatch(f -> f.context() == context), "no reply expected");
        final List<SwInterfaceDetails> after = interfaces();
        assertEquals(before.size() + 1, after.size(), "the loopback was created anyway");
        final var created = after.stream().filter(d -> before.stream().noneMatch(
            b -> b.swIfIndex() == d.swIfIndex())).findFirst().orElseThrow();
        assertEquals(0, vpp.request(new DeleteLoopback(created.swIfIndex())).retval());
        assertPingWorks(vpp);
    }

    @Test
    void anotherClientsHandleRoutesTheReplyToThatClient() throws IOException {
        try (RawVpp other = RawVpp.connect(socket)) {
            final long context = RawVpp.nextContext();
            vpp.sendBody(vpp.body(new ControlPing(), other.handle(), context));
            final var frame = other.awaitContext(context);
            assertEquals(other.id(ControlPingReply.TYPE), frame.msgId());
            assertTrue(vpp.drain(QUIET).stream().noneMatch(f -> f.context() == context));
        }
    }

    @Test
    void unknownIdsAndTruncatedBodiesAreDroppedAndTheConnectionStaysUsable() throws IOException {
        assumeTrue(!realVpp() || RISKY, "set VPP_CONFORMANCE_RISKY=1 to send malformed frames to a real VPP");
        final long context = RawVpp.nextContext();
        final var w = new WireWriter(64, 1024);
        w.u16(4000).u32(vpp.handle()).u32(context);
        vpp.sendBody(w.toByteArray());
        w.reset();
        w.u16(0xFFFF).u32(vpp.handle()).u32(context);
        vpp.sendBody(w.toByteArray());
        // A reply id sent as a request.
        w.reset();
        w.u16(vpp.id(ControlPingReply.TYPE)).u32(vpp.handle()).u32(context);
        vpp.sendBody(w.toByteArray());
        // control_ping cut to 6 bytes.
        w.reset();
        w.u16(vpp.id(ControlPing.TYPE)).u32(vpp.handle());
        vpp.sendBody(w.toByteArray());
        // sw_interface_dump without the 4 length bytes of its variable name_filter.
        final byte[] dump = vpp.body(new SwInterfaceDump(NONE, false, ""), vpp.handle(), context);
        vpp.sendBody(java.util.Arrays.copyOf(dump, dump.length - 4));
        // One byte, and an empty body.
        vpp.sendBody(new byte[] { 0 });
        vpp.sendBody(new byte[0]);
        assertTrue(vpp.drain(QUIET).stream().noneMatch(f -> f.context() == context));
        assertPingWorks(vpp);
    }

    @Test
    void trailingBytesAreAccepted() throws IOException {
        final long context = RawVpp.nextContext();
        final byte[] ping = vpp.body(new ControlPing(), vpp.handle(), context);
        vpp.sendBody(java.util.Arrays.copyOf(ping, ping.length + 100));
        assertEquals(vpp.id(ControlPingReply.TYPE), vpp.awaitContext(context).msgId());
    }

    @Test
    void severalFramesInOneWriteAndOneFrameInSeveralWrites() throws IOException, InterruptedException {
        final long c1 = RawVpp.nextContext();
        final long c2 = RawVpp.nextContext();
        final byte[] both = concat(RawVpp.frame(vpp.body(new ControlPing(), vpp.handle(), c1)),
            RawVpp.frame(vpp.body(new ShowVersion(), vpp.handle(), c2)));
        vpp.send(both);
        final var first = vpp.awaitContext(c1);
        final var second = vpp.awaitContext(c2);
        assertEquals(vpp.id(ControlPingReply.TYPE), first.msgId());
        assertEquals(vpp.id(ShowVersionReply.TYPE), second.msgId());

        final long c3 = RawVpp.nextContext();
        final byte[] split = RawVpp.frame(vpp.body(new ControlPing(), vpp.handle(), c3));
        vpp.send(java.util.Arrays.copyOfRange(split, 0, 10));
        Thread.sleep(50);
        vpp.send(java.util.Arrays.copyOfRange(split, 10, 20));
        Thread.sleep(50);
        vpp.send(java.util.Arrays.copyOfRange(split, 20, split.length));
        assertEquals(vpp.id(ControlPingReply.TYPE), vpp.awaitContext(c3).msgId());
    }

    @Test
    void zeroLengthHeaderIsHeldAndTheConnectionStaysUsable() throws IOException {
        assumeTrue(!realVpp() || RISKY, "set VPP_CONFORMANCE_RISKY=1 to send a zero-length frame to a real VPP");
        vpp.send(new byte[16]);
        assertPingWorks(vpp);
    }

    @Test
    void contextIsEchoedIncludingZeroAndAllOnes() throws IOException {
        for (long context : new long[] { 0, 0xFFFF_FFFFL }) {
            vpp.sendBody(vpp.body(new ControlPing(), vpp.handle(), context));
            // Waits as long as any request (a loaded machine took VPP more than 300 ms once).
            assertEquals(vpp.id(ControlPingReply.TYPE), vpp.awaitContext(context).msgId(), "context " + context);
        }
    }

    @Test
    void aDumpHasNoTerminatorOfItsOwn() throws IOException {
        final long context = RawVpp.nextContext();
        vpp.send(concat(RawVpp.frame(vpp.body(new ControlPing(), vpp.handle(), context)),
            RawVpp.frame(vpp.body(new SwInterfaceDump(NONE, false, ""), vpp.handle(), context))));
        assertEquals(vpp.id(ControlPingReply.TYPE), vpp.awaitContext(context).msgId(),
            "the ping sent first replies first");
        assertEquals(vpp.id(SwInterfaceDetails.TYPE), vpp.awaitContext(context).msgId(), "details follow");
        assertTrue(vpp.drain(QUIET).stream().allMatch(f -> f.msgId() == vpp.id(SwInterfaceDetails.TYPE)),
            "with nothing after them");
    }

    @Test
    void sockclntDeleteRepliesOneAndCloses() throws IOException, InterruptedException {
        try (RawVpp raw = RawVpp.connect(socket)) {
            final long context = RawVpp.nextContext();
            raw.sendBody(raw.body(new SockclntDelete(0x8000_0000L | 0x0999), raw.handle(), context));
            assertEquals(-1, RawVpp.decode(SockclntDeleteReply.TYPE, raw.awaitContext(context)).response());
            final SockclntDeleteReply ok = raw.request(new SockclntDelete(raw.handle()));
            assertEquals(1, ok.response());
            assertTrue(raw.closedWithin(Duration.ofSeconds(2)), "VPP closes the socket after the reply");
        }
    }

    @Test
    void clientClosingMidDumpIsHarmless() throws IOException {
        final long tagged = loopback();
        try (RawVpp raw = RawVpp.connect(socket)) {
            raw.sendBody(raw.body(new SwInterfaceDump(NONE, false, ""), raw.handle(), 1));
        }
        assertPingWorks(vpp);
        assertNotNull(details(tagged));
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(false, tagged, "")).retval());
    }

    @Test
    void manyConcurrentClients() throws Exception {
        assumeTrue(!realVpp() || RISKY, "set VPP_CONFORMANCE_RISKY=1 to run 16 concurrent clients against a real VPP");
        final var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            final var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    try (RawVpp client = RawVpp.connect(socket)) {
                        int ok = 0;
                        for (int n = 0; n < 100; n++) {
                            ok += client.request(new ControlPing()).retval() == 0 ? 1 : 0;
                        }
                        final var created = client.request(new CreateLoopback(MacAddress.ZERO));
                        ok += client.request(new DeleteLoopback(created.swIfIndex())).retval() == 0 ? 1 : 0;
                        return ok;
                    }
                }));
            }
            for (var future : futures) {
                assertEquals(101, future.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static byte[] concat(final byte[] first, final byte[] second) {
        final byte[] out = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}

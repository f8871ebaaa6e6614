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

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator must hold 10,000 interfaces and dump them without being the bottleneck of a client benchmark. */
class ScaleTest {
    private static final Logger LOG = LoggerFactory.getLogger(ScaleTest.class);

    /** Time until every byte of a 10,001-row dump (and the ping after it) has arrived, nothing decoded. */
    private static long rawDumpNanos(final Path socket, final RawVpp ids) throws IOException {
        final long expected = 10_001L * (16 + 295) + 16 + 18;
        long best = Long.MAX_VALUE;
        try (var channel = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            channel.connect(java.net.UnixDomainSocketAddress.of(socket));
            channel.write(java.nio.ByteBuffer.wrap(RawVpp.frame(io.nsmvpp.vpp.client.msg.MessageCodec.encode(15, 0, 1,
                new io.nsmvpp.vpp.client.msg.SockclntCreate("bytes")))));
            final var header = java.nio.ByteBuffer.allocate(16);
            while (header.hasRemaining()) {
                channel.read(header);
            }
            final var reply = java.nio.ByteBuffer.allocate(header.getInt(8));
            while (reply.hasRemaining()) {
                channel.read(reply);
            }
            final long handle = reply.getInt(14) & 0xFFFF_FFFFL;
            final var dump = RawVpp.frame(ids.body(new SwInterfaceDump(0xFFFF_FFFFL, false, ""), handle, 1));
            final var ping = RawVpp.frame(ids.body(new ControlPing(), handle, 1));
            final var buf = java.nio.ByteBuffer.allocateDirect(1 << 20);
            for (int round = 0; round < 5; round++) {
                final long start = System.nanoTime();
                channel.write(java.nio.ByteBuffer.wrap(ProtocolConformanceTest.concat(dump, ping)));
                long got = 0;
                while (got < expected) {
                    buf.clear();
                    got += channel.read(buf);
                }
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return best;
    }

    @Test
    void tenThousandInterfacesDumpFast() throws IOException {
        try (Simulator sim = Simulator.startTemporary();
             RawVpp vpp = RawVpp.connect(sim.socketPath())) {
            final var batch = new WireWriter(1 << 20, Integer.MAX_VALUE);
            for (int i = 0; i < 10_000; i++) {
                final byte[] body = vpp.body(new CreateLoopback(MacAddress.ZERO), vpp.handle(), 0x7000_0000L + i);
                batch.u64(0).u32(body.length).u32(0).bytes(body);
            }
            vpp.send(batch.toByteArray());
            assertEquals(0, vpp.request(new ControlPing()).retval());
            assertEquals(10_001, sim.interfaceCount());
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                final long start = System.nanoTime();
                final var rows = vpp.dump(new SwInterfaceDump(0xFFFF_FFFFL, false, ""));
                best = Math.min(best, System.nanoTime() - start);
                assertEquals(10_001, rows.size());
                assertEquals("loop9999", rows.get(10_000).interfaceName());
            }
            LOG.info("best dump of 10,001 interfaces, decode included: {} ms", best / 1_000_000.0);
            final long serverSide = rawDumpNanos(sim.socketPath(), vpp);
            LOG.info("best dump of 10,001 interfaces, bytes only: {} ms", serverSide / 1_000_000.0);
            // Generous for a shared 2-core machine; a real VPP needs about 19 ms.
            assertTrue(best < 2_000_000_000L, "dump took " + best / 1_000_000 + " ms");
        }
    }
}

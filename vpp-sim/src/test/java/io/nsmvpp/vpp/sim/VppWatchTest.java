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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link VppWatch} without a real VPP: a simulator told to stop answering, and a socket that takes connections and
 * never answers, stand for a VPP that hangs. Each test watches its own socket and forgets it afterwards, so the rest
 * of the suite is not skipped.
 */
@ExtendWith(VppWatch.class)
class VppWatchTest {
    /** Well above the probe and the shortened request timeout, well below the dozens of 5 s timeouts it replaces. */
    private static final long FAST_NANOS = 4 * (VppWatch.PROBE_TIMEOUT.toNanos() + Duration.ofMillis(500).toNanos());

    private Path dir;
    private Path socket;

    @BeforeEach
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("vpp-watch");
        socket = dir.resolve("api.sock");
    }

    @AfterEach
    void forget() throws IOException {
        VppWatch.forget(socket);
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
    }

    @Test
    void aVppThatStopsAnsweringIsRecordedDeadWithTheFramesSentAndEveryLaterRequestFailsAtOnce() throws IOException {
        try (Simulator simulator = Simulator.start(socket); RawVpp vpp = RawVpp.connect(socket)) {
            vpp.timeout(Duration.ofMillis(500));
            // The precondition: this simulator answers both a request and the probe before it is told to stop (on
            // a machine too loaded for that, there is nothing to show).
            assumeTrue(answersWithin(vpp), "the simulator did not answer within 500 ms before being stopped");
            assumeTrue(VppWatch.answers(socket), "the probe got no answer from a simulator that was not stopped");
            simulator.faults().delayReplies(Duration.ofHours(1));

            final long start = System.nanoTime();
            final IOException stopped = assertThrows(IOException.class,
                () -> vpp.request(new CreateLoopback(MacAddress.ZERO)));
            assertTrue(System.nanoTime() - start < FAST_NANOS, "within seconds");
            final String reason = stopped.getMessage();
            assertTrue(reason.startsWith("VPP stopped answering after "), reason);
            assertTrue(reason.contains("create_loopback_"), "names the last frame sent: " + reason);
            assertTrue(reason.contains("VppWatchTest.aVppThatStops"), "names the test: " + reason);
            assertTrue(VppWatch.isDead(socket));
            assertEquals(reason, VppWatch.deadReason(List.of(dir.resolve("other.sock"), socket)).orElseThrow(),
                "what the extension skips the remaining tests with");

            final long again = System.nanoTime();
            assertEquals(reason, assertThrows(IOException.class, () -> vpp.request(new ShowVersion())).getMessage());
            assertEquals(reason, assertThrows(IOException.class, () -> RawVpp.connect(socket)).getMessage());
            assertTrue(System.nanoTime() - again < Duration.ofMillis(500).toNanos(), "no further timeouts");
        }
    }

    @Test
    void aRequestThatAloneGoesUnansweredLeavesTheVppAlive() throws IOException {
        try (Simulator simulator = Simulator.start(socket); RawVpp vpp = RawVpp.connect(socket)) {
            vpp.timeout(Duration.ofMillis(300));
            assumeTrue(answersWithin(vpp), "the simulator did not answer within 300 ms before the swallowed reply");
            simulator.faults().swallowReply("control_ping", 1);
            final IOException timeout = assertThrows(IOException.class, () -> vpp.request(new ControlPing()));
            assertTrue(timeout.getMessage().startsWith("no reply with context"), timeout.getMessage());
            assertFalse(VppWatch.isDead(socket), "the probe got its answer");
            assertEquals(0, vpp.request(new ControlPing()).retval());
        }
    }

    private static boolean answersWithin(final RawVpp vpp) {
        try {
            return vpp.request(new ControlPing()).retval() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aSocketThatTakesConnectionsAndNeverAnswersIsDeadAfterOneTimeout() throws IOException {
        final List<SocketChannel> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            final Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(server.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }, "never-answers");
            acceptor.setDaemon(true);
            acceptor.start();
            final long start = System.nanoTime();
            try (RawVpp vpp = RawVpp.open(socket)) {
                vpp.timeout(Duration.ofMillis(500));
                final String reason = assertThrows(IOException.class, () -> vpp.handshake("conformance"))
                    .getMessage();
                assertTrue(System.nanoTime() - start < FAST_NANOS, "within seconds");
                assertTrue(reason.startsWith("VPP stopped answering after "), reason);
                assertTrue(reason.contains("sockclnt_create"), reason);
            }
            assertFalse(VppWatch.answers(socket));
            assertTrue(VppWatch.isDead(socket));
        } finally {
            for (SocketChannel channel : accepted) {
                channel.close();
            }
        }
    }
}

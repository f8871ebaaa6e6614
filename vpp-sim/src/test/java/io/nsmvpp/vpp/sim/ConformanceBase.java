/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The target of the conformance suite: a fresh in-process {@link Simulator} by default, or the real VPP whose API
 * socket {@code VPP_API_SOCKET} names. Tests must hold on both, so they start from the state they find, create only
 * uniquely tagged objects, undo what they did (cleanups run newest first even when a test fails), and compare
 * indexes relative to what they themselves created or freed. {@link VppWatch} ends the suite within seconds, with one
 * failure that says why, when the VPP stops answering.
 */
@ExtendWith(VppWatch.class)
abstract class ConformanceBase implements VppWatch.Target {
    /** Set when the suite runs against a real VPP. */
    static final String REAL_SOCKET = System.getenv("VPP_API_SOCKET");
    static final long NONE = 0xFFFF_FFFFL;

    private static Path tempDir;
    static Simulator simulator;
    static Path socket;

    RawVpp vpp;
    private final Deque<ThrowingRunnable> cleanups = new ArrayDeque<>();
    /** A prefix unique to this test, for tags and names. */
    final String unique = "conf-" + UUID.randomUUID().toString().substring(0, 8);

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws IOException;
    }

    static boolean realVpp() {
        return REAL_SOCKET != null && !REAL_SOCKET.isEmpty();
    }

    @Override
    public Path vppSocket() {
        return socket;
    }

    @BeforeAll
    static void startTarget() throws IOException {
        if (realVpp()) {
            socket = Path.of(REAL_SOCKET);
            return;
        }
        tempDir = Files.createTempDirectory("vpp-sim");
        socket = tempDir.resolve("api.sock");
        // "nx-..." host interfaces are missing, as on any real host; every other name exists.
        simulator = Simulator.builder(socket).shuffleIds(true).hostInterfaces(name -> !name.startsWith("nx-"))
            .start();
    }

    @AfterAll
    static void stopTarget() throws IOException {
        if (simulator != null) {
            simulator.close();
            simulator = null;
            Files.deleteIfExists(socket);
            Files.deleteIfExists(tempDir);
        }
    }

    @BeforeEach
    void connect() throws IOException {
        vpp = RawVpp.connect(socket);
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (vpp.isClosed()) {
            reconnectIfClosed();
        }
        IOException first = null;
        while (!cleanups.isEmpty()) {
            try {
                cleanups.pop().run();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        vpp.close();
        if (first != null) {
            throw first;
        }
    }

    /** Registers an undo step; steps run newest first after the test. */
    void onCleanup(final ThrowingRunnable step) {
        cleanups.push(step);
    }

    RawVpp reconnectIfClosed() throws IOException {
        vpp.close();
        vpp = RawVpp.connect(socket);
        return vpp;
    }

    /** Creates a loopback, tags it with this test's unique tag and deletes it after the test. */
    long loopback() throws IOException {
        final var reply = vpp.request(new CreateLoopback(MacAddress.ZERO));
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique)).retval());
        onCleanup(() -> vpp.request(new DeleteLoopback(index)));
        return index;
    }

    /** A random int in [0, bound), for unique socket ids, VNIs and addresses. */
    static int random(final int bound) {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
    }

    /** Polls the details of an interface until its flags are {@code flags} or 3 s have passed. */
    long awaitFlags(final long swIfIndex, final long flags) throws IOException, InterruptedException {
        return awaitFlags(swIfIndex, flags, 3_000);
    }

    /** Polls the details of an interface until its flags are {@code flags} or {@code millis} have passed. */
    long awaitFlags(final long swIfIndex, final long flags, final long millis) throws IOException,
            InterruptedException {
        final long deadline = System.nanoTime() + millis * 1_000_000L;
        long seen;
        do {
            seen = details(swIfIndex).flags();
            if (seen == flags) {
                return seen;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return seen;
    }

    List<SwInterfaceDetails> interfaces() throws IOException {
        return vpp.dump(new SwInterfaceDump(NONE, false, ""));
    }

    /** The details of one interface, or null when the dump by index finds none. */
    SwInterfaceDetails details(final long swIfIndex) throws IOException {
        final var rows = vpp.dump(new SwInterfaceDump(swIfIndex, false, ""));
        return rows.isEmpty() ? null : rows.get(0);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The connector finds VPP, loses it, finds it again, and follows settings changed at run time. */
class VppConnectorTest {
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();

    private VppConnector connector() {
        return new VppConnector(new VppConnector.Listener() {
            @Override
            public void onConnected(final VppClient client) {
                connected.incrementAndGet();
            }

            @Override
            public void onLost(final String reason) {
                lost.incrementAndGet();
            }
        });
    }

    private static Settings at(final Path socket, final boolean simulator) {
        return new Settings(null, Duration.ofSeconds(600), Set.of(), false, null, socket.toString(), simulator,
            Duration.ofSeconds(2), Duration.ofMillis(100));
    }

    private static void await(final BooleanSupplier condition, final String what) throws InterruptedException {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void waitsForVppThenReconnectsAfterARestart() throws Exception {
        final Path dir = Files.createTempDirectory("conn");
        final Path socket = dir.resolve("api.sock");
        try (var connector = connector()) {
            connector.configure(at(socket, false));
            await(() -> connector.status() == VppConnector.Status.UNREACHABLE, "unreachable without VPP");
            assertNull(connector.client());
            assertTrue(connector.lastError().length() > 0);
            try (var vpp = Simulator.start(socket)) {
                await(() -> connector.status() == VppConnector.Status.CONNECTED, "connected once VPP is up");
                assertNotNull(connector.client().call(new ControlPing()));
                vpp.faults().restart(false, Duration.ofMillis(300));
                await(() -> lost.get() == 1, "the loss noticed");
                await(() -> connected.get() == 2, "connected again after the restart");
                assertEquals(VppConnector.Status.CONNECTED, connector.status());
                assertNotNull(connector.client().call(new ControlPing()));
            }
        }
    }

    @Test
    void servesTheSocketWithTheBuiltInSimulatorAndFollowsASocketChange() throws Exception {
        final Path dir = Files.createTempDirectory("conn");
        try (var connector = connector(); var other = Simulator.start(dir.resolve("other.sock"))) {
            connector.configure(at(dir.resolve("sim.sock"), true));
            await(() -> connector.status() == VppConnector.Status.CONNECTED, "connected to the built-in simulator");
            assertTrue(connector.simulated());
            assertTrue(Files.exists(dir.resolve("sim.sock")));
            connector.configure(at(dir.resolve("other.sock"), false));
            await(() -> connected.get() == 2, "reconnected to the new socket");
            await(() -> !Files.exists(dir.resolve("sim.sock")), "the built-in simulator stopped");
            assertNotNull(connector.client().call(new ControlPing()));
            assertEquals(1, lost.get());
        }
    }
}

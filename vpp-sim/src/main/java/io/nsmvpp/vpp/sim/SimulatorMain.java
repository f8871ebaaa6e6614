/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator as its own process, the stand-in for VPP when none is present:
 * {@code java -cp <classpath> io.nsmvpp.vpp.sim.SimulatorMain <socket-path> [--shuffle-ids] [--no-tap]
 * [--seed N]}. It serves until killed.
 */
public final class SimulatorMain {
    private SimulatorMain() {
        // main only
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: SimulatorMain <socket-path> [--shuffle-ids] [--no-tap] [--seed N]");
            System.exit(2);
            return;
        }
        final var builder = Simulator.builder(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--shuffle-ids" -> builder.shuffleIds(true);
                case "--no-tap" -> builder.tapSupported(false);
                case "--seed" -> builder.seed(Long.parseLong(args[++i]));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                    return;
                }
            }
        }
        final Simulator simulator = builder.start();
        final var done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            done.countDown();
        }, "vpp-sim shutdown"));
        System.out.println("vpp-sim serving VPP v26.06 API on " + simulator.socketPath());
        done.await();
    }
}

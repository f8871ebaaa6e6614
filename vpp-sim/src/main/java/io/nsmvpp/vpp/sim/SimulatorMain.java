/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a simulator as its own process, the stand-in for VPP when none is present:
 * {@code java -cp <classpath> io.nsmvpp.vpp.sim.SimulatorMain <socket-path> [--shuffle-ids] [--no-tap]
 * [--seed N] [--operation-log FILE]}. It serves until killed.
 *
 * <p>{@code --operation-log FILE} appends every entry of the operation log to FILE as it happens, one line each:
 * {@code <seq> <message> <retval> <outcome>}. It is how a test that runs the simulator as a separate process (the
 * Karaf end-to-end test) sees which calls reached "VPP", for example that a restarted agent sent no create call.
 */
public final class SimulatorMain {
    private SimulatorMain() {
        // main only
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: SimulatorMain <socket-path> [--shuffle-ids] [--no-tap] [--seed N] "
                + "[--operation-log FILE]");
            System.exit(2);
            return;
        }
        final var builder = Simulator.builder(Path.of(args[0]));
        Path operationLog = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--shuffle-ids" -> builder.shuffleIds(true);
                case "--no-tap" -> builder.tapSupported(false);
                case "--seed" -> builder.seed(Long.parseLong(args[++i]));
                case "--operation-log" -> operationLog = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                    return;
                }
            }
        }
        final Simulator simulator = builder.start();
        final var done = new CountDownLatch(1);
        final Thread writer = operationLog == null ? null : startOperationLog(simulator, operationLog, done);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            done.countDown();
            if (writer != null) {
                try {
                    writer.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "vpp-sim shutdown"));
        System.out.println("vpp-sim serving VPP v26.06 API on " + simulator.socketPath()
            + (operationLog == null ? "" : ", operation log in " + operationLog));
        done.await();
    }

    /** Copies new operation-log entries to {@code file} every 50 ms, and once more when {@code done} opens. */
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private static Thread startOperationLog(final Simulator simulator, final Path file, final CountDownLatch done)
            throws IOException {
        // Created here, so that the file exists once the socket does; written by the thread.
        Files.write(file, new byte[0], StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        final Thread thread = new Thread(() -> {
            long next = 0;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND)) {
                boolean last = false;
                while (!last) {
                    last = done.await(50, TimeUnit.MILLISECONDS);
                    for (Operation op : simulator.operations()) {
                        if (op.seq() >= next) {
                            out.write(op.seq() + " " + op.message() + " " + op.retval() + " " + op.outcome());
                            out.newLine();
                            next = op.seq() + 1;
                        }
                    }
                    out.flush();
                }
            } catch (IOException e) {
                System.err.println("vpp-sim: the operation log " + file + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vpp-sim operation log");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * vpp-sim as a process of its own, as VPP is for the agent: started with {@code --operation-log}, so that the test
 * sees every call that reached it, and read with a {@link VppClient} of the test's own.
 */
final class SimProcess extends VppUnderTest {
    private final Process process;
    private final Path operationLog;

    private SimProcess(final Process process, final Path socket, final Path operationLog, final VppClient client) {
        super(socket, client);
        this.process = process;
        this.operationLog = operationLog;
    }

    static SimProcess start(final Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        final Path socket = dir.resolve("api.sock");
        final Path operationLog = dir.resolve("operations.log");
        Files.deleteIfExists(operationLog);
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        final Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.nsmvpp.vpp.sim.SimulatorMain", socket.toString(), "--operation-log", operationLog.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("vpp-sim.out").toFile())
            .start();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(socket) || !Files.exists(operationLog)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("vpp-sim did not start; see " + dir.resolve("vpp-sim.out"));
            }
            Thread.sleep(100);
        }
        return new SimProcess(process, socket, operationLog, VppClient.connect(VppClientConfig.of(socket)));
    }

    @Override
    long mark() throws IOException, InterruptedException {
        // The log is written every 50 ms: wait for what came before the mark.
        Thread.sleep(200);
        final var all = operations();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq() + 1;
    }

    List<Op> operations() throws IOException {
        final List<Op> ops = new ArrayList<>();
        for (String line : Files.readAllLines(operationLog, StandardCharsets.UTF_8)) {
            final String[] parts = line.split(" ");
            if (parts.length == 4) {
                ops.add(new Op(Long.parseLong(parts[0]), parts[1], Integer.parseInt(parts[2]), parts[3]));
            }
        }
        return ops;
    }

    @Override
    List<Op> writesSince(final long mark) throws IOException, InterruptedException {
        Thread.sleep(200);
        return operations().stream().filter(op -> op.seq() >= mark && op.isWrite()).toList();
    }

    @Override
    public void close() {
        super.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

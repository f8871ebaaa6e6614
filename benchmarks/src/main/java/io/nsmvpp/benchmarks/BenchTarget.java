/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.sim.Operation;
import io.nsmvpp.vpp.sim.Simulator;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What every end-to-end benchmark runs against, and the harness they share: vpp-sim in-process, or the real VPP
 * whose API socket {@code VPP_API_SOCKET} names; a client connected to it; a temporary directory (with a
 * {@code memif} directory for socket files) removed at the end; the simulator's operation log, to count what a
 * client sent; and the clean-up of whatever a failed run left in VPP under its forwarder name.
 */
final class BenchTarget implements AutoCloseable {
    /** This is a command-line tool: its figures go to standard output. */
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    static final PrintStream OUT = System.out;

    private final Path dir;
    private final Path memifDir;
    private final Path socket;
    private final Simulator simulator;
    private final VppClient client;
    private final String description;

    private BenchTarget(final Path dir, final Path memifDir, final Path socket, final Simulator simulator,
            final VppClient client, final String description) {
        this.dir = dir;
        this.memifDir = memifDir;
        this.socket = socket;
        this.simulator = simulator;
        this.client = client;
        this.description = description;
    }

    /**
     * Starts the simulator (unless {@code VPP_API_SOCKET} names a real VPP) and connects a client to it.
     *
     * @param name a prefix for the temporary directory, and the client's name
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    static BenchTarget open(final String name) throws IOException {
        final String real = System.getenv("VPP_API_SOCKET");
        final Path dir = Files.createTempDirectory(name);
        Simulator simulator = null;
        try {
            final Path memifDir = Files.createDirectory(dir.resolve("memif"));
            final Path socket;
            final String target;
            if (real != null && !real.isEmpty()) {
                socket = Path.of(real);
                target = "real VPP at " + socket;
            } else {
                socket = dir.resolve("api.sock");
                simulator = Simulator.builder(socket).start();
                target = "vpp-sim in-process";
            }
            final var client = VppClient.connect(VppClientConfig.of(socket).withClientName(name)
                .withRequestTimeout(Duration.ofSeconds(120)));
            final var version = client.call(new ShowVersion());
            return new BenchTarget(dir, memifDir, socket, simulator, client, target + " (" + version.program() + " "
                + version.version() + "), JDK " + Runtime.version());
        } catch (IOException | RuntimeException e) {
            if (simulator != null) {
                simulator.close();
            }
            deleteTree(dir);
            throw e;
        }
    }

    VppClient client() {
        return client;
    }

    /** The simulator, or null against a real VPP. */
    Simulator simulator() {
        return simulator;
    }

    boolean isSimulator() {
        return simulator != null;
    }

    /** VPP's API socket (the simulator's in the temporary directory). */
    Path socket() {
        return socket;
    }

    /** Where memif socket files go (removed with the rest at the end). */
    Path memifDir() {
        return memifDir;
    }

    /** What the benchmark runs against: the target, VPP's version, the JDK. */
    String description() {
        return description;
    }

    /** Forgets the simulator's operation log (nothing on a real VPP). */
    void clearCalls() {
        if (simulator != null) {
            simulator.clearOperations();
        }
    }

    /** The messages this client sent since the last clear, in order (nothing is known on a real VPP). */
    List<String> callList() {
        if (simulator == null) {
            return List.of();
        }
        final long me = client.clientIndex();
        return simulator.operations().stream().filter(op -> op.clientIndex() == me).map(Operation::message)
            .toList();
    }

    /** The interfaces tagged with {@code forwarder}'s name. */
    List<SwInterfaceDetails> ours(final String forwarder) {
        return client.dumpSync(SwInterfaceDump.all()).stream().filter(row -> TagCodec.parse(row.tag())
            .filter(tag -> tag.forwarder().equals(forwarder)).isPresent()).toList();
    }

    /** Stops the run unless VPP holds exactly {@code expected} interfaces tagged with {@code forwarder} (one dump). */
    void expectOurs(final String forwarder, final int expected, final String what) {
        final int held = ours(forwarder).size();
        if (held != expected) {
            throw new IllegalStateException(what + ": VPP holds " + held + " interfaces tagged " + forwarder
                + ", not " + expected);
        }
    }

    /**
     * Removes whatever a failed run left in VPP: interfaces tagged with {@code forwarder} (cross-connect off, then
     * deleted), and memif socket files in this run's directory. Nothing is left after a run that succeeded.
     */
    void cleanUp(final String forwarder) {
        final var left = ours(forwarder);
        final var sockets = client.dumpSync(new MemifSocketFilenameDump()).stream()
            .filter(row -> row.socketFilename().startsWith(memifDir.toString())).toList();
        if (left.isEmpty() && sockets.isEmpty()) {
            return;
        }
        OUT.println("cleaning up after a failed run: " + left.size() + " interfaces, " + sockets.size()
            + " memif socket files");
        final List<CompletableFuture<?>> xcs = new ArrayList<>();
        for (SwInterfaceDetails row : left) {
            xcs.add(client.send(new SwInterfaceSetL2Xconnect(row.swIfIndex(), 0, false)));
        }
        settle(xcs);
        final List<CompletableFuture<?>> deletes = new ArrayList<>();
        for (SwInterfaceDetails row : left) {
            deletes.add("memif".equalsIgnoreCase(row.interfaceDevType())
                ? client.send(new MemifDelete(row.swIfIndex())) : client.send(new DeleteLoopback(row.swIfIndex())));
        }
        settle(deletes);
        settle(sockets.stream().<CompletableFuture<?>>map(row -> client.send(
            new MemifSocketFilenameAddDelV2(false, row.socketId(), ""))).toList());
    }

    /** Waits for every future, failed or not. */
    static void settle(final List<? extends CompletableFuture<?>> futures) {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
    }

    /** Used heap after a full collection: the median of {@code samples} readings. */
    static long usedHeap(final int samples) {
        final var memory = ManagementFactory.getMemoryMXBean();
        final long[] used = new long[samples];
        for (int i = 0; i < used.length; i++) {
            memory.gc();
            used[i] = memory.getHeapMemoryUsage().getUsed();
        }
        return median(used);
    }

    static long median(final long[] values) {
        final long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Whether the command line asks for the short mode ({@code --short}, or {@code -Dnsmvpp.bench.short=true}): a
     * smoke test that measures every figure for a fraction of a second.
     */
    static boolean isShort(final String[] args) {
        boolean isShort = Boolean.getBoolean("nsmvpp.bench.short");
        for (String arg : args) {
            if ("--short".equals(arg)) {
                isShort = true;
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: --short)");
            }
        }
        return isShort;
    }

    /**
     * Runs a benchmark against a fresh target, cleans up after it even when it fails, and prints its lines under
     * {@code title}.
     */
    static void run(final String name, final String title, final boolean isShort,
            final java.util.function.Function<BenchTarget, Bench> factory) throws IOException {
        final var out = new ArrayList<String>();
        try (var target = open(name)) {
            out.add("target: " + target.description());
            final Bench bench = factory.apply(target);
            try {
                bench.run();
            } finally {
                target.cleanUp(bench.forwarder);
                target.cleanUp(bench.rawForwarder);
            }
            out.addAll(bench.lines());
        }
        printSummary(title, isShort, out);
    }

    /** Prints a benchmark's lines again, together, under its title, once it is done. */
    static void printSummary(final String title, final boolean isShort, final List<String> lines) {
        OUT.println();
        OUT.println(isShort ? title + " (short mode: a smoke test, not figures to quote)" : title);
        lines.forEach(line -> OUT.println("  " + line));
    }

    /** Disconnects, stops the simulator, removes the temporary directory. */
    @Override
    public void close() throws IOException {
        try {
            client.close();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            deleteTree(dir);
        }
    }

    private static void deleteTree(final Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

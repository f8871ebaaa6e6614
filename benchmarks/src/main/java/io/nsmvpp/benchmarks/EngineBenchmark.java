/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.nsmvpp.benchmarks.ConnectionSource.Kind;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.ConfigApplier.AppliedTransaction;
import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.sim.Simulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * The engine's rate against the raw vpp-client rate for exactly the same VPP calls, in one run, and the heap the
 * engine keeps per connection; printed for docs/benchmarks.md. Against vpp-sim in-process, or against the real VPP
 * whose API socket {@code VPP_API_SOCKET} names: there it creates only interfaces tagged with a forwarder name
 * {@code bench-<random>} and memif socket files in a temporary directory, and deletes all of them before it ends.
 *
 * <p>Each line is one kind of connection (l2xc with a loopback server side and a loopback or memif client side; a
 * memif socket file per connection, as NSM gives each connection, or one shared by all), one count (100, 1,000) and
 * one way to write them: one transaction per connection, all applied at once ({@code ConfigApplier.apply} is
 * asynchronous, so they are pipelined), or one transaction of all. Connections are created, then deleted, the same
 * way; the raw figure makes the same calls directly on the client ({@link RawCalls}), pipelined the same way.
 * Engine and raw alternate, warm-up rounds first; the figures are medians.
 *
 * <p>Against the simulator every run is checked against its operation log: the engine and the raw calls must send
 * the same messages, as many of each, also for one connection alone. (Their order within one connection is not
 * compared: the two sides' calls interleave as their replies come.)
 *
 * <p>{@code --short} (or {@code -Dnsmvpp.bench.short=true}) is a smoke test: every line, on the same work, but
 * one round and no warm-up.
 */
public final class EngineBenchmark extends Bench {
    private static final int[] COUNTS = { 100, 1000 };
    private static final int HEAP_CONNECTIONS = 1000;
    /** The target: the engine adds at most 30% to the raw VPP-call time. */
    private static final double TARGET = 1.30;

    /**
     * How much to repeat: passes of 1,000 connections of each kind and mode to warm the JIT up before anything is
     * measured; warm-up and measured rounds per line of 1,000 connections (ten times as many for 100); heap rounds,
     * and used-heap samples per reading.
     */
    private record Effort(boolean isShort, int jitPasses, int warmups, int rounds, int heapRounds, int heapSamples) {
        static final Effort FULL = new Effort(false, 3, 2, 7, 3, 5);
        static final Effort SHORT = new Effort(true, 0, 0, 1, 1, 3);

        int rounds(final int count) {
            return isShort ? rounds : rounds * Math.max(1, 1000 / count);
        }

        int warmups(final int count) {
            return isShort ? warmups : warmups * Math.max(1, 1000 / count);
        }

        static Effort of(final String[] args) {
            return BenchTarget.isShort(args) ? SHORT : FULL;
        }
    }

    /** How connections are written. */
    enum Mode {
        EACH("1 per txn"),
        ONE("all in 1 txn");

        final String label;

        Mode(final String label) {
            this.label = label;
        }
    }

    /**
     * Wall-clock and process CPU nanoseconds of one create and the delete after it, and the messages each sent.
     * CPU is that of this whole JVM, GC and JIT included (in-process, the simulator's too, which is the same for
     * engine and raw): the difference between engine and raw is the engine's own work, a figure that a busy machine
     * disturbs less than wall-clock time.
     */
    private record Run(long create, long delete, long createCpu, long deleteCpu, Map<String, Long> createCalls,
            Map<String, Long> deleteCalls) {
    }

    private final Effort effort;
    private final BenchTarget target;
    private final VppClient client;
    private final Simulator simulator;
    private final ConnectionSource source;
    private final Settings settings;
    private final Engine engine;
    private final RawCalls raw;
    private final List<Double> ratios = new ArrayList<>();
    private final OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private double worst;
    private String worstLine = "";

    private EngineBenchmark(final Effort effort, final BenchTarget target) {
        this.effort = effort;
        this.target = target;
        this.client = target.client();
        this.simulator = target.simulator();
        source = new ConnectionSource(rawForwarder,
            Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString(), target.memifDir());
        settings = new Settings(forwarder, Duration.ofSeconds(600), Set.of(), false, null, target.socket().toString(),
            false, Duration.ofSeconds(2), Duration.ofSeconds(1));
        engine = Engine.withHostInterfaces(VppApi.of(client), new Bindings(), Clock.systemUTC());
        raw = new RawCalls(client);
    }

    public static void main(final String[] args) throws IOException {
        final Effort effort = Effort.of(args);
        BenchTarget.run("nsm-vpp-engine-bench", "engine benchmark", effort.isShort(),
            target -> new EngineBenchmark(effort, target));
    }

    @Override
    void run() {
        if (simulator != null) {
            for (Kind kind : Kind.values()) {
                sequence(kind);
            }
        } else {
            note("calls per connection: see RawCalls (checked call by call against vpp-sim's operation log)");
        }
        for (int pass = 0; pass < effort.jitPasses(); pass++) {
            for (Kind kind : Kind.values()) {
                for (Mode mode : Mode.values()) {
                    raw(kind, HEAP_CONNECTIONS, mode);
                    engine(kind, HEAP_CONNECTIONS, mode);
                }
            }
        }
        for (int count : COUNTS) {
            for (Kind kind : Kind.values()) {
                for (Mode mode : Mode.values()) {
                    measure(kind, count, mode);
                }
            }
        }
        final double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report("engine/raw time, all lines above", String.format(Locale.ROOT,
            "%.2f median, %.2f worst (%s); target <= %.2f", sorted[sorted.length / 2], worst, worstLine, TARGET));
        oneAtATime(Kind.LOOPBACK);
        oneAtATime(Kind.MEMIF_OWN);
        heap(Kind.LOOPBACK);
        heap(Kind.MEMIF_OWN);
    }

    /**
     * The latency of one connection on an otherwise idle engine: connections created one at a time, each awaited
     * before the next, then deleted the same way, taking turns with the raw calls for one connection; medians. Here
     * nothing hides the engine's own work behind VPP's replies, as many connections in flight do.
     */
    private void oneAtATime(final Kind kind) {
        final int count = effort.isShort() ? 10 : 1000;
        final long[] engineCreate = new long[count];
        final long[] engineDelete = new long[count];
        final long[] rawCreate = new long[count];
        final long[] rawDelete = new long[count];
        for (int i = 0; i < count; i++) {
            final Connection conn = source.entries(kind, 1).get(0);
            final String id = conn.getId().getValue();
            long start = System.nanoTime();
            write(List.of(new ConnectionChange(id, null, conn)), Mode.ONE);
            engineCreate[i] = System.nanoTime() - start;
            start = System.nanoTime();
            write(List.of(new ConnectionChange(id, conn, null)), Mode.ONE);
            engineDelete[i] = System.nanoTime() - start;
            final List<RawCalls.Conn> direct = source.raw(kind, 1);
            start = System.nanoTime();
            raw.create(direct, true).join();
            rawCreate[i] = System.nanoTime() - start;
            start = System.nanoTime();
            raw.delete(direct).join();
            rawDelete[i] = System.nanoTime() - start;
        }
        checkNothingLeft("one at a time, " + kind.label);
        for (boolean create : new boolean[] { true, false }) {
            final long viaEngine = median(create ? engineCreate : engineDelete);
            final long direct = median(create ? rawCreate : rawDelete);
            report(String.format(Locale.ROOT, "%s %s, 1 conn at a time, %,d times", create ? "create" : "delete",
                kind.label, count), String.format(Locale.ROOT, "%,8.0f us/conn   raw %,8.0f us/conn   engine/raw time "
                    + "%.2f", viaEngine / 1e3, direct / 1e3, (double) viaEngine / direct));
        }
    }

    // ------------------------------------------------------------------ rates

    private void measure(final Kind kind, final int count, final Mode mode) {
        final int rounds = effort.rounds(count);
        final int warmups = effort.warmups(count);
        final long[] engineCreate = new long[rounds];
        final long[] engineDelete = new long[rounds];
        final long[] rawCreate = new long[rounds];
        final long[] rawDelete = new long[rounds];
        final long[] extraCreateCpu = new long[rounds];
        final long[] extraDeleteCpu = new long[rounds];
        for (int round = 0; round < warmups + rounds; round++) {
            final Run viaEngine;
            final Run direct;
            if (round % 2 == 0) {
                direct = raw(kind, count, mode);
                viaEngine = engine(kind, count, mode);
            } else {
                viaEngine = engine(kind, count, mode);
                direct = raw(kind, count, mode);
            }
            if (simulator != null && (!viaEngine.createCalls().equals(direct.createCalls())
                    || !viaEngine.deleteCalls().equals(direct.deleteCalls()))) {
                throw new IllegalStateException(kind.label + ", " + count + ", " + mode.label
                    + ": the engine and the raw calls sent different messages; engine " + viaEngine.createCalls()
                    + " then " + viaEngine.deleteCalls() + ", raw " + direct.createCalls() + " then "
                    + direct.deleteCalls());
            }
            final int i = round - warmups;
            if (i >= 0) {
                engineCreate[i] = viaEngine.create();
                engineDelete[i] = viaEngine.delete();
                rawCreate[i] = direct.create();
                rawDelete[i] = direct.delete();
                extraCreateCpu[i] = viaEngine.createCpu() - direct.createCpu();
                extraDeleteCpu[i] = viaEngine.deleteCpu() - direct.deleteCpu();
            }
        }
        final String what = String.format(Locale.ROOT, "%s, %,d conns, %s", kind.label, count, mode.label);
        // CPU time comes in 10 ms ticks: the mean over all rounds, not the median of each.
        rate("create " + what, count, median(engineCreate), median(rawCreate), mean(extraCreateCpu));
        rate("delete " + what, count, median(engineDelete), median(rawDelete), mean(extraDeleteCpu));
    }

    private void rate(final String what, final int count, final long engineNanos, final long rawNanos,
            final long extraCpuNanos) {
        final double ratio = (double) engineNanos / rawNanos;
        ratios.add(ratio);
        if (ratio > worst) {
            worst = ratio;
            worstLine = what;
        }
        report(what, String.format(Locale.ROOT,
            "%,8.0f conn/s   raw %,8.0f conn/s   engine/raw time %.2f   engine cpu %+,5.0f us/conn",
            count * 1e9 / engineNanos, count * 1e9 / rawNanos, ratio, extraCpuNanos / 1e3 / count));
    }

    private Run engine(final Kind kind, final int count, final Mode mode) {
        final List<Connection> conns = source.entries(kind, count);
        clearCalls();
        final long cpu = os.getProcessCpuTime();
        final long start = System.nanoTime();
        write(conns.stream().map(c -> new ConnectionChange(c.getId().getValue(), null, c)).toList(), mode);
        final long created = System.nanoTime();
        final long createdCpu = os.getProcessCpuTime();
        final var createCalls = calls();
        clearCalls();
        final long deleteCpu = os.getProcessCpuTime();
        final long deleteStart = System.nanoTime();
        write(conns.stream().map(c -> new ConnectionChange(c.getId().getValue(), c, null)).toList(), mode);
        final long deleted = System.nanoTime();
        final long deletedCpu = os.getProcessCpuTime();
        final var deleteCalls = calls();
        checkNothingLeft("engine, " + kind.label);
        return new Run(created - start, deleted - deleteStart, createdCpu - cpu, deletedCpu - deleteCpu, createCalls,
            deleteCalls);
    }

    /** Applies the changes as one transaction or one each, all at once, and commits them. */
    private void write(final List<ConnectionChange> changes, final Mode mode) {
        if (mode == Mode.ONE) {
            engine.apply(new ConfigChange(settings, changes)).toCompletableFuture().join().committed();
            return;
        }
        final List<CompletableFuture<AppliedTransaction>> applied = new ArrayList<>(changes.size());
        for (ConnectionChange change : changes) {
            applied.add(engine.apply(new ConfigChange(settings, List.of(change))).toCompletableFuture());
        }
        CompletableFuture.allOf(applied.toArray(CompletableFuture[]::new)).join();
        applied.forEach(done -> done.join().committed());
    }

    private Run raw(final Kind kind, final int count, final Mode mode) {
        final List<RawCalls.Conn> conns = source.raw(kind, count);
        clearCalls();
        final long cpu = os.getProcessCpuTime();
        final long start = System.nanoTime();
        raw.create(conns, mode == Mode.ONE).join();
        final long created = System.nanoTime();
        final long createdCpu = os.getProcessCpuTime();
        final var createCalls = calls();
        clearCalls();
        final long deleteCpu = os.getProcessCpuTime();
        final long deleteStart = System.nanoTime();
        raw.delete(conns).join();
        final long deleted = System.nanoTime();
        final long deletedCpu = os.getProcessCpuTime();
        final var deleteCalls = calls();
        checkNothingLeft("raw, " + kind.label);
        return new Run(created - start, deleted - deleteStart, createdCpu - cpu, deletedCpu - deleteCpu, createCalls,
            deleteCalls);
    }

    private void clearCalls() {
        target.clearCalls();
    }

    /** How many of each message this client sent since the last clear (nothing is known on a real VPP). */
    private Map<String, Long> calls() {
        return callList().stream().collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
    }

    private List<String> callList() {
        return target.callList();
    }

    /** The interfaces of the engine's forwarder and of the raw calls'. */
    private List<SwInterfaceDetails> ours() {
        final List<SwInterfaceDetails> all = new ArrayList<>(target.ours(forwarder));
        all.addAll(target.ours(rawForwarder));
        return all;
    }

    private void checkNothingLeft(final String what) {
        final var left = ours();
        if (!left.isEmpty() || engine.bindings().size() != 0) {
            throw new IllegalStateException(what + ": " + left.size() + " interfaces and "
                + engine.bindings().size() + " bindings left after the delete");
        }
    }

    /**
     * One connection through the engine and through the raw calls: the same messages, as many of each. The order is
     * not theirs to agree on: each side's calls follow one another, the two sides' interleave as replies come.
     */
    private void sequence(final Kind kind) {
        final List<Connection> conn = source.entries(kind, 1);
        clearCalls();
        write(List.of(new ConnectionChange(conn.get(0).getId().getValue(), null, conn.get(0))), Mode.ONE);
        final List<String> engineCreate = callList();
        clearCalls();
        write(List.of(new ConnectionChange(conn.get(0).getId().getValue(), conn.get(0), null)), Mode.ONE);
        final List<String> engineDelete = callList();
        final List<RawCalls.Conn> direct = source.raw(kind, 1);
        clearCalls();
        raw.create(direct, true).join();
        final List<String> rawCreate = callList();
        clearCalls();
        raw.delete(direct).join();
        final List<String> rawDelete = callList();
        if (!sorted(engineCreate).equals(sorted(rawCreate)) || !sorted(engineDelete).equals(sorted(rawDelete))) {
            throw new IllegalStateException(kind.label + ": the engine's calls for one connection " + engineCreate
                + " then " + engineDelete + " differ from the raw calls " + rawCreate + " then " + rawDelete);
        }
        note("calls, 1 connection " + kind.label + ": create " + engineCreate.size() + ": " + compact(engineCreate));
        note("calls, 1 connection " + kind.label + ": delete " + engineDelete.size() + ": " + compact(engineDelete));
    }

    private static List<String> sorted(final List<String> calls) {
        return calls.stream().sorted().toList();
    }

    /** {@code a, b, b} as {@code a, b x2}. */
    private static String compact(final List<String> calls) {
        final var out = new StringBuilder();
        for (int first = 0; first < calls.size();) {
            int end = first;
            while (end < calls.size() && calls.get(end).equals(calls.get(first))) {
                end++;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(calls.get(first));
            if (end - first > 1) {
                out.append(" x").append(end - first);
            }
            first = end;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------- heap

    /**
     * Retained heap per connection: used heap after full collections, before and after creating 1,000 connections
     * (one transaction, committed, the transaction itself let go). In-process the simulator's state grows too, so
     * the same connections made by the raw calls are measured the same way and subtracted.
     */
    private void heap(final Kind kind) {
        final long[] viaEngine = new long[effort.heapRounds()];
        final long[] direct = new long[effort.heapRounds()];
        for (int round = 0; round < viaEngine.length; round++) {
            final List<Connection> conns = source.entries(kind, HEAP_CONNECTIONS);
            final long engineBase = usedHeap();
            write(conns.stream().map(c -> new ConnectionChange(c.getId().getValue(), null, c)).toList(), Mode.ONE);
            viaEngine[round] = usedHeap() - engineBase;
            write(conns.stream().map(c -> new ConnectionChange(c.getId().getValue(), c, null)).toList(), Mode.ONE);
            checkNothingLeft("heap, engine, " + kind.label);
            final List<RawCalls.Conn> rawConns = source.raw(kind, HEAP_CONNECTIONS);
            final long rawBase = usedHeap();
            raw.create(rawConns, true).join();
            direct[round] = usedHeap() - rawBase;
            raw.delete(rawConns).join();
            checkNothingLeft("heap, raw, " + kind.label);
        }
        final double total = (double) median(viaEngine) / HEAP_CONNECTIONS;
        final double vpp = (double) median(direct) / HEAP_CONNECTIONS;
        report(String.format(Locale.ROOT, "heap per connection, %s, %,d conns", kind.label, HEAP_CONNECTIONS),
            String.format(Locale.ROOT, "%,8.0f B   (engine run %,.0f B, raw run %,.0f B%s)", total - vpp, total, vpp,
                simulator != null ? ": the simulator's own state" : ""));
    }

    private long usedHeap() {
        return BenchTarget.usedHeap(effort.heapSamples());
    }

    private static long mean(final long[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    private static long median(final long[] values) {
        return BenchTarget.median(values);
    }
}

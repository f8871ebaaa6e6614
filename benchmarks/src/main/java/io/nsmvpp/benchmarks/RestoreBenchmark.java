/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.reconcile.LeaseReaper;
import io.nsmvpp.impl.reconcile.Reconciler;
import io.nsmvpp.impl.reconcile.VppInventory;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.sim.Simulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * Agent start to restore complete, and the prune of connections whose leases all end at once (issue 8,
 * "Performance"); printed for docs/benchmarks.md. Against vpp-sim in-process, or against the real VPP whose API
 * socket {@code VPP_API_SOCKET} names: there it creates only interfaces tagged with a forwarder name
 * {@code bench-<random>} and memif socket files in a temporary directory, and deletes all of them before it ends.
 *
 * <p>For each count N (1,000 and 10,000; 100 and 1,000 with {@code --short}) it creates N l2xc connections through
 * one engine (half loop/loop, half memif/loop with a socket file each, as NSM gives each connection: 2N tagged
 * interfaces), then measures, each from a fresh engine as an agent start has:
 * <ul>
 *   <li>{@code VppInventory.load} alone: the dumps a reconciliation pass starts with, VPP's share and the client's;
 *   <li>restore: {@code Reconciler.reconcile()} with an empty configuration (the datastore wiped or never written):
 *       every connection rebuilt from the tags and written through the engine, which adopts its interfaces;
 *   <li>adopt: the same with the persisted configuration: every connection applied through the engine, adopted;
 *   <li>heap the engine (and, on restore, the rebuilt entries) retains per connection;
 *   <li>prune: every lease ends at once (the clock moves on), {@code LeaseReaper.runOnce()} deletes all N through
 *       the configuration, one transaction each, against the same VPP calls sent straight on the client for N
 *       connections made the same way, pipelined the same way: whether the agent or VPP limits the prune. Before
 *       the largest count, prunes of as many connections, 1,000 at a time, warm the delete path up, as an agent in
 *       service has it; the prune line reports the JIT's time during it.
 * </ul>
 */
public final class RestoreBenchmark extends Bench {
    /** The target: 10,000 connections restored in 2 s against a real VPP. */
    private static final double TARGET_MILLIS = 2000;
    private static final int TARGET_CONNECTIONS = 10_000;

    /** Counts of connections, measured rounds per restore and adopt, timed dumps, used-heap samples per reading. */
    private record Effort(boolean isShort, int[] counts, int rounds, int dumps, int heapSamples) {
        static final Effort FULL = new Effort(false, new int[] { 1000, 10_000 }, 3, 5, 5);
        static final Effort SHORT = new Effort(true, new int[] { 100, 1000 }, 1, 1, 3);

        static Effort of(final String[] args) {
            return BenchTarget.isShort(args) ? SHORT : FULL;
        }
    }

    /** One timed reconciliation pass from a fresh engine, and the heap retained after it. */
    private record Pass(long nanos, long cpu, long heap, Reconciler.Report report) {
    }

    private final Effort effort;
    private final BenchTarget target;
    private final VppClient client;
    private final VppApi vpp;
    private final Simulator simulator;
    private final Path memifDir;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    /** The JIT compilers' time (all their threads), which a first run of a code path spends beside it. */
    private final java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    /** A real VPP's main thread, when {@code VPP_PID} names its process: how busy VPP was during each prune. */
    private final VppMainThread vppMain = VppMainThread.fromEnvironment();
    private int files;

    private RestoreBenchmark(final Effort effort, final BenchTarget target) {
        this.effort = effort;
        this.target = target;
        this.client = target.client();
        this.vpp = VppApi.of(client);
        this.simulator = target.simulator();
        this.memifDir = target.memifDir();
    }

    public static void main(final String[] args) throws IOException {
        final Effort effort = Effort.of(args);
        BenchTarget.run("nsm-vpp-restore-bench", "restore benchmark", effort.isShort(),
            target -> new RestoreBenchmark(effort, target));
    }

    @Override
    void run() {
        final int[] counts = effort.counts();
        for (int i = 0; i < counts.length; i++) {
            if (i == counts.length - 1) {
                warmUpPrunes(counts[i]);
            }
            measure(counts[i]);
        }
    }

    /**
     * Prunes {@code total} connections, 1,000 at a time, before the largest count is measured: an agent in service
     * deletes connections all day, so its delete path is compiled by the JIT; the benchmark's first prunes are not,
     * and without this the prune of 10,000 measured the C2 compiler (half of the JVM's CPU during it, profiled on
     * 2026-12-02) as much as the agent. Done while VPP holds few interfaces, where creating them is fast. The prune
     * line reports the JIT's time during it, so that what is left of it shows.
     */
    private void warmUpPrunes(final int total) {
        final int round = Math.min(1000, total);
        final long start = System.nanoTime();
        for (int done = 0; done < total; done += round) {
            final Engine engine = engine();
            final var store = new BenchConfigStore(forwarder).attach(engine);
            store.create(connections(round));
            clock.advance(Duration.ofDays(2));
            final int pruned = new LeaseReaper(engine, store, clock).runOnce().toCompletableFuture().join();
            check(pruned == round && ours().isEmpty(), "warm-up prune: " + pruned + " of " + round + " pruned");
        }
        note(String.format(Locale.ROOT, "warm-up: %,d connections created and pruned, %,d at a time, in %,.0f ms",
            total, round, (System.nanoTime() - start) / 1e6));
    }

    private Engine engine() {
        return Engine.withHostInterfaces(vpp, new Bindings(), clock);
    }

    private void measure(final int count) {
        final String conns = String.format(Locale.ROOT, "%,d conns", count);
        // The connections, as forwarders wrote them; this store stands for the persisted datastore.
        final var persisted = new BenchConfigStore(forwarder).attach(engine());
        final long setupStart = System.nanoTime();
        persisted.create(connections(count));
        final long setup = System.nanoTime() - setupStart;
        final int interfaces = client.dumpSync(SwInterfaceDump.all()).size();
        target.expectOurs(forwarder, 2 * count, "setup");
        note(String.format(Locale.ROOT, "setup, %s: created through one engine in %,.0f ms (%,.0f conn/s); VPP "
            + "holds %,d interfaces", conns, setup / 1e6, count * 1e9 / setup, interfaces));

        // The raw baseline: the dumps any restore needs (every interface, its mechanism, its cross-connect, the
        // addresses of both families of each tagged interface), sent straight on the client, all in flight at once;
        // then the same through VppInventory.load, which a pass starts with. Alternated, medians.
        // One untimed round of each first; then they take turns to go first.
        final long[] raws = new long[effort.dumps()];
        final long[] rawCpus = new long[effort.dumps()];
        final long[] dumps = new long[effort.dumps()];
        for (int i = -1; i < dumps.length; i++) {
            final boolean rawFirst = i % 2 == 0;
            long raw = 0;
            long rawCpu = 0;
            if (rawFirst) {
                rawCpu = os.getProcessCpuTime();
                raw = timed(this::rawDumps);
                rawCpu = os.getProcessCpuTime() - rawCpu;
            }
            final long inventory = timed(() -> VppInventory.loadTagged(vpp, tag -> tag.forwarder().equals(forwarder))
                .toCompletableFuture().join());
            if (!rawFirst) {
                rawCpu = os.getProcessCpuTime();
                raw = timed(this::rawDumps);
                rawCpu = os.getProcessCpuTime() - rawCpu;
            }
            if (i >= 0) {
                raws[i] = raw;
                rawCpus[i] = rawCpu;
                dumps[i] = inventory;
            }
        }
        final long raw = median(raws);
        final long rawCpu = median(rawCpus);
        final long dump = median(dumps);
        report(String.format(Locale.ROOT, "raw dumps (the baseline), %s (%,d interfaces)", conns, interfaces),
            String.format(Locale.ROOT, "%,8.1f ms median (min %,.1f)   cpu %,.0f ms", raw / 1e6,
                Arrays.stream(raws).min().orElseThrow() / 1e6, rawCpu / 1e6));
        report("VppInventory.load alone, " + conns, String.format(Locale.ROOT, "%,8.1f ms median (min %,.1f)   "
            + "%.2f x raw", dump / 1e6, Arrays.stream(dumps).min().orElseThrow() / 1e6, (double) dump / raw));

        final Pass restore = passes(count, null);
        reportPass("restore, empty config, " + conns, count, restore, raw, rawCpu);
        final Pass adopt = passes(count, persisted);
        reportPass("adopt, persisted config, " + conns, count, adopt, raw, rawCpu);
        if (count == effort.counts()[effort.counts().length - 1]) {
            final double scaled = restore.nanos() / 1e6 * TARGET_CONNECTIONS / count;
            report(String.format(Locale.ROOT, "restore vs target (%,d conns in %,.0f ms)", TARGET_CONNECTIONS,
                TARGET_MILLIS), String.format(Locale.ROOT, "%8.2f of the target%s", scaled / TARGET_MILLIS,
                    count == TARGET_CONNECTIONS ? "" : String.format(Locale.ROOT, " (scaled linearly from %,d)",
                        count)));
        }
        report("heap per restored connection, " + conns, String.format(Locale.ROOT,
            "%,8.0f B   (engine and the rebuilt config entries)", (double) restore.heap() / count));
        report("heap per adopted connection, " + conns, String.format(Locale.ROOT,
            "%,8.0f B   (engine only: the entries were in the config already)", (double) adopt.heap() / count));
        prune(count, persisted);
    }

    /** Reconciliation passes from fresh engines (and a fresh empty store, or the persisted one): the median. */
    private Pass passes(final int count, final BenchConfigStore persisted) {
        final List<Pass> all = new ArrayList<>();
        for (int round = 0; round < effort.rounds(); round++) {
            all.add(pass(count, persisted));
        }
        all.sort(Comparator.comparingLong(Pass::nanos));
        return all.get(all.size() / 2);
    }

    private Pass pass(final int count, final BenchConfigStore persisted) {
        final long base = usedHeap();
        final Engine engine = engine();
        final var store = persisted != null ? persisted.attach(engine) : new BenchConfigStore(forwarder).attach(engine);
        clearCalls();
        final long cpu = os.getProcessCpuTime();
        final long start = System.nanoTime();
        final var report = new Reconciler(vpp, engine, store, clock).reconcile().toCompletableFuture().join();
        final long nanos = System.nanoTime() - start;
        final long cpuUsed = os.getProcessCpuTime() - cpu;
        final long writes = simulator == null ? 0 : simulator.operations().stream()
            .filter(op -> op.clientIndex() == client.clientIndex() && !op.message().contains("dump")
                && !"control_ping".equals(op.message())).count();
        final long heap = usedHeap() - base;
        check(report.failed() == 0 && report.created() == 0 && report.leftovers() == 0 && writes == 0
            && (persisted == null ? report.restored() == count : report.adopted() == 2 * count)
            && store.size() == count, "reconciliation of " + count + " connections: " + report + ", " + writes
            + " VPP writes, " + store.size() + " entries in the configuration");
        Reference.reachabilityFence(engine);
        Reference.reachabilityFence(store);
        return new Pass(nanos, cpuUsed, heap, report);
    }

    /** Wall time against the raw dumps' time; and the JVM's CPU time (of all threads) against theirs. */
    private void reportPass(final String what, final int count, final Pass pass, final long raw, final long rawCpu) {
        report(what, String.format(Locale.ROOT, "%,8.1f ms   %,8.0f conn/s   %5.2f x raw dumps   cpu %,.0f ms "
            + "(%.2f x raw's)", pass.nanos() / 1e6, count * 1e9 / pass.nanos(), (double) pass.nanos() / raw,
            pass.cpu() / 1e6, (double) pass.cpu() / Math.max(1, rawCpu)));
    }

    private static long timed(final Runnable work) {
        final long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /**
     * The dumps a restore cannot do without, straight on the client and all in flight at once: every interface,
     * memifs and their socket files, l2 xconnects, l3xc entries, and both address families of each interface tagged
     * with this run's forwarder name.
     */
    private void rawDumps() {
        // in VppInventory's order: the interfaces first, so that the address dumps can start as soon as they are in
        final var interfaces = client.dump(SwInterfaceDump.all());
        final List<CompletableFuture<?>> others = List.of(client.dump(new MemifDump()),
            client.dump(new MemifSocketFilenameDump()), client.dump(new L2XconnectDump()),
            client.dump(new L3xcDump(0xFFFF_FFFFL)));
        interfaces.thenCompose(rows -> {
            final List<CompletableFuture<?>> addresses = new ArrayList<>(others);
            for (SwInterfaceDetails row : rows) {
                if (TagCodec.parse(row.tag()).filter(tag -> tag.forwarder().equals(forwarder)).isPresent()) {
                    addresses.add(client.dump(new IpAddressDump(row.swIfIndex(), false)));
                    addresses.add(client.dump(new IpAddressDump(row.swIfIndex(), true)));
                }
            }
            return CompletableFuture.allOf(addresses.toArray(CompletableFuture[]::new));
        }).join();
    }

    /**
     * Every lease ends at once; the lease reaper deletes all of them through the configuration. Then the same count
     * of connections, made the same way, is deleted by the same VPP calls sent straight on the client.
     */
    private void prune(final int count, final BenchConfigStore persisted) {
        final Engine engine = engine();
        persisted.attach(engine);
        new Reconciler(vpp, engine, persisted, clock).reconcile().toCompletableFuture().join();
        final var reaper = new LeaseReaper(engine, persisted, clock);
        idlePasses(count, reaper);
        clock.advance(Duration.ofDays(2));
        jitQuiet();
        clearCalls();
        final long vppBefore = vppMain.cpuNanos();
        final long jitBefore = jit.getTotalCompilationTime();
        final long cpu = os.getProcessCpuTime();
        final long start = System.nanoTime();
        final int pruned = reaper.runOnce().toCompletableFuture().join();
        final long prune = System.nanoTime() - start;
        final long pruneCpu = os.getProcessCpuTime() - cpu;
        final long pruneJit = jit.getTotalCompilationTime() - jitBefore;
        final long pruneVpp = vppMain.cpuNanos() - vppBefore;
        final long pruneCalls = calls();
        final int left = ours().size();
        check(pruned == count && persisted.size() == 0 && left == 0, "prune: " + pruned + " of " + count
            + " pruned, " + persisted.size() + " entries and " + left + " interfaces left");

        final var again = new BenchConfigStore(forwarder).attach(engine());
        again.create(connections(count));
        final var rows = ours();
        final var memifs = client.dumpSync(new MemifDump());
        clearCalls();
        final long rawVppStart = vppMain.cpuNanos();
        final long rawJitStart = jit.getTotalCompilationTime();
        final long rawCpuStart = os.getProcessCpuTime();
        final long rawStart = System.nanoTime();
        rawDelete(rows, memifs);
        final long raw = System.nanoTime() - rawStart;
        final long rawCpu = os.getProcessCpuTime() - rawCpuStart;
        final long rawJit = jit.getTotalCompilationTime() - rawJitStart;
        final long rawVpp = vppMain.cpuNanos() - rawVppStart;
        final long rawCalls = calls();
        target.expectOurs(forwarder, 0, "raw delete");
        if (simulator != null) {
            check(pruneCalls == rawCalls, "prune sent " + pruneCalls + " messages, the raw delete " + rawCalls);
        }
        report(String.format(Locale.ROOT, "prune, %,d conns expiring at once", count), String.format(Locale.ROOT,
            "%,8.0f conn/s   raw delete %,8.0f conn/s   prune/raw time %.2f   cpu %,.0f ms (raw %,.0f ms)"
                + "   JIT %,d ms (raw %,d ms)",
            count * 1e9 / prune, count * 1e9 / raw, (double) prune / raw, pruneCpu / 1e6, rawCpu / 1e6, pruneJit,
            rawJit));
        if (vppMain.known()) {
            report(String.format(Locale.ROOT, "VPP main thread during the prune of %,d", count),
                String.format(Locale.ROOT, "%,8.0f ms cpu, %3.0f%% busy   raw delete %,.0f ms cpu, %3.0f%% busy",
                    pruneVpp / 1e6, 100.0 * pruneVpp / prune, rawVpp / 1e6, 100.0 * rawVpp / raw));
        }
    }

    /**
     * Waits until the JIT has compiled nothing for half a second (at most 10 s): what the passes before queued for
     * compiling must not run beside the prune.
     */
    private void jitQuiet() {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        long seen = jit.getTotalCompilationTime();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < 500_000_000L && System.nanoTime() < deadline) {
            LockSupport.parkNanos(50_000_000L);
            final long now = jit.getTotalCompilationTime();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            }
        }
    }

    /**
     * What the agent pays four times a second while no lease is due: one reaper pass over {@code count} live
     * connections that prunes nothing (leases read from its cache). Median of many passes, after as many to warm up.
     */
    private void idlePasses(final int count, final LeaseReaper reaper) {
        final int passes = effort.isShort() ? 20 : 400;
        final long[] times = new long[passes];
        for (int i = 0; i < 2 * passes; i++) {
            final long start = System.nanoTime();
            final int pruned = reaper.runOnce().toCompletableFuture().join();
            final long took = System.nanoTime() - start;
            check(pruned == 0, "an idle reaper pass pruned " + pruned + " connections");
            if (i >= passes) {
                times[i - passes] = took;
            }
        }
        final long median = BenchTarget.median(times);
        report(String.format(Locale.ROOT, "reaper pass, nothing due, %,d conns", count), String.format(Locale.ROOT,
            "%,8.1f us per pass   %.2f%% of a core at 4 passes/s", median / 1e3, median * 4 / 1e7));
    }

    /**
     * The VPP calls the engine makes to delete these connections (see {@link RawCalls}), one chain per connection,
     * every chain in flight at once: re-read both interfaces, cross-connect off both ways, delete the server's
     * loopback, then the client's loopback or memif and its socket file (a file per connection here).
     */
    private void rawDelete(final List<SwInterfaceDetails> rows, final List<MemifDetails> memifs) {
        final Map<String, long[]> sides = new HashMap<>();
        for (SwInterfaceDetails row : rows) {
            final NsmTag tag = TagCodec.parse(row.tag()).orElseThrow();
            sides.computeIfAbsent(tag.connectionId(), id -> new long[2])[tag.side() == NsmTag.Side.CLIENT ? 0 : 1] =
                row.swIfIndex();
        }
        final Map<Long, Long> socketOf = new HashMap<>();
        for (MemifDetails memif : memifs) {
            socketOf.put(memif.swIfIndex(), memif.socketId());
        }
        final List<CompletableFuture<?>> all = new ArrayList<>(sides.size());
        for (long[] pair : sides.values()) {
            final long a = pair[0];
            final long b = pair[1];
            final Long socket = socketOf.get(a);
            all.add(client.dump(new SwInterfaceDump(a, false, ""))
                .thenCombine(client.dump(new SwInterfaceDump(b, false, "")), (rowsA, rowsB) -> rowsA)
                .thenCompose(ignored -> client.send(new SwInterfaceSetL2Xconnect(b, a, false)))
                .thenCompose(ok -> client.send(new SwInterfaceSetL2Xconnect(a, b, false)))
                .thenCompose(ok -> client.send(new DeleteLoopback(b)))
                .thenCompose(deleted -> socket == null ? client.send(new DeleteLoopback(a)).thenApply(ok -> (Void) null)
                    : client.send(new MemifDelete(a)).thenCompose(ok -> client.send(
                        new MemifSocketFilenameAddDelV2(false, socket, ""))).thenApply(ok -> (Void) null)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    /** Half loop/loop, half memif/loop with a socket file each; leases a day ahead of the benchmark's clock. */
    private List<Connection> connections(final int count) {
        final String expiresAt = clock.instant().plus(Duration.ofDays(1)).toString();
        final List<Connection> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(BenchConnections.connection(UUID.randomUUID().toString(), expiresAt,
                i % 2 == 0 ? BenchConnections.loopback()
                    : BenchConnections.memif(memifDir.resolve("r" + files++ + ".sock").toString()),
                BenchConnections.loopback()));
        }
        return out;
    }

    private void clearCalls() {
        target.clearCalls();
    }

    /** How many messages this client sent since the last clear (nothing is known on a real VPP). */
    private long calls() {
        return target.callList().size();
    }

    private List<SwInterfaceDetails> ours() {
        return target.ours(forwarder);
    }

    private long usedHeap() {
        return BenchTarget.usedHeap(effort.heapSamples());
    }

    private static long median(final long[] values) {
        return BenchTarget.median(values);
    }
}

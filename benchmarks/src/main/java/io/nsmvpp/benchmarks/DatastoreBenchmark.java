/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.nsmvpp.benchmarks.ConnectionSource.Kind;
import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.agent.NsmVppAgent;
import io.nsmvpp.impl.datastore.ConfigCohort;
import io.nsmvpp.impl.vpp.VppConnector;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.VppBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * Connections created and deleted <em>through the datastore</em>, as an operator or NSM writes them: the whole agent
 * ({@link NsmVppAgent}) on the controller's distributed datastore in process ({@link CdsFixture}), each write
 * committed through the agent's commit cohort, which programs VPP before the commit completes. Next to it, in the
 * same run, the raw vpp-client calls for the same connections ({@link RawCalls}). Against vpp-sim in-process, or the
 * real VPP that {@code VPP_API_SOCKET} names (only interfaces of the forwarder {@code bench-<random>}).
 *
 * <p>Each line is one kind of l2xc connection (two loopbacks; a memif with a socket file of its own and a loopback),
 * one count (100, 1,000) and one way to write them: one transaction per connection, all submitted at once, or one
 * transaction of all. The datastore runs a shard's transactions' three-phase commits one after another, so the first
 * way programs VPP one connection at a time; the raw calls are pipelined the same two ways as in
 * {@link EngineBenchmark}. Datastore and raw alternate, warm-up rounds first; the figures are medians.
 *
 * <p>To tell the datastore's own cost from the agent's, the same writes are first committed to the same datastore
 * before the agent starts: with no cohort ("alone"), then with a {@link NoopCohort} where the agent's goes ("cohort":
 * the datastore's cohort protocol, none of the agent's work). What the agent adds to a commit is the time through the
 * agent minus the latter; it is set against the raw calls made the way the commits let the agent make them: all in
 * flight at once within one transaction, and one connection after another when each connection is a transaction of
 * its own, since the shard runs them one after another.
 */
public final class DatastoreBenchmark extends Bench {
    private static final int[] COUNTS = { 100, 1000 };
    private static final DataObjectIdentifier<NsmVpp> ROOT = DataObjectIdentifier.builder(NsmVpp.class).build();
    private static final long COMMIT_TIMEOUT_SECONDS = 120;
    /** What issue 7 asks for: l2xc over loopback and over memif, a socket file per connection as NSM gives. */
    private static final Kind[] KINDS = { Kind.LOOPBACK, Kind.MEMIF_OWN };
    /**
     * What the prune lines' connections are made of: a memif client side (one socket file for all) and a loopback,
     * since VPP v26.06 makes at most 16,384 loopbacks and 10,000 loop/loop connections need 20,000.
     */
    private static final Kind PRUNE_KIND = Kind.MEMIF_SHARED;
    /**
     * Connections expiring at once in the prune lines: 10,000, long enough that timing from the first side let go
     * (not from the reaper's start, which is the agent's) is close; at 1,000 the first batch's latency is a third of
     * it.
     */
    private static final int[] PRUNE_COUNTS = { 10000 };
    /** Prunes of 1,000 before the measured one, so that the JIT has compiled its path. */
    private static final int PRUNE_WARM_UP_ROUNDS = 5;
    /** Connections per transaction when the prune lines write them: creates slow down as VPP fills (DESIGN 6: 5 s). */
    private static final int PRUNE_SETUP_BATCH = 200;

    /**
     * Warm-up passes of 1,000 each way before anything is measured, then warm-up and measured rounds per line, and
     * connections written one at a time for the latency lines.
     */
    private record Effort(boolean isShort, int jitPasses, int warmups, int rounds, int alone) {
        static final Effort FULL = new Effort(false, 2, 1, 5, 200);
        static final Effort SHORT = new Effort(true, 0, 0, 1, 10);
    }

    /** The medians of a line's create and delete times, in nanoseconds. */
    private record Times(long create, long delete) {
        static Times median(final long[] create, final long[] delete) {
            return new Times(BenchTarget.median(create), BenchTarget.median(delete));
        }
    }

    private final Effort effort;
    private final BenchTarget target;
    private final RawCalls raw;
    /** The JIT compilers' time, which code running for the first time (or again after HotSpot unloaded it) costs. */
    private final java.lang.management.CompilationMXBean jit =
        java.lang.management.ManagementFactory.getCompilationMXBean();
    private final ConnectionSource source;
    /** Each line's times with no agent running, by the line's name. */
    private final Map<String, Times> alone = new HashMap<>();
    /** The same with a cohort that does nothing, answering from another thread: what any cohort costs. */
    private final Map<String, Times> withCohort = new HashMap<>();
    /** The agent's clock: it stands still until the prune lines move it past every lease. */
    private final MutableClock clock = new MutableClock(Instant.now());
    /** A real VPP's main thread, when {@code VPP_PID} names its process. */
    private final VppMainThread vppMain = VppMainThread.fromEnvironment();

    private DatastoreBenchmark(final Effort effort, final BenchTarget target) {
        this.effort = effort;
        this.target = target;
        raw = new RawCalls(target.client());
        source = new ConnectionSource(rawForwarder,
            clock.instant().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS).toString(), target.memifDir());
    }

    public static void main(final String[] args) throws IOException {
        final Effort effort = BenchTarget.isShort(args) ? Effort.SHORT : Effort.FULL;
        BenchTarget.run("nsm-vpp-datastore-bench", "datastore benchmark", effort.isShort(),
            target -> new DatastoreBenchmark(effort, target));
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    void run() {
        final CdsFixture cds;
        try {
            cds = CdsFixture.start();
        } catch (Exception e) {
            throw new IllegalStateException("the in-process datastore did not start", e);
        }
        try {
            note("datastore: in-process CDS started in " + cds.startupTime().toMillis() + " ms");
            final DataBroker broker = cds.dataBroker();
            final var tx = broker.newWriteOnlyTransaction();
            tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
                .setForwarderName(new ForwarderName(forwarder)).build());
            await(tx.commit());
            measureAlone(broker, alone);
            measureWithNoopCohort(cds);
            final NsmVppAgent agent;
            try {
                agent = NsmVppAgent.start(broker, cds.domBroker(), cds.codec(),
                    new NsmVppAgent.Options(clock, name -> false, Duration.ofSeconds(60)))
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the agent did not start", e);
            }
            try {
                measureAll(broker, agent);
            } finally {
                agent.close();
            }
        } finally {
            cds.close();
        }
    }

    /** Every line's writes again, with a {@link NoopCohort} registered where the agent's cohort goes. */
    private void measureWithNoopCohort(final CdsFixture cds) {
        try {
            try (var registration = cds.domBroker().extension(DOMDataBroker.CommitCohortExtension.class)
                    .registerCommitCohort(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
                        ConfigCohort.NSM_VPP_PATH), new NoopCohort())) {
                cds.awaitConfigCohortCount(1, Duration.ofSeconds(30));
                measureAlone(cds.dataBroker(), withCohort);
            }
            cds.awaitConfigCohortCount(0, Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the no-op cohort: " + e.getMessage(), e);
        }
    }

    /** Every line's writes, committed with no agent to act on them: the datastore's own time. */
    private void measureAlone(final DataBroker broker, final Map<String, Times> into) {
        for (int pass = 0; pass < effort.jitPasses(); pass++) {
            for (Kind kind : KINDS) {
                for (boolean one : new boolean[] { false, true }) {
                    throughDatastore(broker, kind, 1000, one, false);
                }
            }
        }
        for (int count : COUNTS) {
            for (Kind kind : KINDS) {
                for (boolean one : new boolean[] { false, true }) {
                    final int rounds = rounds(count);
                    final long[] create = new long[rounds];
                    final long[] delete = new long[rounds];
                    for (int round = 0; round < effort.warmups() + rounds; round++) {
                        final long[] times = throughDatastore(broker, kind, count, one, false);
                        final int i = round - effort.warmups();
                        if (i >= 0) {
                            create[i] = times[0];
                            delete[i] = times[1];
                        }
                    }
                    into.put(line(kind, count, one), Times.median(create, delete));
                }
            }
        }
        into.put(latencyLine(), oneAtATime(broker, false).datastore());
    }

    private void measureAll(final DataBroker broker, final NsmVppAgent agent) {
        final var tx = broker.newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
            .setVpp(new VppBuilder().setApiSocket(new AbsolutePath(target.socket().toString()))
                .setReconnectInterval(Uint32.valueOf(100)).build()).build());
        await(tx.commit());
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (agent.connector().status() != VppConnector.Status.CONNECTED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the agent did not reach VPP at " + target.socket());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        // the agent reconciles once it reaches VPP; measure after that pass, not beside it (a pass waits for the
        // agent's lease thread, where the one the connection started runs)
        try {
            agent.reconcileNow().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the agent's reconciliation failed", e);
        }
        for (int pass = 0; pass < effort.jitPasses(); pass++) {
            for (Kind kind : KINDS) {
                for (boolean one : new boolean[] { false, true }) {
                    throughDatastore(broker, kind, 1000, one, true);
                    direct(kind, 1000, one);
                }
            }
        }
        for (int count : COUNTS) {
            for (Kind kind : KINDS) {
                for (boolean one : new boolean[] { false, true }) {
                    measure(broker, kind, count, one);
                }
            }
        }
        if (!effort.isShort()) {
            oneAtATime(broker, true);
        }
        final Latency latency = oneAtATime(broker, true);
        final Times bare = alone.get(latencyLine());
        final Times cohort = withCohort.get(latencyLine());
        latency("create " + latencyLine(), new long[] { latency.datastore().create(), bare.create(), cohort.create(),
            latency.raw().create() });
        latency("delete " + latencyLine(), new long[] { latency.datastore().delete(), bare.delete(), cohort.delete(),
            latency.raw().delete() });
        // last: a VPP that has held 20,000 interfaces creates more slowly ever after
        if (!effort.isShort()) {
            // the prune's path through the datastore runs here for the first time: compiled first, as in service
            for (int round = 0; round < PRUNE_WARM_UP_ROUNDS; round++) {
                prunedThroughDatastore(broker, agent, 1000);
            }
        }
        for (int count : effort.isShort() ? new int[] { 100 } : PRUNE_COUNTS) {
            prune(broker, agent, count);
        }
    }

    /**
     * Connections whose leases all end at once, pruned by the agent's lease reaper through the datastore, as in
     * Karaf: in batches, each a transaction whose commit programs VPP, the shard running them one after another.
     * Timed from the first side the engine lets go to the last (the reaper's own schedule, a pass every 250 ms, is
     * not in it); next to it the same VPP calls straight on the client, all in flight at once.
     */
    private void prune(final DataBroker broker, final NsmVppAgent agent, final int count) {
        final Prune prune = prunedThroughDatastore(broker, agent, count);
        final long nanos = prune.nanos();
        final long vpp = prune.vppNanos();

        final List<RawCalls.Conn> direct = source.raw(PRUNE_KIND, count);
        raw.create(direct, true).join();
        final long rawVppStart = vppMain.cpuNanos();
        final long rawStart = System.nanoTime();
        raw.delete(direct).join();
        final long rawNanos = System.nanoTime() - rawStart;
        final long rawVpp = vppMain.cpuNanos() - rawVppStart;
        target.expectOurs(rawForwarder, 0, "raw delete");
        report(String.format(Locale.ROOT, "prune %s, %,d conns expiring at once", PRUNE_KIND.label, count),
            String.format(Locale.ROOT, "%,8.0f conn/s   raw delete %,8.0f conn/s   prune/raw time %.2f   JIT %,d ms%s",
                count * 1e9 / nanos, count * 1e9 / rawNanos, (double) nanos / rawNanos, prune.jitMillis(),
                !vppMain.known() ? ""
                    : String.format(Locale.ROOT, "   VPP main thread %3.0f%% busy (raw %3.0f%%)",
                        100.0 * vpp / nanos, 100.0 * rawVpp / rawNanos)));
    }

    /** A prune's wall time, VPP's main thread's CPU time during it, and the JIT's time during it. */
    private record Prune(long nanos, long vppNanos, long jitMillis) {
    }

    /**
     * Writes {@code count} connections, lets their leases end and waits for the agent's reaper to prune them all
     * through the datastore.
     */
    private Prune prunedThroughDatastore(final DataBroker broker, final NsmVppAgent agent, final int count) {
        final List<Connection> conns = source.entries(PRUNE_KIND, count);
        for (int i = 0; i < count; i += PRUNE_SETUP_BATCH) {
            write(broker, conns.subList(i, Math.min(count, i + PRUNE_SETUP_BATCH)), true, true);
        }
        target.expectOurs(forwarder, 2 * count, "prune setup");
        final var bindings = agent.engine().bindings();
        final long initial = bindings.size();
        final long done = initial - 2L * count;
        final Instant before = clock.instant();
        clock.advance(Duration.ofHours(1));
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (bindings.size() == initial) {
            waitABit(deadline, "the reaper did not start pruning");
        }
        final long vppStart = vppMain.cpuNanos();
        final long jitStart = jit.getTotalCompilationTime();
        final long start = System.nanoTime();
        while (bindings.size() > done) {
            waitABit(deadline, "the prune did not end: " + (bindings.size() - done) + " sides left");
        }
        final long nanos = System.nanoTime() - start;
        final long vpp = vppMain.cpuNanos() - vppStart;
        final long jitMillis = jit.getTotalCompilationTime() - jitStart;
        target.expectOurs(forwarder, 0, "prune through the datastore");
        // back to when the leases of the lines still to come are ahead
        clock.set(before);
        return new Prune(nanos, vpp, jitMillis);
    }

    private static void waitABit(final long deadline, final String failure) {
        if (System.nanoTime() - deadline > 0) {
            throw new IllegalStateException(failure);
        }
        LockSupport.parkNanos(100_000);
    }

    private int rounds(final int count) {
        return effort.rounds() * (effort.isShort() ? 1 : Math.max(1, 1000 / count / 4));
    }

    private static String line(final Kind kind, final int count, final boolean one) {
        return String.format(Locale.ROOT, "%s, %,d conns, %s", kind.label, count, one ? "all in 1 txn" : "1 per txn");
    }

    private String latencyLine() {
        return "loop/loop, 1 conn at a time, " + effort.alone() + " times";
    }

    /** Medians of the per-connection times, one connection at a time: through the datastore, and raw. */
    private record Latency(Times datastore, Times raw) {
    }

    /**
     * The latency an NSM refresh or a new connection sees on an otherwise idle agent: connections, each in its own
     * transaction, each awaited before the next is written; then deleted the same way. With {@code agent}, next to
     * it, one connection's raw calls, each awaited alone.
     */
    private Latency oneAtATime(final DataBroker broker, final boolean agent) {
        final int count = effort.alone();
        final long[] dsCreate = new long[count];
        final long[] dsDelete = new long[count];
        final List<Connection> conns = source.entries(Kind.LOOPBACK, count);
        for (int i = 0; i < count; i++) {
            final long start = System.nanoTime();
            write(broker, List.of(conns.get(i)), true, true);
            dsCreate[i] = System.nanoTime() - start;
        }
        expectOurs(agent, 2 * count, "datastore create, one at a time");
        for (int i = 0; i < count; i++) {
            final long start = System.nanoTime();
            write(broker, List.of(conns.get(i)), true, false);
            dsDelete[i] = System.nanoTime() - start;
        }
        expectOurs(agent, 0, "datastore delete, one at a time");
        if (!agent) {
            return new Latency(Times.median(dsCreate, dsDelete), null);
        }
        final long[] rawCreate = new long[count];
        final long[] rawDelete = new long[count];
        for (int i = 0; i < count; i++) {
            final var conn = source.raw(Kind.LOOPBACK, 1);
            final long start = System.nanoTime();
            raw.create(conn, true).join();
            final long created = System.nanoTime();
            raw.delete(conn).join();
            rawCreate[i] = created - start;
            rawDelete[i] = System.nanoTime() - created;
        }
        target.expectOurs(rawForwarder, 0, "raw delete, one at a time");
        return new Latency(Times.median(dsCreate, dsDelete), Times.median(rawCreate, rawDelete));
    }

    /** One latency line from its medians: through the agent, alone, with a no-op cohort, and raw. */
    private void latency(final String what, final long[] nanos) {
        report(what, String.format(Locale.ROOT,
            "%,8.0f us/conn   raw %,8.0f us/conn   datastore/raw time %5.2f   alone %,6.0f us/conn   cohort %,6.0f"
                + " us/conn   agent/raw %.2f",
            nanos[0] / 1e3, nanos[3] / 1e3, (double) nanos[0] / nanos[3], nanos[1] / 1e3, nanos[2] / 1e3,
            (double) (nanos[0] - nanos[2]) / nanos[3]));
    }

    private void measure(final DataBroker broker, final Kind kind, final int count, final boolean one) {
        final int rounds = rounds(count);
        final int warmups = effort.warmups();
        final long[] dsCreate = new long[rounds];
        final long[] dsDelete = new long[rounds];
        final long[] rawCreate = new long[rounds];
        final long[] rawDelete = new long[rounds];
        final long[] turnCreate = new long[rounds];
        final long[] turnDelete = new long[rounds];
        for (int round = 0; round < warmups + rounds; round++) {
            final long[] viaDatastore;
            final long[] viaRaw;
            if (round % 2 == 0) {
                viaRaw = direct(kind, count, one);
                viaDatastore = throughDatastore(broker, kind, count, one, true);
            } else {
                viaDatastore = throughDatastore(broker, kind, count, one, true);
                viaRaw = direct(kind, count, one);
            }
            final long[] inTurn = one ? viaRaw : inTurn(kind, count);
            final int i = round - warmups;
            if (i >= 0) {
                dsCreate[i] = viaDatastore[0];
                dsDelete[i] = viaDatastore[1];
                rawCreate[i] = viaRaw[0];
                rawDelete[i] = viaRaw[1];
                turnCreate[i] = inTurn[0];
                turnDelete[i] = inTurn[1];
            }
        }
        final String what = line(kind, count, one);
        final Times bare = alone.get(what);
        final Times cohort = withCohort.get(what);
        rate("create " + what, count, new long[] { BenchTarget.median(dsCreate), bare.create(), cohort.create(),
            BenchTarget.median(rawCreate), BenchTarget.median(turnCreate) });
        rate("delete " + what, count, new long[] { BenchTarget.median(dsDelete), bare.delete(), cohort.delete(),
            BenchTarget.median(rawDelete), BenchTarget.median(turnDelete) });
    }

    /**
     * One line from its medians: through the agent, alone, with a no-op cohort, the raw calls all in flight, and the
     * raw calls made as the commits let the agent make them. {@code agent/raw} is what the agent adds to the commits
     * beyond what any cohort costs, over the latter raw time.
     */
    private void rate(final String what, final int count, final long[] nanos) {
        report(what, String.format(Locale.ROOT,
            "%,8.0f conn/s   raw %,8.0f conn/s   datastore/raw time %5.2f   alone %,8.0f conn/s   cohort %,8.0f"
                + " conn/s   agent/raw %.2f",
            count * 1e9 / nanos[0], count * 1e9 / nanos[3], (double) nanos[0] / nanos[3], count * 1e9 / nanos[1],
            count * 1e9 / nanos[2], (double) (nanos[0] - nanos[2]) / nanos[4]));
    }

    /**
     * Creates, then deletes, {@code count} connections through the datastore; the two wall-clock times. With
     * {@code agent} it checks what VPP holds after each.
     */
    private long[] throughDatastore(final DataBroker broker, final Kind kind, final int count, final boolean one,
            final boolean agent) {
        final List<Connection> conns = source.entries(kind, count);
        final long start = System.nanoTime();
        write(broker, conns, one, true);
        final long created = System.nanoTime();
        expectOurs(agent, 2 * count, "datastore create");
        final long deleteStart = System.nanoTime();
        write(broker, conns, one, false);
        final long deleted = System.nanoTime();
        expectOurs(agent, 0, "datastore delete");
        return new long[] { created - start, deleted - deleteStart };
    }

    private void expectOurs(final boolean agent, final int count, final String what) {
        target.expectOurs(forwarder, agent ? count : 0, what);
    }

    /** Puts or deletes the connections in one transaction or one each, all submitted before any is awaited. */
    private static void write(final DataBroker broker, final List<Connection> conns, final boolean one,
            final boolean put) {
        final var commits = new ArrayList<ListenableFuture<?>>();
        var tx = broker.newWriteOnlyTransaction();
        for (Connection conn : conns) {
            final var path = ROOT.toBuilder().child(Connection.class, new ConnectionKey(conn.getId())).build();
            if (put) {
                tx.put(LogicalDatastoreType.CONFIGURATION, path, conn);
            } else {
                tx.delete(LogicalDatastoreType.CONFIGURATION, path);
            }
            if (!one) {
                commits.add(tx.commit());
                tx = broker.newWriteOnlyTransaction();
            }
        }
        if (one) {
            commits.add(tx.commit());
        } else {
            tx.cancel();
        }
        for (var commit : commits) {
            await(commit);
        }
    }

    /** The same VPP calls straight on the client, every connection in flight at once; the two wall-clock times. */
    private long[] direct(final Kind kind, final int count, final boolean one) {
        final List<RawCalls.Conn> conns = source.raw(kind, count);
        final long start = System.nanoTime();
        raw.create(conns, one).join();
        final long created = System.nanoTime();
        raw.delete(conns).join();
        final long deleted = System.nanoTime();
        target.expectOurs(rawForwarder, 0, "raw delete");
        return new long[] { created - start, deleted - created };
    }

    /** The same VPP calls straight on the client, one connection after another; the two wall-clock times. */
    private long[] inTurn(final Kind kind, final int count) {
        final List<RawCalls.Conn> conns = source.raw(kind, count);
        final long start = System.nanoTime();
        for (RawCalls.Conn conn : conns) {
            raw.create(List.of(conn), false).join();
        }
        final long created = System.nanoTime();
        for (RawCalls.Conn conn : conns) {
            raw.delete(List.of(conn)).join();
        }
        final long deleted = System.nanoTime();
        target.expectOurs(forwarder, 0, "raw delete, in turn");
        return new long[] { created - start, deleted - created };
    }

    /**
     * A commit cohort that accepts every transaction and does nothing, answering {@code canCommit} from a thread of
     * its own as a cohort that calls VPP must: the datastore's cohort protocol (its messages to the cohort's actor in
     * each of the three phases) without any work of the agent's.
     */
    private static final class NoopCohort implements DOMDataTreeCommitCohort {
        private final Executor answers = Executors.newSingleThreadExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "noop-cohort");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
                final Collection<DOMDataTreeCandidate> candidates) {
            final SettableFuture<PostCanCommitStep> answer = SettableFuture.create();
            answers.execute(() -> answer.set(PostCanCommitStep.NOOP));
            return FluentFuture.from(answer);
        }
    }

    private static void await(final Future<?> commit) {
        try {
            commit.get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a datastore commit failed: " + e.getMessage(), e);
        }
    }
}

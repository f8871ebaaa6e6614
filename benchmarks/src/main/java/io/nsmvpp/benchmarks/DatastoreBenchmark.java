/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import com.google.common.util.concurrent.ListenableFuture;
import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.impl.agent.NsmVppAgent;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppConnector;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.VppBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Connections created and deleted <em>through the datastore</em>, as an operator or NSM writes them: the whole agent
 * ({@link NsmVppAgent}) on the controller's distributed datastore in process ({@link CdsFixture}), each write
 * committed through the agent's commit cohort, which programs VPP before the commit completes. Next to it, in the
 * same run, the raw vpp-client calls for the same connections ({@link RawCalls}). Against vpp-sim in-process, or the
 * real VPP that {@code VPP_API_SOCKET} names (only interfaces of the forwarder {@code bench-<random>}).
 *
 * <p>Each line is one count (100, 1,000 l2xc connections of two loopbacks) and one way to write them: one
 * transaction per connection, all submitted at once, or one transaction of all. The datastore runs a shard's
 * transactions' three-phase commits one after another, so the first way programs VPP one connection at a time; the
 * raw calls are pipelined the same two ways as in {@link EngineBenchmark}. Datastore and raw alternate, warm-up rounds
 * first; the figures are medians.
 */
public final class DatastoreBenchmark extends Bench {
    private static final int[] COUNTS = { 100, 1000 };
    private static final DataObjectIdentifier<NsmVpp> ROOT = DataObjectIdentifier.builder(NsmVpp.class).build();
    private static final long COMMIT_TIMEOUT_SECONDS = 120;

    /** Warm-up passes of 1,000 each way before anything is measured, then warm-up and measured rounds per line. */
    private record Effort(boolean isShort, int jitPasses, int warmups, int rounds) {
        static final Effort FULL = new Effort(false, 2, 1, 5);
        static final Effort SHORT = new Effort(true, 0, 0, 1);
    }

    private final Effort effort;
    private final BenchTarget target;
    private final RawCalls raw;
    private final String expiresAt = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS)
        .toString();

    private DatastoreBenchmark(final Effort effort, final BenchTarget target) {
        this.effort = effort;
        this.target = target;
        raw = new RawCalls(target.client());
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
        final NsmVppAgent agent;
        try {
            cds = CdsFixture.start();
        } catch (Exception e) {
            throw new IllegalStateException("the in-process datastore did not start", e);
        }
        try {
            agent = NsmVppAgent.start(cds.dataBroker(), cds.domBroker(), cds.codec(),
                new NsmVppAgent.Options(Clock.systemUTC(), name -> false, Duration.ofSeconds(60)))
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            cds.close();
            throw new IllegalStateException("the agent did not start", e);
        }
        try {
            note("datastore: in-process CDS started in " + cds.startupTime().toMillis() + " ms");
            measureAll(cds.dataBroker(), agent);
        } finally {
            agent.close();
            cds.close();
        }
    }

    private void measureAll(final DataBroker broker, final NsmVppAgent agent) {
        final var tx = broker.newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
            .setForwarderName(new ForwarderName(forwarder))
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
        for (int pass = 0; pass < effort.jitPasses(); pass++) {
            for (boolean one : new boolean[] { false, true }) {
                throughDatastore(broker, 1000, one);
                direct(1000, one);
            }
        }
        for (int count : COUNTS) {
            for (boolean one : new boolean[] { false, true }) {
                measure(broker, count, one);
            }
        }
        final int alone = effort.isShort() ? 10 : 200;
        if (!effort.isShort()) {
            oneAtATime(broker, alone, false);
        }
        oneAtATime(broker, alone, true);
    }

    /**
     * The latency an NSM refresh or a new connection sees on an otherwise idle agent: {@code count} connections, each
     * in its own transaction, each awaited before the next is written; then deleted the same way. Next to it, one
     * connection's raw calls, each awaited alone. Medians of the per-connection times.
     */
    private void oneAtATime(final DataBroker broker, final int count, final boolean report) {
        final long[] dsCreate = new long[count];
        final long[] dsDelete = new long[count];
        final long[] rawCreate = new long[count];
        final long[] rawDelete = new long[count];
        final List<Connection> conns = loopbackConnections(count);
        for (int i = 0; i < count; i++) {
            final long start = System.nanoTime();
            write(broker, List.of(conns.get(i)), true, true);
            dsCreate[i] = System.nanoTime() - start;
        }
        target.expectOurs(forwarder, 2 * count, "datastore create, one at a time");
        for (int i = 0; i < count; i++) {
            final long start = System.nanoTime();
            write(broker, List.of(conns.get(i)), true, false);
            dsDelete[i] = System.nanoTime() - start;
        }
        target.expectOurs(forwarder, 0, "datastore delete, one at a time");
        for (int i = 0; i < count; i++) {
            final var conn = List.of(rawConnection());
            final long start = System.nanoTime();
            raw.create(conn, true).join();
            final long created = System.nanoTime();
            raw.delete(conn).join();
            rawCreate[i] = created - start;
            rawDelete[i] = System.nanoTime() - created;
        }
        target.expectOurs(forwarder, 0, "raw delete, one at a time");
        if (report) {
            latency("create loop/loop, 1 conn at a time, " + count + " times", dsCreate, rawCreate);
            latency("delete loop/loop, 1 conn at a time, " + count + " times", dsDelete, rawDelete);
        }
    }

    private void latency(final String what, final long[] datastoreNanos, final long[] rawNanos) {
        final long datastore = BenchTarget.median(datastoreNanos);
        final long direct = BenchTarget.median(rawNanos);
        report(what, String.format(Locale.ROOT, "%,8.0f us/conn   raw %,8.0f us/conn   datastore/raw time %.2f",
            datastore / 1e3, direct / 1e3, (double) datastore / direct));
    }

    private void measure(final DataBroker broker, final int count, final boolean one) {
        final int rounds = effort.rounds() * (effort.isShort() ? 1 : Math.max(1, 1000 / count / 4));
        final int warmups = effort.warmups();
        final long[] dsCreate = new long[rounds];
        final long[] dsDelete = new long[rounds];
        final long[] rawCreate = new long[rounds];
        final long[] rawDelete = new long[rounds];
        for (int round = 0; round < warmups + rounds; round++) {
            final long[] viaDatastore;
            final long[] viaRaw;
            if (round % 2 == 0) {
                viaRaw = direct(count, one);
                viaDatastore = throughDatastore(broker, count, one);
            } else {
                viaDatastore = throughDatastore(broker, count, one);
                viaRaw = direct(count, one);
            }
            final int i = round - warmups;
            if (i >= 0) {
                dsCreate[i] = viaDatastore[0];
                dsDelete[i] = viaDatastore[1];
                rawCreate[i] = viaRaw[0];
                rawDelete[i] = viaRaw[1];
            }
        }
        final String what = String.format(Locale.ROOT, "loop/loop, %,d conns, %s", count,
            one ? "all in 1 txn" : "1 per txn");
        rate("create " + what, count, BenchTarget.median(dsCreate), BenchTarget.median(rawCreate));
        rate("delete " + what, count, BenchTarget.median(dsDelete), BenchTarget.median(rawDelete));
    }

    private void rate(final String what, final int count, final long datastoreNanos, final long rawNanos) {
        report(what, String.format(Locale.ROOT, "%,8.0f conn/s   raw %,8.0f conn/s   datastore/raw time %.2f",
            count * 1e9 / datastoreNanos, count * 1e9 / rawNanos, (double) datastoreNanos / rawNanos));
    }

    /** Creates, then deletes, {@code count} connections through the datastore; the two wall-clock times. */
    private long[] throughDatastore(final DataBroker broker, final int count, final boolean one) {
        final List<Connection> conns = loopbackConnections(count);
        final long start = System.nanoTime();
        write(broker, conns, one, true);
        final long created = System.nanoTime();
        target.expectOurs(forwarder, 2 * count, "datastore create");
        final long deleteStart = System.nanoTime();
        write(broker, conns, one, false);
        final long deleted = System.nanoTime();
        target.expectOurs(forwarder, 0, "datastore delete");
        return new long[] { created - start, deleted - deleteStart };
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

    /** The same VPP calls straight on the client; the two wall-clock times. */
    private long[] direct(final int count, final boolean one) {
        final List<RawCalls.Conn> conns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            conns.add(rawConnection());
        }
        final long start = System.nanoTime();
        raw.create(conns, one).join();
        final long created = System.nanoTime();
        raw.delete(conns).join();
        final long deleted = System.nanoTime();
        target.expectOurs(forwarder, 0, "raw delete");
        return new long[] { created - start, deleted - created };
    }

    /** {@code count} loop/loop connections with fresh ids, for the datastore. */
    private List<Connection> loopbackConnections(final int count) {
        final List<Connection> conns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            conns.add(BenchConnections.connection(UUID.randomUUID().toString(), expiresAt,
                BenchConnections.loopback(), BenchConnections.loopback()));
        }
        return conns;
    }

    /** A loop/loop connection of this forwarder, with a fresh id, for the raw calls. */
    private RawCalls.Conn rawConnection() {
        final String id = UUID.randomUUID().toString();
        return new RawCalls.Conn(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id)),
            TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.SERVER, id)), null);
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

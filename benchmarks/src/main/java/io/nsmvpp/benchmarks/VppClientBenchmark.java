/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * End-to-end figures of vpp-client, printed for docs/benchmarks.md: against vpp-sim in-process, or against the real
 * VPP whose API socket {@code VPP_API_SOCKET} names. On a real VPP it creates only loopbacks tagged
 * {@code bench-<random>} and deletes them before it ends; the 10,000-interface dump needs VPP's stats segment
 * raised ({@code statseg { size 512M }}), as the default 32 MB one aborts VPP near 6,750 interfaces.
 *
 * <p>{@code --short} (or {@code -Dnsmvpp.bench.short=true}) is a smoke test, not a measurement: every figure is
 * still measured and printed, on the same work (the same interface counts), but for a fraction of a second each.
 */
public final class VppClientBenchmark {
    private static final PrintStream OUT = BenchTarget.OUT;
    private static final int BATCH = 100;

    private final Settings settings;
    private final VppClient client;
    private final String tag = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> created = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    /**
     * How long each figure is measured, and with how much warm-up: {@code run} per throughput figure, warm-up pings,
     * warm-up and timed dumps per dump figure, JMH warm-up and measurement iterations of {@code jmhTime} each.
     */
    private record Settings(boolean isShort, Duration run, int pingWarmup, int dumpWarmup, int dumps, int jmhWarmups,
            int jmhIterations, TimeValue jmhTime) {
        static final Settings FULL =
            new Settings(false, Duration.ofSeconds(3), 5000, 5, 15, 3, 5, TimeValue.seconds(1));
        static final Settings SHORT =
            new Settings(true, Duration.ofMillis(200), 500, 1, 3, 1, 3, TimeValue.milliseconds(100));

        static Settings of(final String[] args) {
            return BenchTarget.isShort(args) ? SHORT : FULL;
        }
    }

    private VppClientBenchmark(final Settings settings, final VppClient client) {
        this.settings = settings;
        this.client = client;
    }

    public static void main(final String[] args) throws IOException, RunnerException {
        final Settings settings = Settings.of(args);
        final var lines = new ArrayList<String>();
        try (var target = BenchTarget.open("nsm-vpp-client-bench")) {
            lines.add("target: " + target.description());
            final var bench = new VppClientBenchmark(settings, target.client());
            try {
                bench.run();
            } finally {
                bench.cleanUp();
            }
            lines.addAll(bench.lines);
        }
        lines.addAll(decoder(settings));
        BenchTarget.printSummary("vpp-client benchmark", settings.isShort(), lines);
    }

    private void report(final String what, final String figure) {
        final String line = String.format(Locale.ROOT, "%-52s %s", what, figure);
        lines.add(line);
        OUT.println(line);
    }

    private void run() {
        syncPing();
        syncPairs();
        pipelinedPairs();
        dump(1000);
        dump(10000);
    }

    private void syncPing() {
        for (int i = 0; i < settings.pingWarmup(); i++) {
            client.call(new ControlPing());
        }
        final long end = System.nanoTime() + settings.run().toNanos();
        final long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            client.call(new ControlPing());
            count++;
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        report("sync control_ping", String.format(Locale.ROOT, "%,.0f /s (%.1f us each)", count / seconds,
            seconds * 1e6 / count));
    }

    private void syncPairs() {
        final long end = System.nanoTime() + settings.run().toNanos();
        final long start = System.nanoTime();
        long pairs = 0;
        while (System.nanoTime() < end) {
            final long index = client.call(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
            client.call(new DeleteLoopback(index));
            pairs++;
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        report("sync create_loopback+delete_loopback pairs", String.format(Locale.ROOT, "%,.0f /s", pairs / seconds));
    }

    private void pipelinedPairs() {
        batchOfPairs();
        final long end = System.nanoTime() + settings.run().toNanos();
        final long start = System.nanoTime();
        long pairs = 0;
        while (System.nanoTime() < end) {
            pairs += batchOfPairs();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        report("pipelined create+delete pairs (batches of " + BATCH + ")",
            String.format(Locale.ROOT, "%,.0f /s", pairs / seconds));
    }

    private int batchOfPairs() {
        final var creates = new ArrayList<CompletableFuture<CreateLoopbackReply>>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            creates.add(client.send(new CreateLoopback(MacAddress.ZERO)));
        }
        final var deletes = new ArrayList<CompletableFuture<DeleteLoopbackReply>>(BATCH);
        for (var create : creates) {
            deletes.add(client.send(new DeleteLoopback(create.join().swIfIndex())));
        }
        deletes.forEach(CompletableFuture::join);
        return BATCH;
    }

    /** Grows the interface table to {@code total} of ours (plus whatever was there) and times full dumps. */
    private void dump(final int total) {
        final var creates = new ArrayList<CompletableFuture<CreateLoopbackReply>>();
        while (created.size() + creates.size() < total) {
            creates.add(client.send(new CreateLoopback(MacAddress.ZERO)));
        }
        final var tags = new ArrayList<CompletableFuture<?>>();
        for (var create : creates) {
            final long index = create.join().swIfIndex();
            created.add(index);
            tags.add(client.send(new SwInterfaceTagAddDel(true, index, tag)));
        }
        tags.forEach(CompletableFuture::join);
        List<SwInterfaceDetails> rows = List.of();
        for (int i = 0; i < settings.dumpWarmup(); i++) {
            rows = client.dumpSync(SwInterfaceDump.all());
        }
        final long[] nanos = new long[settings.dumps()];
        for (int i = 0; i < nanos.length; i++) {
            final long start = System.nanoTime();
            rows = client.dumpSync(SwInterfaceDump.all());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report("dump+decode sw_interface_dump, " + String.format(Locale.ROOT, "%,d", rows.size()) + " interfaces",
            String.format(Locale.ROOT, "%.2f ms median (min %.2f, max %.2f)", nanos[nanos.length / 2] / 1e6,
                nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6));
    }

    private void cleanUp() {
        final var deletes = created.stream().map(index -> client.send(new DeleteLoopback(index))).toList();
        CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        created.clear();
    }

    private static List<String> decoder(final Settings settings) throws RunnerException {
        final var options = new OptionsBuilder()
            .include(DecoderBenchmark.class.getName())
            .forks(1)
            .warmupIterations(settings.jmhWarmups())
            .warmupTime(settings.jmhTime())
            .measurementIterations(settings.jmhIterations())
            .measurementTime(settings.jmhTime())
            .build();
        final var out = new ArrayList<String>();
        for (RunResult result : new Runner(options).run()) {
            final var primary = result.getPrimaryResult();
            final String label = result.getParams().getBenchmark();
            if (label.endsWith("decodeSwInterfaceDetails")) {
                out.add(String.format(Locale.ROOT, "%-52s %,.0f /s (+- %,.0f)",
                    "in-process decode sw_interface_details", primary.getScore(), primary.getScoreError()));
            } else {
                out.add(String.format(Locale.ROOT, "%-52s %,.0f /s (+- %,.0f)",
                    "in-process frames+decode, details in a stream", primary.getScore() * DecoderBenchmark.FRAMES,
                    primary.getScoreError() * DecoderBenchmark.FRAMES));
            }
        }
        return out;
    }
}

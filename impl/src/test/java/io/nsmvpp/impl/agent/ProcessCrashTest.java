/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nsmvpp.impl.engine.VppTarget;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8's crash test, at process level: VPP (vpp-sim as a process of its own, or a real VPP with VPP_API_SOCKET)
 * and the agent in a child JVM ({@link CrashAgentMain}) on a persisted datastore, under churn (creates, refreshes
 * with the same and with other mechanisms, deletes, many transactions in flight), killed with SIGKILL at a random
 * moment and started again on the same datastore, {@code nsmvpp.crash.runs} times (20 by default). Sometimes the kill
 * lands while the agent is still starting and reconciling. After each restart:
 * <ul>
 *   <li>every connection refreshed after the restart has exactly one interface per side in VPP;</li>
 *   <li>every interface of this forwarder that no one refreshes is gone at the latest 1 s after the last lease it
 *       was written with ends (or after the agent is up, when that is later): within max-token-lifetime + 1 s;</li>
 *   <li>no tag is ever carried by two interfaces;</li>
 *   <li>no untagged interface is left: a create cut short before its tag is undone from the agent's create
 *       journal.</li>
 * </ul>
 * The seed is printed; {@code -Dnsmvpp.crash.seed=N} replays the same choices (the kill moments are as random as
 * the machine's timing makes them).
 */
class ProcessCrashTest {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCrashTest.class);
    /** Long enough for leases that outlast a restart even on a busy machine; unrefreshed leases are short. */
    private static final int MAX_TOKEN_LIFETIME = 120;
    private static final List<String> KINDS = List.of("loopback", "memif", "vxlan", "wireguard");
    private static final int REFRESHED_AT_MOST = 8;
    /**
     * What may add to the 1 s in which the agent prunes an expired lease (its own bound is tested with a fake clock
     * elsewhere): a 2-core machine running the build beside the agent, the simulator and this test; and a lease that
     * ends while the restart's pass re-applies its connection, which the engine then refuses as expired and the next
     * reaper pass prunes (seen in CI: 1.6 s after the lease). On this machine the latest prune of a run is seen
     * 0.1-0.25 s after its lease (the run's log line says which and when); CI once saw one still there 3.04 s after,
     * on the same seed. Still far inside max-token-lifetime + 1 s, which is what this test guards: no orphan. The 1 s
     * bound itself is tested with a fake clock (ReconcilerTest, PruneFailureTest, AgentDatastoreTest).
     */
    private static final long SLACK_MILLIS = Long.getLong("nsmvpp.crash.slack", 4000);

    private record Spec(String kind, String xc) {
    }

    @Test
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    void sigkillAtRandomMomentsNeitherLosesNorDuplicatesNorOrphans(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) final Path dir) throws Exception {
        final long seed = Long.getLong("nsmvpp.crash.seed", System.nanoTime() & 0xffffffL);
        final int runs = Integer.getInteger("nsmvpp.crash.runs", 20);
        final String what = "crash test seed " + seed + " (replay with -Dnsmvpp.crash.seed=" + seed + ")";
        System.out.println(what);
        LOG.info("{}, {} kills", what, runs);
        final Random random = new Random(seed);
        final String forwarder = "crash" + Long.toString(seed, 36);
        final Path memifDir = Files.createDirectories(dir.resolve("memif"));

        Process sim = null;
        final String socket;
        if (VppTarget.realVpp()) {
            socket = VppTarget.REAL_SOCKET;
        } else {
            socket = dir.resolve("vpp-sim.sock").toString();
            sim = java(dir, "vpp-sim", List.of("io.nsmvpp.vpp.sim.SimulatorMain", socket));
            awaitFile(Path.of(socket), sim);
        }
        try (VppClient vpp = connect(Path.of(socket), sim)) {
            final var test = new Run(dir, socket, forwarder, memifDir, vpp, random, what);
            Map<String, Spec> refreshed = Map.of();
            for (int run = 1; run <= runs; run++) {
                refreshed = test.killOnce(run, refreshed);
            }
            test.finish(refreshed);
        } finally {
            if (sim != null) {
                sim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The state of the whole test: what was written, and the child now running. */
    private static final class Run {
        private final Path dir;
        private final String socket;
        private final String forwarder;
        private final Path memifDir;
        private final VppClient vpp;
        private final Random random;
        private final String what;
        private final Map<String, Spec> specs = new HashMap<>();
        /** The longest lease each connection was written with since it was last checked. */
        private final Map<String, Long> leases = new HashMap<>();
        private int adopted;
        /** The untagged interfaces VPP held before the test: the ones it may hold afterwards. */
        private final Map<Long, String> baseline;
        private int nextId;
        private int seq;

        Run(final Path dir, final String socket, final String forwarder, final Path memifDir, final VppClient vpp,
                final Random random, final String what) throws Exception {
            this.dir = dir;
            this.socket = socket;
            this.forwarder = forwarder;
            this.memifDir = memifDir;
            this.vpp = vpp;
            this.random = random;
            this.what = what;
            baseline = untagged();
        }

        /**
         * Starts the agent, checks the invariants for the connections refreshed after the restart, churns, and kills
         * the agent; returns the connections the next restart refreshes.
         */
        Map<String, Spec> killOnce(final int run, final Map<String, Spec> refreshed) throws Exception {
            if (random.nextInt(5) == 0) {
                // killed while starting: opening the datastore, connecting, or in the middle of the restore pass
                final long after = 500 + random.nextInt(6000);
                final Child early = Child.start(dir, run + "-early", socket, forwarder, memifDir);
                Thread.sleep(after);
                early.kill();
                LOG.info("run {}: killed {} ms after its start ({})", run, after,
                    early.ready == null ? "before it was ready" : "after it was ready");
            }
            final Child child = Child.start(dir, String.valueOf(run), socket, forwarder, memifDir);
            final String ready = child.awaitReady();
            final long upAt = System.nanoTime();
            LOG.info("run {}: agent up in {} ms, {}", run, TimeUnit.NANOSECONDS.toMillis(upAt - child.started), ready);
            final var count = java.util.regex.Pattern.compile("adopted (\\d+)").matcher(ready);
            if (count.find()) {
                adopted += Integer.parseInt(count.group(1));
            }
            // the next restart refreshes the connections kept now, and leaves the others to expire
            final Map<String, Spec> next = new HashMap<>();
            int inFlight = -1;
            try {
                checkRefreshed(String.valueOf(run), child, refreshed, upAt);
                inFlight = churn(child, refreshed, next);
            } finally {
                child.kill();
            }
            LOG.info("run {}: SIGKILL with {} transaction(s) in flight; {} connection(s) to refresh after the "
                + "restart", run, inFlight, next.size());
            next.replaceAll((id, spec) -> specs.get(id));
            return next;
        }

        /**
         * After a restart: refresh, check one interface per side, keep refreshing, and check that every other
         * interface of ours is gone at the latest 1 s after the last lease it was written with (or after the restart,
         * when that is later).
         */
        private void checkRefreshed(final String run, final Child child, final Map<String, Spec> refreshed,
                final long upAt) throws Exception {
            final long upAtMillis = System.currentTimeMillis()
                - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - upAt);
            refresh(child, refreshed);
            final Set<String> expected = tags(refreshed.keySet());
            long dumpedAt = System.currentTimeMillis();
            Map<String, Long> held = ours();
            for (String tag : expected) {
                assertTrue(held.containsKey(tag), what + ", run " + run + ": a refreshed connection lost its "
                    + "interface " + tag + "; VPP holds " + held.keySet());
            }
            long nextRefresh = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            // how long after its lease (or the restart) each pruned interface was last seen, for the log
            final Map<String, Long> lastSeenLate = new TreeMap<>();
            while (!held.keySet().equals(expected)) {
                final long now = dumpedAt;
                for (String tag : held.keySet()) {
                    if (!expected.contains(tag)) {
                        final String id = TagCodec.parse(tag).orElseThrow().connectionId();
                        final long end = Math.max(upAtMillis, leases.getOrDefault(id, 0L));
                        lastSeenLate.put(tag, now - end);
                        final long due = end + 1000 + SLACK_MILLIS;
                        assertTrue(now <= due, what + ", run " + run + ": " + tag + " is still in VPP " + (now - due)
                            + " ms after its lease + 1 s (+ " + SLACK_MILLIS + " ms for a busy machine); the "
                            + "agent's log " + child.log + " says of " + id + ":\n" + child.grep(id));
                    }
                }
                Thread.sleep(100);
                if (System.nanoTime() > nextRefresh) {
                    refresh(child, refreshed);
                    nextRefresh = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                }
                dumpedAt = System.currentTimeMillis();
                held = ours();
            }
            assertEquals(baseline, untagged(), what + ", run " + run + ": an untagged interface was left in VPP (a "
                + "create cut short before its tag)");
            final var latest = lastSeenLate.entrySet().stream().max(Map.Entry.comparingByValue());
            LOG.info("run {}: {} refreshed connection(s) kept one interface per side; everything else pruned {} ms "
                + "after the agent was up; the latest prune: {}", run, refreshed.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - upAt), latest.map(late -> late.getKey()
                    + " still seen " + late.getValue() + " ms after its lease (or the restart)").orElse("none"));
            specs.keySet().retainAll(refreshed.keySet());
            leases.keySet().retainAll(refreshed.keySet());
        }

        private void refresh(final Child child, final Map<String, Spec> refreshed) throws Exception {
            final List<Integer> sent = new ArrayList<>();
            for (var entry : new TreeMap<>(refreshed).entrySet()) {
                sent.add(put(child, entry.getKey(), entry.getValue(), MAX_TOKEN_LIFETIME * 1000L - 1000));
            }
            for (int ack : sent) {
                final String result = child.awaitAck(ack);
                assertTrue(result.equals("ok"), what + ": a refresh after the restart failed: " + result);
            }
        }

        /**
         * Random writes, several in flight at once, for a random time; returns how many were unanswered. Connections
         * the next restart refreshes ({@code kept}) are written with leases that outlast a restart, so that it adopts
         * them; the others with short ones, so that they expire soon after it.
         */
        private int churn(final Child child, final Map<String, Spec> refreshed, final Map<String, Spec> kept)
                throws Exception {
            final List<String> live = new ArrayList<>(new TreeSet<>(refreshed.keySet()));
            final List<Integer> shortened = new ArrayList<>();
            for (String id : live) {
                if (random.nextInt(10) < 7) {
                    kept.put(id, specs.get(id));
                } else {
                    shortened.add(put(child, id, specs.get(id), false));
                }
            }
            for (int ack : shortened) {
                assertEquals("ok", child.awaitAck(ack), what + ": shortening a lease");
            }
            final long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200 + random.nextInt(2800));
            while (System.nanoTime() < until) {
                final int dice = random.nextInt(10);
                if (dice < 5 || live.isEmpty()) {
                    final String id = "c" + nextId++;
                    if (kept.size() < REFRESHED_AT_MOST && random.nextInt(4) == 0) {
                        kept.put(id, null);
                    }
                    put(child, id, new Spec(KINDS.get(random.nextInt(KINDS.size())),
                        random.nextBoolean() ? "l2xc" : "l3xc"), kept.containsKey(id));
                    live.add(id);
                } else if (dice < 8) {
                    final String id = live.get(random.nextInt(live.size()));
                    // mostly a refresh as it was; sometimes the client side changes its mechanism
                    final Spec spec = random.nextInt(4) == 0
                        ? new Spec(KINDS.get(random.nextInt(KINDS.size())), specs.get(id).xc()) : specs.get(id);
                    put(child, id, spec, kept.containsKey(id));
                } else {
                    child.send(++seq + " del " + live.remove(random.nextInt(live.size())));
                }
                Thread.sleep(random.nextInt(40));
            }
            return child.unanswered(seq);
        }

        private int put(final Child child, final String id, final Spec spec, final boolean longLease)
                throws IOException {
            return put(child, id, spec, longLease ? MAX_TOKEN_LIFETIME * 1000L - 1000 - random.nextInt(10_000)
                : 3000 + random.nextInt(5000));
        }

        private int put(final Child child, final String id, final Spec spec, final long leaseMillis)
                throws IOException {
            specs.put(id, spec);
            final long lease = System.currentTimeMillis() + leaseMillis;
            leases.merge(id, lease, Math::max);
            child.send(++seq + " put " + id + " " + spec.kind() + " " + spec.xc() + " " + lease);
            return seq;
        }

        /** The last restart: refresh, check, then delete everything through the datastore. */
        void finish(final Map<String, Spec> refreshed) throws Exception {
            final Child child = Child.start(dir, "last", socket, forwarder, memifDir);
            child.awaitReady();
            final long upAt = System.nanoTime();
            try {
                checkRefreshed("last", child, refreshed, upAt);
                final List<Integer> sent = new ArrayList<>();
                for (String id : refreshed.keySet()) {
                    child.send(++seq + " del " + id);
                    sent.add(seq);
                }
                for (int ack : sent) {
                    assertEquals("ok", child.awaitAck(ack));
                }
                assertEquals(Map.of(), ours(), "deleting through the datastore leaves nothing in VPP");
                // a restart that adopted nothing tested nothing of adoption: leases outlast a restart
                assertTrue(adopted > 0, what + ": no restart adopted a connection");
                LOG.info("{} interface(s) adopted over all restarts", adopted);
            } finally {
                child.kill();
            }
        }

        private Set<String> tags(final Set<String> ids) {
            final Set<String> tags = new TreeSet<>();
            for (String id : ids) {
                tags.add(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id)));
                tags.add(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.SERVER, id)));
            }
            return tags;
        }

        /** The untagged interfaces in VPP, by sw_if_index. */
        private Map<Long, String> untagged() throws Exception {
            return vpp.dump(SwInterfaceDump.all()).get(10, TimeUnit.SECONDS).stream()
                .filter(row -> row.tag().isEmpty())
                .collect(Collectors.toMap(SwInterfaceDetails::swIfIndex, SwInterfaceDetails::interfaceName, (x, y) -> x,
                    TreeMap::new));
        }

        /** This forwarder's interfaces in VPP by tag; a tag on two interfaces fails the test. */
        private Map<String, Long> ours() throws Exception {
            return vpp.dump(SwInterfaceDump.all()).get(10, TimeUnit.SECONDS).stream()
                .filter(row -> TagCodec.parse(row.tag()).filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
                .collect(Collectors.toMap(SwInterfaceDetails::tag, SwInterfaceDetails::swIfIndex, (one, two) -> {
                    throw new AssertionError(what + ": two interfaces carry one tag: " + one + " and " + two);
                }, TreeMap::new));
        }
    }

    /** One agent process. */
    private static final class Child {
        private final Process process;
        private final Writer stdin;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Map<Integer, String> acks = new HashMap<>();
        private final Path log;
        private final long started = System.nanoTime();
        private volatile String ready;

        private Child(final Process process, final Path log) {
            this.process = process;
            this.log = log;
            stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            final var reader = new Thread(() -> {
                try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("READY")) {
                            ready = line;
                        }
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("EOF " + e);
                }
                lines.add("EOF");
            }, "crash-child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(final Path dir, final String name, final String socket, final String forwarder,
                final Path memifDir) throws IOException {
            // the agent's datastore keeps ./state/odl.cluster.client in its working directory, as Karaf does
            final Path home = Files.createDirectories(dir.resolve("agent"));
            final Path log = home.resolve("agent-" + name + ".log");
            return new Child(java(home, "agent-" + name, List.of(CrashAgentMain.class.getName(),
                home.resolve("datastore").toString(), socket, forwarder, memifDir.toString(),
                String.valueOf(MAX_TOKEN_LIFETIME))), log);
        }

        String awaitReady() throws Exception {
            while (true) {
                final String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null || line.startsWith("EOF")) {
                    kill();
                    fail("the agent did not start; its log " + log + " ends with:\n" + tail());
                }
                if (line.startsWith("READY")) {
                    return line.substring("READY ".length());
                }
            }
        }

        void send(final String command) throws IOException {
            stdin.write(command + "\n");
            stdin.flush();
        }

        String awaitAck(final int ack) throws Exception {
            while (!acks.containsKey(ack)) {
                final String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.startsWith("EOF")) {
                    fail("no answer to command " + ack + "; the agent's log " + log + " ends with:\n" + tail());
                }
                take(line);
            }
            return acks.remove(ack);
        }

        int unanswered(final int sent) {
            String line;
            while ((line = lines.poll()) != null) {
                take(line);
            }
            return sent - acks.size();
        }

        private void take(final String line) {
            if (line.startsWith("ACK ")) {
                final String[] words = line.split(" ", 3);
                acks.put(Integer.parseInt(words[1]), words[2]);
            }
        }

        void kill() throws InterruptedException {
            // Process.destroyForcibly is SIGKILL on Linux: no shutdown hook, no clean close of the datastore
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** The lines of the agent's log that mention {@code word}, the last 30 of them. */
        String grep(final String word) {
            return lastLines(line -> line.contains(word), 30);
        }

        private String tail() {
            return lastLines(line -> true, 40);
        }

        /** The last {@code count} lines of the agent's log that {@code which} accepts, one string. */
        private String lastLines(final java.util.function.Predicate<String> which, final int count) {
            try {
                final List<String> all = Files.readAllLines(log).stream().filter(which).toList();
                return String.join("\n", all.subList(Math.max(0, all.size() - count), all.size()));
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        }
    }

    /** A JVM on this test's class path; its standard error (and output, unless read) goes to {@code name}.log. */
    private static Process java(final Path workDir, final String name, final List<String> mainAndArgs)
            throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
        // the same Netty settings the build gives this JVM (Java 25 needs them for the datastore's journal)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(arg -> arg.startsWith("-Dio.netty") || arg.startsWith("--sun-misc-unsafe"))
            .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        final Path log = workDir.resolve(name + ".log");
        final var builder = new ProcessBuilder(command).directory(workDir.toFile())
            .redirectError(log.toFile());
        if (name.startsWith("vpp-sim")) {
            builder.redirectOutput(log.toFile()).redirectErrorStream(true);
        }
        return builder.start();
    }

    /** Connects, retrying while the simulator's socket file exists but it does not listen yet. */
    private static VppClient connect(final Path socket, final Process sim) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return VppClient.connect(VppClientConfig.of(socket));
            } catch (io.nsmvpp.vpp.client.VppConnectionException e) {
                if (sim == null || !sim.isAlive() || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitFile(final Path file, final Process process) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file)) {
            assertTrue(process.isAlive() && System.nanoTime() < deadline, "vpp-sim did not start");
            Thread.sleep(50);
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.CreateJournal;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.LoopbackHandler;
import io.nsmvpp.impl.vpp.MemifHandler;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.impl.vpp.VxlanHandler;
import io.nsmvpp.impl.vpp.WireguardHandler;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifMode;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The create journal: an agent killed between an interface's create and its tag leaves an untagged interface that
 * the next agent deletes from the intents the journal kept, and nothing else. Runs on the simulator, or on a real
 * VPP with VPP_API_SOCKET.
 */
class CreateJournalTest extends VppTests {
    private final MutableClock clock = new MutableClock(
        Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void keepsWhatIsOpenAcrossReopeningAndIgnoresALineCutShort(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("journal");
        try (var first = CreateJournal.open(file)) {
            first.begin("t1", "loopback", "02:00:00:00:00:01");
            first.begin("t2", "memif", "/run/a.sock");
            first.begin("t2", "memif", "/run/a.sock", "3", "0");
            first.begin("t3", "vxlan", "a", "b", "7", "0");
            first.end("t1");
        }
        Files.writeString(file, "B\t99\tt4\tloop", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        try (var second = CreateJournal.open(file)) {
            assertEquals(List.of("t2 [/run/a.sock, 3, 0]", "t3 [a, b, 7, 0]"), second.inherited().stream()
                .map(intent -> intent.tag() + " " + intent.identity()).toList());
            second.begin("t2", "memif", "/run/a.sock", "3", "1");
            second.end("t2");
            // this run's own intents never mix with what the last one left
            assertEquals(2, second.openIntents().size(), "both inherited intents stay until settled");
            second.settled(List.of(second.inherited().get(0)));
        }
        try (var third = CreateJournal.open(file)) {
            assertEquals(List.of("t3"), third.inherited().stream().map(CreateJournal.Intent::tag).toList());
        }
    }

    @Test
    void anAbandonedCreateWaitsForAPassUnlessItsSideIsBeingCreatedAgain(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("journal");
        try (var journal = CreateJournal.open(file)) {
            final List<String> heard = new ArrayList<>();
            journal.onAbandon(() -> heard.add("abandoned"));
            journal.begin("t1", "loopback", "02:00:00:00:00:01");
            assertTrue(journal.isOpen("t1"));
            journal.abandon("t1");
            assertFalse(journal.isOpen("t1"));
            assertEquals(List.of("abandoned"), heard, "the agent hears of it, to run a pass");
            assertEquals(List.of("t1 [02:00:00:00:00:01]"), describe(journal.unsettled()));
            journal.abandon("t1");
            journal.abandon("t9");
            assertEquals(1, heard.size(), "nothing open for the tag: nothing to abandon");

            journal.begin("t1", "loopback", "02:00:00:00:00:02");
            assertEquals(List.of(), journal.unsettled(), "not while the same side is being created again");
            journal.end("t1");
            assertEquals(List.of("t1 [02:00:00:00:00:01]"), describe(journal.unsettled()));
        }
        try (var next = CreateJournal.open(file)) {
            assertEquals(List.of("t1 [02:00:00:00:00:01]"), describe(next.inherited()),
                "an abandoned intent not yet settled is the next start's to settle");
        }
    }

    @Test
    void aRunningAgentThatLostACreatesReplyDeletesWhatVppMadeAtTheNextPass(@TempDir final Path dir) throws Exception {
        final var sim = vpp().simulator();
        assumeTrue(sim != null, "needs the simulator's fault injection to lose a reply");
        final String forwarder = "cj-" + UUID.randomUUID().toString().substring(0, 8);
        try (var journal = CreateJournal.open(dir.resolve("journal"));
             var client = VppClient.connect(VppClientConfig.of(sim.socketPath())
                 .withRequestTimeout(Duration.ofMillis(300)))) {
            final var abandoned = new AtomicInteger();
            journal.onAbandon(abandoned::incrementAndGet);
            final VppApi api = VppApi.of(client);
            final var bindings = new Bindings();
            bindings.useJournal(journal);
            final var engine = new Engine(api, bindings, clock, name -> true);
            final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
            store.markAuthoritative("2026-12-01T00:00:00Z");
            final var conn = EngineFixtures.connection("c1", EngineFixtures.loopback(), EngineFixtures.loopback());
            final Set<Long> before = indexes();

            // VPP makes the loopback but its reply never comes: the revert deletes the other side, not this one
            sim.faults().swallowReply("create_loopback", 1);
            final var error = assertThrows(CompletionException.class, () -> store.write(conn));
            assertTrue(String.valueOf(error.getMessage()).contains("create_loopback"), error::getMessage);
            final Set<Long> made = indexes();
            made.removeAll(before);
            assertEquals(1, made.size(), "the loopback whose reply was lost is all that is left");
            final long orphan = made.iterator().next();
            assertEquals("", tagOf(orphan), "untagged: nothing tells it is ours but the journal");
            assertEquals(1, abandoned.get(), "the agent is asked for a pass");
            assertEquals(1, journal.unsettled().size());

            final var report = new Reconciler(api, engine, store, clock).reconcile().toCompletableFuture().join();
            assertEquals(before, indexes(), "the pass deleted the untagged loopback, and nothing else: " + report);
            assertEquals(List.of(), journal.unsettled());
            assertEquals(List.of(), journal.openIntents());

            // the forwarder's retry then gets one interface per side
            store.write(conn);
            final Set<Long> retried = indexes();
            retried.removeAll(before);
            assertEquals(2, retried.size());
            store.delete("c1");
            assertEquals(before, indexes());
        } finally {
            sim.faults().clear();
        }
    }

    /**
     * A create VPP answers with an error made nothing: its intent is closed, and no sweep (a dump of all VPP) is asked
     * for, nor is a warning about a create cut short logged. A refusal of a later request of the same create (the
     * peer of a WireGuard interface that VPP made) still leaves the intent to a sweep.
     */
    @Test
    void aCreateVppRefusedLeavesNothingToSweep(@TempDir final Path dir) throws Exception {
        final var sim = vpp().simulator();
        assumeTrue(sim != null, "needs the simulator's fault injection to refuse a create");
        final String forwarder = "cj-" + UUID.randomUUID().toString().substring(0, 8);
        try (var journal = CreateJournal.open(dir.resolve("journal"))) {
            final var abandoned = new AtomicInteger();
            journal.onAbandon(abandoned::incrementAndGet);
            final var bindings = new Bindings();
            bindings.useJournal(journal);
            final var engine = new Engine(VppApi.of(vpp().client), bindings, clock, name -> true);
            final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
            final var conn = EngineFixtures.connection("c1", EngineFixtures.loopback(), EngineFixtures.loopback());
            final Set<Long> before = indexes();

            sim.faults().failRequest("create_loopback", 1, -7);
            final var refused = assertThrows(CompletionException.class, () -> store.write(conn));
            assertTrue(String.valueOf(refused.getMessage()).contains("create_loopback"), refused::getMessage);
            assertEquals(before, indexes(), "VPP made nothing");
            assertEquals(0, abandoned.get(), "no sweep for a create VPP refused");
            assertEquals(List.of(), journal.unsettled());
            assertEquals(List.of(), journal.openIntents());

            // a WireGuard create is two requests: the interface, then its peer; the peer refused, the interface was
            // made, and the intent is left to a sweep as before (the revert deletes it, the sweep then finds nothing)
            sim.faults().failRequest("wireguard_peer_add", 1, -7);
            assertThrows(CompletionException.class, () -> store.write(EngineFixtures.connection("c2",
                EngineFixtures.wireguard("198.51.100.77"), EngineFixtures.loopback())));
            assertEquals(before, indexes(), "the revert deleted the WireGuard interface");
            assertEquals(1, abandoned.get(), "a create refused after VPP made the interface still asks for a sweep");
        } finally {
            sim.faults().clear();
        }
    }

    private static Set<Long> indexes() {
        return vpp().interfaces().stream().map(SwInterfaceDetails::swIfIndex)
            .collect(Collectors.toCollection(HashSet::new));
    }

    private static String tagOf(final long swIfIndex) {
        return vpp().interfaces().stream().filter(row -> row.swIfIndex() == swIfIndex).findFirst().orElseThrow()
            .tag();
    }

    private static List<String> describe(final List<CreateJournal.Intent> intents) {
        return intents.stream().map(intent -> intent.tag() + " " + intent.identity()).toList();
    }

    @Test
    void theNextStartDeletesTheUntaggedInterfacesOfCutShortCreatesAndNothingElse(@TempDir final Path dir)
            throws Exception {
        final String forwarder = "cj-" + UUID.randomUUID().toString().substring(0, 8);
        final VppApi api = VppApi.of(vpp().client);
        final String socketFile = dir.resolve("memif.sock").toString();
        final MacAddress mac = MacAddress.parse("02:fe:" + hex() + ":" + hex() + ":" + hex() + ":" + hex());
        final MacAddress otherMac = MacAddress.parse("02:fd:" + hex() + ":" + hex() + ":" + hex() + ":" + hex());
        final long vni = 9_000_000 + ThreadLocalRandom.current().nextInt(100_000);
        final int port = 40_000 + ThreadLocalRandom.current().nextInt(10_000);
        final var tunnel = new VxlanHandler.Tunnel(Address.parse("192.0.2.1"), Address.parse("192.0.2.77"), vni, 0);
        final Path journalFile = dir.resolve("journal");

        // what the killed agent got done: each create sent, none tagged
        final long loop;
        final long memif;
        final long socketId;
        final long vxlan;
        final long wg;
        final long foreign;
        final long tagged;
        try (var killed = CreateJournal.open(journalFile)) {
            killed.begin(tag(forwarder, "a"), "loopback", mac.toString());
            loop = LoopbackHandler.of(api).create(mac).toCompletableFuture().join();
            killed.begin(tag(forwarder, "b"), "memif", socketFile);
            socketId = MemifHandler.of(api).addSocket(0xFFFF_FFFFL, socketFile).toCompletableFuture().join();
            killed.begin(tag(forwarder, "b"), "memif", socketFile, Long.toString(socketId), "0");
            memif = MemifHandler.of(api).create(true, MemifMode.ETHERNET, 0, socketId, 0, 0).toCompletableFuture()
                .join();
            killed.begin(tag(forwarder, "c"), "vxlan", tunnel.source().toString(), tunnel.destination().toString(),
                Long.toString(vni), "0");
            vxlan = VxlanHandler.of(api).create(tunnel).toCompletableFuture().join();
            killed.begin(tag(forwarder, "d"), "wireguard", Integer.toString(port));
            wg = WireguardHandler.of(api).createInterface(key(), port, Address.parse("192.0.2.1"))
                .toCompletableFuture().join();
            // a create whose tag was set, though its end was not written: the reconciler's, not the sweeper's
            final MacAddress taggedMac = MacAddress.parse("02:fc:" + hex() + ":" + hex() + ":" + hex() + ":" + hex());
            killed.begin(tag(forwarder, "e"), "loopback", taggedMac.toString());
            tagged = LoopbackHandler.of(api).create(taggedMac).toCompletableFuture().join();
            InterfaceHandler.of(api).setTag(tagged, tag(forwarder, "e")).toCompletableFuture().join();
            // a create that never reached VPP
            killed.begin(tag(forwarder, "f"), "af-packet", "nothing-" + hex());
        }
        // someone else's untagged loopback, which nothing may touch
        foreign = LoopbackHandler.of(api).create(otherMac).toCompletableFuture().join();

        try (var journal = CreateJournal.open(journalFile)) {
            final var bindings = new Bindings();
            bindings.useJournal(journal);
            final var engine = new Engine(api, bindings, clock, name -> true);
            final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
            store.markAuthoritative("2026-12-01T00:00:00Z");
            final var report = new Reconciler(api, engine, store, clock).reconcile().toCompletableFuture().join();

            final Set<Long> left = vpp().interfaces().stream().map(SwInterfaceDetails::swIfIndex)
                .collect(Collectors.toSet());
            for (long gone : List.of(loop, memif, vxlan, wg)) {
                assertFalse(left.contains(gone), "the untagged interface " + gone + " of a cut-short create is gone");
            }
            assertTrue(left.contains(foreign), "an untagged interface no intent describes is left alone");
            assertFalse(left.contains(tagged), "the tagged leftover is the reconciler's to delete: " + report);
            assertFalse(vpp().client.dumpSync(new MemifSocketFilenameDump()).stream()
                .anyMatch(row -> row.socketId() == socketId), "the socket id the killed agent registered is removed");
            assertEquals(List.of(), journal.openIntents(), "every inherited intent is settled");
        } finally {
            LoopbackHandler.of(api).delete(foreign).toCompletableFuture().join();
        }
        try (var reopened = CreateJournal.open(journalFile)) {
            assertEquals(List.of(), reopened.inherited(), "a settled intent is not inherited again");
        }
    }

    private static String tag(final String forwarder, final String id) {
        return TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id));
    }

    private static String hex() {
        return String.format("%02x", ThreadLocalRandom.current().nextInt(256));
    }

    private static WireguardKey key() {
        return WireguardKey.ofBase64(EngineFixtures.key(UUID.randomUUID().toString()));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;

/**
 * Prunes go through the configuration in batches, one transaction for many connections, and a batch is all or
 * nothing: a connection whose prune is refused must hold up no other, and a lease that ends while a reconciliation
 * pass is applying its connection gets that connection pruned, not the whole batch refused. Runs unchanged against a
 * real VPP (no fault injection: the refusal comes from the configuration, as a datastore's would).
 */
class PruneBatchTest extends VppTests {
    /** A configuration that refuses, as one transaction, any delete that includes one given connection. */
    private static final class RefusingStore implements ConfigStore {
        private final DirectConfigStore store;
        private final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        private volatile String refused;

        RefusingStore(final DirectConfigStore store, final String refused) {
            this.store = store;
            this.refused = refused;
        }

        @Override
        public CompletionStage<Optional<NsmVpp>> read() {
            return store.read();
        }

        @Override
        public CompletionStage<Set<String>> restore(final List<Connection> entries) {
            return store.restore(entries);
        }

        @Override
        public CompletionStage<Void> markAuthoritative(final String since) {
            return store.markAuthoritative(since);
        }

        @Override
        public CompletionStage<Set<String>> deleteIfUnchanged(final List<Connection> expired) {
            batches.add(expired.size());
            final String id = refused;
            if (id != null && expired.stream().anyMatch(conn -> conn.getId().getValue().equals(id))) {
                return CompletableFuture.failedFuture(new IllegalStateException("the transaction deleting " + id
                    + " was refused"));
            }
            return store.deleteIfUnchanged(expired);
        }
    }

    private static Map<String, Long> tagged(final String forwarder) {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, SwInterfaceDetails::swIfIndex));
    }

    private static String forwarder() {
        return "batch-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aRefusedPruneInABatchHoldsUpNoOther() {
        final var clock = new MutableClock(Instant.parse("2029-12-31T23:59:00Z"));
        final String forwarder = forwarder();
        final var engine = new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
        final var direct = new DirectConfigStore(forwarder, Set.of()).attach(engine);
        final List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(forwarder + "-" + i);
            direct.write(EngineFixtures.loopbacks(forwarder + "-" + i));
        }
        assertEquals(10, tagged(forwarder).size());
        final String bad = ids.get(2);
        final var store = new RefusingStore(direct, bad);
        final var reaper = new LeaseReaper(engine, store, clock);

        // every lease ends at once: one transaction for all five is refused, then each is tried alone
        clock.advance(Duration.ofMinutes(2));
        assertEquals(4, reaper.runOnce().toCompletableFuture().join());
        assertEquals(List.of(5, 1, 1, 1, 1, 1), store.batches, "one batch, then each connection alone");
        assertEquals(Set.of(bad), direct.connections().keySet(), "the other four are pruned");
        assertEquals(Set.of("nsm1cs:" + forwarder + "/" + bad, "nsm1ss:" + forwarder + "/" + bad),
            tagged(forwarder).keySet(), "and only the refused connection's interfaces are left in VPP");
        assertEquals(Set.of(bad), reaper.pruneFailures().keySet());
        assertEquals(1, reaper.pruneFailures().get(bad).attempts());

        // the refusal ends; the retry after the back-off prunes it
        store.refused = null;
        store.batches.clear();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, reaper.runOnce().toCompletableFuture().join());
        assertEquals(List.of(1), store.batches);
        assertEquals(Map.of(), tagged(forwarder));
        assertEquals(Set.of(), direct.connections().keySet());
        assertEquals(Map.of(), reaper.pruneFailures());
    }

    @Test
    void aLeaseEndingWhileAPassAppliesItsConnectionIsPrunedAndTheOthersAdopted() {
        final Instant start = Instant.parse("2029-12-31T23:00:00Z");
        final var clock = new MutableClock(start);
        final String forwarder = forwarder();
        final var store = new DirectConfigStore(forwarder, Set.of())
            .attach(new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true));
        final String ending = forwarder + "-a";
        store.write(new ConnectionBuilder(EngineFixtures.loopbacks(ending))
            .setExpiresAt(new LeaseTime("2029-12-31T23:00:00.5Z")).build());
        store.write(EngineFixtures.loopbacks(forwarder + "-b"));
        store.write(EngineFixtures.loopbacks(forwarder + "-c"));
        final var before = tagged(forwarder);
        assertEquals(6, before.size());

        // the agent restarts with its configuration; the pass starts half a second before a's lease ends and, by
        // the time the engine checks the batch, it has ended
        final var restarted = new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
        store.attach(restarted);
        clock.tick(Duration.ofSeconds(1));
        final var report = new Reconciler(VppApi.of(vpp().client), restarted, store, clock).reconcile()
            .toCompletableFuture().join();
        clock.tick(Duration.ZERO);
        assertEquals(1, report.pruned(), report.toString());
        assertEquals(0, report.failed(), report.toString());
        assertEquals(4, report.adopted(), report.toString());
        assertEquals(Set.of(forwarder + "-b", forwarder + "-c"), store.connections().keySet());
        assertEquals(Set.of(forwarder + "-b", forwarder + "-c"), restarted.desired().keySet(),
            "the engine holds the adopted connections, so their leases will end them");
        final var after = new java.util.HashMap<>(before);
        after.keySet().removeIf(tag -> tag.endsWith("/" + ending));
        assertEquals(after, tagged(forwarder), "a's interfaces deleted, the others kept as they were");

        store.delete(forwarder + "-b");
        store.delete(forwarder + "-c");
        assertEquals(Map.of(), tagged(forwarder));
    }
}

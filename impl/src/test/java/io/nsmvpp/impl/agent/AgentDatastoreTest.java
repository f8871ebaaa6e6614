/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Futures;
import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.reconcile.DatastoreConfigStore;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppConnector;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.sim.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionStatus;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.State;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.VppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.VppConnection;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The whole agent on the controller's distributed datastore: a connection written into the config datastore is
 * programmed into VPP (the simulator, or a real VPP with VPP_API_SOCKET) and shown in operational state; bad input
 * and a failing VPP call are vetoed with the NETCONF error RESTCONF turns into 400 / operation-failed, and leave
 * neither the datastore nor VPP changed.
 */
class AgentDatastoreTest {
    private static final String REAL = System.getenv("VPP_API_SOCKET");
    private static final DataObjectIdentifier<NsmVpp> ROOT = DataObjectIdentifier.builder(NsmVpp.class).build();
    private static CdsFixture cds;
    private static Simulator sim;
    private static VppClient observer;
    private static NsmVppAgent agent;
    private static Path socket;
    /** The agent's clock: 2026-12-01 for every test, moved past a lease and back by the prune test only. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        cds = CdsFixture.start();
        if (REAL == null || REAL.isEmpty()) {
            sim = Simulator.startTemporary();
            socket = sim.socketPath();
        } else {
            socket = Path.of(REAL);
        }
        observer = VppClient.connect(VppClientConfig.of(socket));
        agent = NsmVppAgent.start(cds.dataBroker(), cds.domBroker(), cds.codec(), new NsmVppAgent.Options(
            CLOCK, name -> !name.startsWith("nx-"),
            Duration.ofSeconds(1))).toCompletableFuture().get(60, TimeUnit.SECONDS);
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
            .setForwarderName(new ForwarderName(EngineFixtures.settings().forwarderName()))
            .setVpp(new VppBuilder().setApiSocket(new AbsolutePath(socket.toString()))
                .setReconnectInterval(Uint32.valueOf(100)).build()).build());
        tx.commit().get(10, TimeUnit.SECONDS);
        await(() -> agent.connector().status() == VppConnector.Status.CONNECTED, "the agent reaches VPP");
    }

    @AfterAll
    static void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        observer.close();
        if (sim != null) {
            sim.close();
        }
        cds.close();
    }

    private static void await(final BooleanSupplier condition, final String what) throws InterruptedException {
        final long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(25);
        }
    }

    private static DataObjectIdentifier<Connection> path(final String id) {
        return ConnectionNodes.connection(id);
    }

    private static void put(final Connection connection) throws Exception {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.CONFIGURATION, path(connection.getId().getValue()), connection);
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static void delete(final String id) throws Exception {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.delete(LogicalDatastoreType.CONFIGURATION, path(id));
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static Optional<Connection> read(final String id) {
        return stored(LogicalDatastoreType.CONFIGURATION, path(id));
    }

    private static long tagged(final String id) {
        return observer.dumpSync(SwInterfaceDump.all()).stream()
            .filter(row -> TagCodec.parse(row.tag()).filter(tag -> tag.connectionId().equals(id)).isPresent())
            .count();
    }

    private static NetconfDocumentedException refusal(final Connection connection) {
        return veto(assertThrows(ExecutionException.class, () -> put(connection)));
    }

    /** The NETCONF error the cohort's veto carries, as RESTCONF and NETCONF report it. */
    private static NetconfDocumentedException veto(final ExecutionException error) {
        return Throwables.getCausalChain(error).stream().filter(NetconfDocumentedException.class::isInstance)
            .map(NetconfDocumentedException.class::cast).findFirst()
            .orElseThrow(() -> new AssertionError("no NETCONF error in the veto", error));
    }

    @Test
    void aConnectionWrittenToTheDatastoreIsProgrammedShownAndDeleted() throws Exception {
        final String id = "ds-" + UUID.randomUUID();
        put(EngineFixtures.loopbacks(id));
        assertEquals(2, tagged(id), "both sides created in VPP before the write returned");
        agent.refreshAndWait().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            final var state = tx.read(LogicalDatastoreType.OPERATIONAL, path(id).toBuilder()
                .child(org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                    .nsm.vpp.connection.State.class).build()).get(10, TimeUnit.SECONDS).orElseThrow();
            assertEquals(ConnectionStatus.Programmed, state.getStatus());
            assertTrue(state.getClient().getSwIfIndex() != null);
            final var global = tx.read(LogicalDatastoreType.OPERATIONAL, ROOT.toBuilder().child(State.class).build())
                .get(10, TimeUnit.SECONDS).orElseThrow();
            assertEquals(VppConnection.Status.Connected, global.getVppConnection().getStatus());
            assertTrue(global.nonnullTaggedInterface().values().stream()
                .anyMatch(row -> row.getConnectionId().getValue().equals(id)));
        }
        // a refresh: only the lease moves
        put(new ConnectionBuilder(EngineFixtures.loopbacks(id)).setExpiresAt(new LeaseTime("2031-01-01T00:00:00Z"))
            .build());
        assertEquals(2, tagged(id), "no duplicate after a refresh");
        delete(id);
        assertEquals(0, tagged(id), "deleted from VPP with its entry");
    }

    /**
     * An interface of a configured connection deleted out of band (an operator's vppctl, another tool) is shown in
     * operational state, and once two state refreshes in a row saw it gone, a pass creates it again: a forwarder's
     * refresh of that connection sends nothing to VPP, so nothing else would.
     */
    @Test
    void anInterfaceDeletedOutOfBandIsCreatedAgain() throws Exception {
        final String id = "heal-" + UUID.randomUUID();
        put(EngineFixtures.loopbacks(id));
        final long server = observer.dumpSync(SwInterfaceDump.all()).stream()
            .filter(row -> TagCodec.parse(row.tag()).filter(tag -> tag.connectionId().equals(id)
                && tag.side() == io.nsmvpp.impl.tag.NsmTag.Side.SERVER).isPresent())
            .findFirst().orElseThrow().swIfIndex();
        observer.call(new io.nsmvpp.vpp.client.msg.DeleteLoopback(server));
        assertEquals(1, tagged(id));
        // state refreshes every second here; a pass for drifted connections runs at most every 30 s
        final long deadline = System.nanoTime() + 45_000_000_000L;
        while (tagged(id) != 2) {
            assertTrue(System.nanoTime() < deadline, "the lost server side was not created again");
            Thread.sleep(100);
        }
        agent.refreshAndWait().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            final var state = tx.read(LogicalDatastoreType.OPERATIONAL, path(id).toBuilder()
                .child(org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                    .nsm.vpp.connection.State.class).build()).get(10, TimeUnit.SECONDS).orElseThrow();
            // the pass adopted the client side and created the server side
            assertEquals(ConnectionStatus.Adopted, state.getStatus(), String.valueOf(state.getLastError()));
            assertEquals(null, state.getLastError());
        }
        delete(id);
        assertEquals(0, tagged(id));
    }

    /**
     * A configured connection that the pass after a VPP restart could not create (VPP refused a call then) is not
     * left without interfaces until the next restart: the state refreshes find it unprogrammed, and a pass creates it.
     */
    @Test
    void aConnectionThePassAfterARestartCouldNotCreateIsCreatedLater() throws Exception {
        assumeTrue(sim != null, "restarting VPP and refusing a call need the simulator's fault API");
        final String id = "late-" + UUID.randomUUID();
        put(EngineFixtures.loopbacks(id));
        try {
            // the pass after the restart finds VPP empty; its first create_loopback is refused
            sim.faults().failRequest("create_loopback", 1, -7);
            sim.faults().restart(false);
            observer.reconnect();
            final long deadline = System.nanoTime() + 45_000_000_000L;
            while (tagged(id) != 2) {
                assertTrue(System.nanoTime() < deadline, "the connection was not created after the failed pass");
                Thread.sleep(100);
            }
        } finally {
            sim.faults().clear();
        }
        delete(id);
        assertEquals(0, tagged(id));
    }

    /**
     * Issue 8: a reconciliation pass (the agent runs one on every connect to VPP, and on a forwarder-name change)
     * while connections are being written, refreshed and deleted through the datastore. No write may fail because of
     * the pass, and afterwards VPP holds exactly what the configuration says: two tagged interfaces for each stored
     * connection, none for a deleted one. Before the pass was kept apart from live transactions it dropped the
     * bindings of transactions in flight (their cross-connect then failed), and could take a connection committed
     * after it read the configuration for a leftover and delete it from VPP.
     */
    @Test
    void passesRacingLiveWritesLoseNothingAndLeaveNothing() throws Exception {
        final List<String> ids = IntStream.range(0, 120).mapToObj(i -> "race-" + i + "-" + UUID.randomUUID())
            .toList();
        // the first entry alone: concurrent writes that each create the connection list conflict in the datastore
        put(EngineFixtures.loopbacks(ids.get(0)));
        final var writes = new ArrayList<CompletableFuture<?>>();
        final var passes = new ArrayList<CompletableFuture<?>>();
        for (int i = 1; i < ids.size(); i++) {
            final String id = ids.get(i);
            writes.add(commit(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, path(id),
                EngineFixtures.loopbacks(id))));
            if (i % 20 == 10) {
                passes.add(agent.reconcileNow().toCompletableFuture());
            }
        }
        // a refresh or a delete is written once its connection's create has committed, as a forwarder does
        for (var write : writes) {
            awaitQuietly(write);
        }
        for (int i = 0; i < ids.size(); i += 3) {
            final String id = ids.get(i);
            writes.add(commit(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, path(id))));
            final String refreshed = ids.get(i + 1);
            writes.add(commit(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, path(refreshed),
                new ConnectionBuilder(EngineFixtures.loopbacks(refreshed))
                    .setExpiresAt(new LeaseTime("2031-01-01T00:00:00Z")).build())));
            if (i % 15 == 0) {
                passes.add(agent.reconcileNow().toCompletableFuture());
            }
        }
        for (var pass : passes) {
            pass.get(60, TimeUnit.SECONDS);
        }
        final var failures = new ArrayList<String>();
        for (var write : writes) {
            try {
                write.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(String.valueOf(Throwables.getRootCause(e).getMessage()));
            }
        }
        assertEquals(List.of(), failures, "no write fails because a pass runs beside it");
        final Map<String, Long> inVpp = observer.dumpSync(SwInterfaceDump.all()).stream()
            .map(row -> TagCodec.parse(row.tag())).flatMap(Optional::stream)
            .filter(tag -> tag.connectionId().startsWith("race-"))
            .collect(Collectors.groupingBy(tag -> tag.connectionId(), Collectors.counting()));
        final var expected = new HashMap<String, Long>();
        for (String id : ids) {
            if (read(id).isPresent()) {
                expected.put(id, 2L);
            }
        }
        assertEquals(ids.size() - (ids.size() + 2) / 3, expected.size(),
            "the deleted entries are gone, the rest stay");
        final var wrong = new java.util.TreeMap<String, String>();
        for (String id : ids) {
            final long want = expected.getOrDefault(id, 0L);
            final long have = inVpp.getOrDefault(id, 0L);
            if (want != have) {
                wrong.put(id, "stored " + (want > 0) + ", " + have + " tagged interfaces in VPP");
            }
        }
        assertEquals(Map.of(), wrong, "VPP holds both sides of each stored connection and nothing of a deleted one");
        for (String id : ids) {
            if (read(id).isPresent()) {
                delete(id);
            }
        }
    }

    /**
     * Issue 8: a pass restores entries rebuilt from VPP's tags only where the configuration holds none. A forwarder
     * that refreshed a connection after the pass read the configuration (right after a restart, say) wrote something
     * newer, with its own lease, which the rebuilt entry must not overwrite.
     */
    @Test
    void aRestoreLeavesAnEntryWrittenSinceThePassReadAlone() throws Exception {
        final String refreshed = "restore-" + UUID.randomUUID();
        final String absent = "restore-" + UUID.randomUUID();
        final Connection written = new ConnectionBuilder(EngineFixtures.loopbacks(refreshed))
            .setExpiresAt(new LeaseTime("2031-01-01T00:00:00Z")).build();
        put(written);
        final Connection rebuilt = new ConnectionBuilder(EngineFixtures.loopbacks(refreshed))
            .setExpiresAt(new LeaseTime("2027-06-01T00:00:00Z")).build();
        final Set<String> restored = new DatastoreConfigStore(cds.dataBroker())
            .restore(List.of(rebuilt, EngineFixtures.loopbacks(absent))).toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
        assertEquals(Set.of(absent), restored, "only the absent entry is written (and counted as restored)");
        assertEquals(written.getExpiresAt(), read(refreshed).orElseThrow().getExpiresAt(),
            "the entry written since is kept, lease and all");
        assertTrue(read(absent).isPresent(), "an absent entry is restored");
        assertEquals(2, tagged(refreshed), "no second pair of interfaces for the kept entry");
        delete(refreshed);
        delete(absent);
        assertEquals(0, tagged(absent));
    }

    private static void awaitQuietly(final CompletableFuture<?> write) throws Exception {
        try {
            write.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // reported with the others below
        }
    }

    /** Commits a write transaction without waiting for it. */
    private static CompletableFuture<?> commit(final Consumer<WriteTransaction> change) {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        change.accept(tx);
        final var commit = tx.commit();
        final var result = new CompletableFuture<Object>();
        commit.addListener(() -> {
            try {
                result.complete(Futures.getDone(commit));
            } catch (ExecutionException e) {
                result.completeExceptionally(e.getCause());
            }
        }, Runnable::run);
        return result;
    }

    @Test
    void badInputIsVetoedWithInvalidValueAndChangesNothing() throws Exception {
        final String id = "ds-" + UUID.randomUUID();
        final Connection past = new ConnectionBuilder(EngineFixtures.loopbacks(id))
            .setExpiresAt(new LeaseTime("2020-01-01T00:00:00Z")).build();
        final var error = refusal(past);
        assertEquals(ErrorTag.INVALID_VALUE, error.getErrorTag());
        assertTrue(error.getMessage().contains("expires-at"), error.getMessage());
        assertTrue(read(id).isEmpty(), "the datastore holds nothing of it");
        assertEquals(0, tagged(id), "VPP holds nothing of it");
    }

    @Test
    void anExplicitL2xcIsTheDefaultCrossConnect() throws Exception {
        final String id = "ds-" + UUID.randomUUID();
        put(new ConnectionBuilder(EngineFixtures.loopbacks(id)).setCrossConnect(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection
                .CrossConnectBuilder().setKind("l2xc").build()).build());
        assertEquals(2, tagged(id), "both sides created");
        delete(id);
        assertEquals(0, tagged(id));
    }

    @Test
    void aSettingOutsideTheModelsPatternIsVetoedNamingIt() throws Exception {
        // the binding builders do not check an inline type's pattern, so a Java writer can send what RESTCONF refuses
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder().setCleanupOnStop("wipe").build());
        final var veto = veto(assertThrows(ExecutionException.class, () -> tx.commit().get(10, TimeUnit.SECONDS)));
        assertEquals(ErrorTag.INVALID_VALUE, veto.getErrorTag());
        assertEquals("/nsm-vpp/cleanup-on-stop: keep or delete, not 'wipe'", veto.getMessage());
        assertEquals(Optional.of("keep"), stored(LogicalDatastoreType.CONFIGURATION, ROOT)
            .map(config -> config.getCleanupOnStop() == null ? "keep" : config.getCleanupOnStop()),
            "the setting is unchanged");
    }

    @Test
    void aFailingVppCallIsVetoedAndReverted() throws Exception {
        assumeTrue(sim != null, "fault injection needs the simulator");
        final String id = "ds-" + UUID.randomUUID();
        sim.faults().failRequest("sw_interface_set_l2_xconnect", 2, -7);
        try {
            final var error = refusal(EngineFixtures.loopbacks(id));
            assertEquals(ErrorTag.OPERATION_FAILED, error.getErrorTag());
            assertTrue(error.getMessage().contains("sw_interface_set_l2_xconnect"), error.getMessage());
        } finally {
            sim.faults().clear();
        }
        assertTrue(read(id).isEmpty(), "the datastore holds nothing of it");
        assertEquals(0, tagged(id), "the interfaces created before the failure were deleted");
    }

    /**
     * Issue 8: a create whose reply never comes leaves VPP an untagged interface that the transaction's revert never
     * heard of. The agent keeps the create's intent for a pass and asks for one at once; the pass deletes it.
     */
    @Test
    void anInterfaceWhoseCreateReplyWasLostIsDeletedByThePassTheAgentAsksFor() throws Exception {
        assumeTrue(sim != null, "fault injection needs the simulator");
        final String id = "ds-" + UUID.randomUUID();
        final Set<Long> before = indexes();
        sim.faults().swallowReply("create_loopback", 1);
        try {
            final var error = refusal(EngineFixtures.loopbacks(id));
            assertTrue(error.getMessage().contains("create_loopback"), error.getMessage());
        } finally {
            sim.faults().clear();
        }
        assertTrue(read(id).isEmpty(), "the datastore holds nothing of it");
        await(() -> indexes().equals(before), "the untagged loopback the lost reply left is deleted");
    }

    /**
     * Issue 8: the agent loses VPP between a create and its tag, while VPP keeps running. The revert cannot reach VPP;
     * the untagged loopback is deleted by the pass that VPP's return starts.
     */
    @Test
    void anInterfaceWhoseCreateWasCutShortByLosingVppIsDeletedWhenVppComesBack() throws Exception {
        assumeTrue(sim != null, "fault injection needs the simulator");
        final String id = "ds-" + UUID.randomUUID();
        final Set<Long> before = indexes();
        sim.faults().delayReplies("create_loopback", Duration.ofSeconds(1));
        final ExecutionException error;
        try {
            final var write = CompletableFuture.supplyAsync(() -> assertThrows(ExecutionException.class,
                () -> put(EngineFixtures.loopbacks(id))));
            await(() -> indexes().size() == before.size() + 2, "VPP made both loopbacks, their replies held back");
            assertTrue(sim.faults().dropConnection(agent.connector().client().clientIndex()));
            error = write.get(10, TimeUnit.SECONDS);
        } finally {
            sim.faults().clear();
            await(() -> agent.connector().status() == VppConnector.Status.CONNECTED, "the agent is back on VPP");
        }
        assertTrue(Throwables.getStackTraceAsString(error).contains("create_loopback"),
            () -> Throwables.getStackTraceAsString(error));
        assertTrue(read(id).isEmpty(), "the datastore holds nothing of it");
        await(() -> indexes().equals(before), "the untagged loopbacks are deleted once the agent is back on VPP");
    }

    private static Set<Long> indexes() {
        return observer.dumpSync(SwInterfaceDump.all()).stream().map(SwInterfaceDetails::swIfIndex)
            .collect(Collectors.toSet());
    }

    /**
     * Issue 8: a prune whose VPP calls fail is retried and shown in operational state, read here through the
     * datastore as RESTCONF reads it: status pruning, the attempts, the next attempt, the VPP message in the last
     * error, the counters. Once VPP accepts the deletes the connection is gone from VPP, config and state.
     */
    @Test
    void aFailingPruneIsShownInOperationalStateUntilItSucceeds() throws Exception {
        assumeTrue(sim != null, "fault injection needs the simulator");
        final String id = "ds-" + UUID.randomUUID();
        put(EngineFixtures.loopbacks(id));
        final var statePath = path(id).toBuilder().child(org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp
            .rev261127.nsm.vpp.connection.State.class).build();
        sim.faults().failRequest("delete_loopback", 1, -3);
        try {
            // the lease (2030-01-01T00:00:00Z) ends; the reaper, four times a second, tries and fails once
            CLOCK.set(Instant.parse("2030-01-01T00:00:01Z"));
            await(() -> operational(statePath).map(state -> state.getStatus() == ConnectionStatus.Pruning
                && state.getPruneAttempts() != null && state.getPruneAttempts().intValue() == 1).orElse(false),
                "operational state shows the failed prune");
            final var state = operational(statePath).orElseThrow();
            assertEquals("2030-01-01T00:00:02Z", state.getNextPruneAttempt().getValue(), "retried after 1 s");
            assertTrue(state.getLastError().contains("delete_loopback"), state.getLastError());
            assertEquals(2, tagged(id), "the failed prune was reverted: the connection is whole");
            assertTrue(read(id).isPresent(), "and its entry is kept");
            final var counters = operational(ROOT.toBuilder().child(State.class).build()).orElseThrow()
                .getCounters();
            assertTrue(counters.getPruneFailures().getValue().longValue() >= 1, counters.toString());
            assertEquals(1, counters.getPrunesPending().intValue());

            // VPP accepts the deletes again; after the back-off the prune goes through
            sim.faults().clear();
            CLOCK.advance(Duration.ofSeconds(2));
            await(() -> tagged(id) == 0, "the retried prune deleted both interfaces");
            await(() -> read(id).isEmpty(), "the retried prune deleted the entry");
            agent.refreshAndWait().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertTrue(operational(statePath).isEmpty(), "no state is left of it");
        } finally {
            sim.faults().clear();
            CLOCK.set(Instant.parse("2026-12-01T00:00:00Z"));
        }
    }

    private static <T extends DataObject> Optional<T> operational(final DataObjectIdentifier<T> path) {
        return stored(LogicalDatastoreType.OPERATIONAL, path);
    }

    private static <T extends DataObject> Optional<T> stored(final LogicalDatastoreType store,
            final DataObjectIdentifier<T> path) {
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            return tx.read(store, path).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("reading " + path, e);
        }
    }
}

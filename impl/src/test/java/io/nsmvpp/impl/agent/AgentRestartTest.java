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

import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.engine.VppTarget;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppConnector;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.VppBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The agent restarted against a VPP that kept running (the simulator, or a real VPP with VPP_API_SOCKET): with its
 * datastore persisted it adopts every interface and sends VPP no write; with its datastore wiped it restores the
 * connections into the configuration from VPP's tags alone, again without a VPP write.
 */
class AgentRestartTest extends VppTests {
    private static final DataObjectIdentifier<NsmVpp> ROOT = DataObjectIdentifier.builder(NsmVpp.class).build();
    private static String forwarder;

    @BeforeAll
    static void start() {
        forwarder = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NsmVppAgent agent(final CdsFixture cds) throws Exception {
        return NsmVppAgent.start(cds.dataBroker(), cds.domBroker(), cds.codec(), new NsmVppAgent.Options(
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), name -> true, Duration.ofSeconds(1)))
            .toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static void configure(final CdsFixture cds) throws Exception {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(LogicalDatastoreType.CONFIGURATION, ROOT, new NsmVppBuilder()
            .setForwarderName(new ForwarderName(forwarder))
            .setVpp(new VppBuilder().setApiSocket(new AbsolutePath(socket()))
                .setReconnectInterval(Uint32.valueOf(100)).build()).build());
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static String socket() {
        return VppTarget.realVpp() ? VppTarget.REAL_SOCKET : vpp().simulator().socketPath().toString();
    }

    private static void await(final BooleanSupplier condition, final String what) throws InterruptedException {
        final long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(25);
        }
    }

    private static Map<String, SwInterfaceDetails> ours() {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, row -> row));
    }

    private static Map<String, Connection> connections(final CdsFixture cds) throws InterruptedException,
            java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            return tx.read(LogicalDatastoreType.CONFIGURATION, ROOT).get(10, TimeUnit.SECONDS)
                .map(root -> root.nonnullConnection().values().stream()
                    .filter(conn -> conn.getId().getValue().startsWith(forwarder))
                    .collect(Collectors.toMap(conn -> conn.getId().getValue(), conn -> conn)))
                .orElse(Map.of());
        }
    }

    @Test
    void adoptsWithItsDatastoreAndRestoresWithoutIt() throws Exception {
        final String file = Files.createTempDirectory("memif").resolve("restart.sock").toString();
        final Connection one = EngineFixtures.connection(forwarder + "-1", EngineFixtures.memif(file),
            EngineFixtures.loopback());
        final Connection two = EngineFixtures.loopbacks(forwarder + "-2");
        Map<String, SwInterfaceDetails> created;
        try (var cds = CdsFixture.start()) {
            final var first = agent(cds);
            configure(cds);
            await(() -> first.connector().status() == VppConnector.Status.CONNECTED, "the first agent connects");
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(forwarder + "-1"), one);
            tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(forwarder + "-2"), two);
            tx.commit().get(10, TimeUnit.SECONDS);
            created = ours();
            assertEquals(4, created.size());
            first.close();

            // restart with the datastore kept
            if (vpp().simulator() != null) {
                vpp().simulator().clearOperations();
            }
            final var second = agent(cds);
            await(() -> second.connector().status() == VppConnector.Status.CONNECTED, "the second agent connects");
            final var report = second.reconcileNow().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertEquals(4, report.adopted(), report.toString());
            assertEquals(0, report.created(), report.toString());
            assertEquals(java.util.List.of(), vpp().writes(), "no VPP write when adopting");
            assertEquals(created, ours());
            second.close();
        }

        // restart with the datastore wiped: a new, empty one
        try (var cds = CdsFixture.start()) {
            if (vpp().simulator() != null) {
                vpp().simulator().clearOperations();
            }
            final var third = agent(cds);
            configure(cds);
            await(() -> {
                try {
                    return connections(cds).size() == 2;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, "both connections restored from VPP's tags");
            assertEquals(java.util.List.of(), vpp().writes(), "no VPP write when restoring");
            assertEquals(created, ours(), "the same interfaces, no duplicate");
            final var restored = connections(cds);
            assertEquals(file, ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
                .mechanism.Memif) restored.get(forwarder + "-1").getClient().getMechanism()).getMemif()
                .getSocketFile().getValue());

            // operational state says so
            third.refreshAndWait().toCompletableFuture().get(10, TimeUnit.SECONDS);
            try (var read = cds.dataBroker().newReadOnlyTransaction()) {
                final var state = read.read(LogicalDatastoreType.OPERATIONAL, ConnectionNodes.connection(forwarder
                    + "-2").toBuilder().child(org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm
                        .vpp.connection.State.class).build()).get(10, TimeUnit.SECONDS).orElseThrow();
                assertEquals(org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionStatus
                    .Restored, state.getStatus());
                assertEquals(Boolean.TRUE, state.getRestoredFromVpp());
            }

            // clean up through the datastore
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            restored.keySet().forEach(id -> tx.delete(LogicalDatastoreType.CONFIGURATION,
                ConnectionNodes.connection(id)));
            tx.commit().get(10, TimeUnit.SECONDS);
            assertEquals(Map.of(), ours());
            third.close();
        }
    }

    @Test
    void restoresAOneSidedConnectionIntoTheDatastoreAndARefreshCompletesIt() throws Exception {
        final String file = Files.createTempDirectory("memif").resolve("half.sock").toString();
        final String id = forwarder + "-half";
        final Connection conn = EngineFixtures.connection(id, EngineFixtures.memif(file), EngineFixtures.loopback());
        final String clientTag = TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT, id));
        final String serverTag = TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.SERVER, id));
        try (var cds = CdsFixture.start()) {
            final var first = agent(cds);
            configure(cds);
            await(() -> first.connector().status() == VppConnector.Status.CONNECTED, "the first agent connects");
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(id), conn);
            tx.commit().get(10, TimeUnit.SECONDS);
            first.close();
        }
        // while the agent is down, an operator deletes the server side's interface
        final long client = ours().get(clientTag).swIfIndex();
        vpp().client.call(new DeleteLoopback(ours().get(serverTag).swIfIndex()));

        try (var cds = CdsFixture.start()) {
            final var second = agent(cds);
            configure(cds);
            await(() -> {
                try {
                    return connections(cds).containsKey(id);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, "the one-sided connection restored into the datastore");
            final var restored = connections(cds).get(id);
            assertTrue(restored.getClient() != null && restored.getServer() == null
                && restored.getCrossConnect() == null, "only the client side, no cross-connect: " + restored);

            // the forwarder's refresh, with both sides, through the datastore
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(id), conn);
            tx.commit().get(10, TimeUnit.SECONDS);
            final var now = ours();
            assertEquals(java.util.Set.of(clientTag, serverTag), now.keySet(), "exactly one interface per side");
            assertEquals(client, now.get(clientTag).swIfIndex(), "the client side adopted, not re-created");

            final var delete = cds.dataBroker().newWriteOnlyTransaction();
            delete.delete(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(id));
            delete.commit().get(10, TimeUnit.SECONDS);
            assertEquals(Map.of(), ours());
            second.close();
        }
    }
}

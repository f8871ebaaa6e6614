/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.yang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.dom.adapter.test.AbstractConcurrentDataBrokerTest;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yangtools.binding.DataObjectReference;

/**
 * The model in a real (in-memory) MD-SAL datastore: every mechanism writes, reads back and is seen by a listener.
 */
class ModelDataBrokerTest extends AbstractConcurrentDataBrokerTest {
    private static final Map<String, Mechanism> MECHANISMS = Map.of(
        "memif", Connections.memif(),
        "kernel-tap", Connections.kernelTap(),
        "af-packet", Connections.afPacket(),
        "vxlan", Connections.vxlan(),
        "wireguard", Connections.wireguard(),
        "loopback", Connections.loopback());

    ModelDataBrokerTest() {
        super(true);
    }

    @BeforeEach
    void startBroker() throws Exception {
        setup();
    }

    @Test
    void everyMechanismWritesReadsBackAndIsSeenByAListener() throws Exception {
        final var seen = new LinkedBlockingQueue<DataObjectModification<Connection>>();
        try (var reg = getDataBroker().registerTreeChangeListener(LogicalDatastoreType.CONFIGURATION,
                DataObjectReference.builder(NsmVpp.class).child(Connection.class).build(),
                changes -> changes.forEach(change -> seen.add(change.getRootNode())))) {
            for (var entry : MECHANISMS.entrySet()) {
                final var id = "conn-" + entry.getKey();
                final var written = Connections.connection(id, entry.getValue(), Connections.memif());
                final var tx = getDataBroker().newWriteOnlyTransaction();
                tx.put(LogicalDatastoreType.CONFIGURATION, Connections.path(id), written);
                tx.commit().get(5, TimeUnit.SECONDS);

                try (var rtx = getDataBroker().newReadOnlyTransaction()) {
                    assertThat(rtx.read(LogicalDatastoreType.CONFIGURATION, Connections.path(id))
                        .get(5, TimeUnit.SECONDS)).as(entry.getKey()).contains(written);
                }
                final var change = seen.poll(5, TimeUnit.SECONDS);
                assertThat(change).as("listener saw " + entry.getKey()).isNotNull();
                assertThat(change.modificationType()).isEqualTo(DataObjectModification.ModificationType.WRITE);
                assertThat(change.dataAfter()).isEqualTo(written);
            }
        }
    }

    /**
     * The model states "required" for the lease in words, not with YANG's {@code mandatory}: OpenDaylight answers a
     * datastore's mandatory-node failure over RESTCONF with a bare 500, while the agent's refusal (impl's BadInputTest,
     * the e2e test) is a 400 naming the field. The datastore alone takes such an entry; the agent's commit cohort is
     * what refuses it.
     */
    @Test
    void theDatastoreAloneLeavesTheRequiredLeaseToTheAgent() throws Exception {
        final var noLease = new ConnectionBuilder(Connections.connection("no-lease", Connections.loopback(),
            Connections.loopback())).setExpiresAt(null).build();
        final var tx = getDataBroker().newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.CONFIGURATION, Connections.path("no-lease"), noLease);
        tx.commit().get(5, TimeUnit.SECONDS);
        try (var read = getDataBroker().newReadOnlyTransaction()) {
            assertThat(read.read(LogicalDatastoreType.CONFIGURATION, Connections.path("no-lease")).get())
                .hasValueSatisfying(c -> assertThat(c.getExpiresAt()).isNull());
        }
    }

    /**
     * A whole side may be absent (a connection restored from VPP with only one side left): the mechanism choice is
     * not mandatory in the schema. A side that is there without a mechanism, or a cross-connect that lacks a side,
     * is refused by nsm-vpp's engine, not by the datastore (impl's OneSidedTest).
     */
    @Test
    void aConnectionMayLackASide() throws Exception {
        final var oneSided = new ConnectionBuilder(Connections.connection("one-sided", Connections.loopback(),
            Connections.loopback())).setClient(new ClientBuilder().build()).build();
        final var tx = getDataBroker().newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.CONFIGURATION, Connections.path("one-sided"), oneSided);
        tx.commit().get(5, TimeUnit.SECONDS);
        try (var rtx = getDataBroker().newReadOnlyTransaction()) {
            final var read = rtx.read(LogicalDatastoreType.CONFIGURATION, Connections.path("one-sided"))
                .get(5, TimeUnit.SECONDS).orElseThrow();
            // the in-memory broker may keep the empty non-presence container: it holds no mechanism either way
            assertThat(read.getClient() == null ? null : read.getClient().getMechanism()).isNull();
            assertThat(read.getServer()).isEqualTo(oneSided.getServer());
        }
    }

    @Test
    void keysAreTheConnectionIds() {
        final var id = new ConnectionId("3f1c0a2e-9b7d-4c5e-8f60-1a2b3c4d5e6f");
        assertThat(List.of(Connections.connection(id.getValue(), Connections.loopback(), Connections.loopback())
            .key().getId())).containsExactly(id);
    }
}

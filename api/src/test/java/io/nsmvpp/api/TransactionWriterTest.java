/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Vpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Client;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Server;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.binding.DataObjectReference;

/** Order, re-application and revert of the SPI's writer, with recording fake customizers (no southbound at all). */
class TransactionWriterTest {
    static final DataObjectReference<Client> CLIENT =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(Client.class).build();
    static final DataObjectReference<Server> SERVER =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(Server.class).build();
    static final DataObjectReference<CrossConnect> XC =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(CrossConnect.class).build();
    static final DataObjectReference<Vpp> VPP = DataObjectReference.builder(NsmVpp.class).child(Vpp.class).build();

    private static final Client C1 = new ClientBuilder().build();
    private static final Client C2 = new ClientBuilder().setIpAddress(Set.of()).build();
    private static final Server S1 = new ServerBuilder().build();
    private static final CrossConnect X1 = new CrossConnectBuilder().build();

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** Records every call, registers an undo that records too, and fails on request. */
    final class Recorder<D extends DataObject> implements WriteCustomizer<D> {
        private final String name;
        private final boolean inPlace;
        String failOn = "";
        /** When set, a step completes only when this does: a southbound call still in flight. */
        CompletableFuture<Void> hold;

        Recorder(final String name, final boolean inPlace) {
            this.name = name;
            this.inPlace = inPlace;
        }

        private CompletionStage<Void> record(final String op, final WriteContext ctx) {
            final String entry = op + " " + name;
            if (entry.equals(failOn)) {
                log.add(entry + " FAILED");
                return CompletableFuture.failedFuture(new IllegalStateException("injected at " + entry));
            }
            log.add(entry);
            ctx.onRevert("undo " + entry, () -> {
                log.add("undo " + entry);
                return CompletableFuture.completedFuture(null);
            });
            return hold != null ? hold : CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> create(final DataObjectIdentifier<D> id, final D after, final WriteContext ctx) {
            return record("create", ctx);
        }

        @Override
        public CompletionStage<Void> delete(final DataObjectIdentifier<D> id, final D before, final WriteContext ctx) {
            return record("delete", ctx);
        }

        @Override
        public CompletionStage<Void> update(final DataObjectIdentifier<D> id, final D before, final D after,
                final WriteContext ctx) {
            return record("update", ctx);
        }

        @Override
        public boolean updatesInPlace() {
            return inPlace;
        }
    }

    private final Recorder<Client> client = new Recorder<>("client", false);
    private final Recorder<Server> server = new Recorder<>("server", true);
    private final Recorder<CrossConnect> xc = new Recorder<>("xc", false);

    private WriterRegistry registry() {
        // registered out of order on purpose: the constraints decide
        return WriterRegistry.builder()
            .addAfter(XC, xc, List.of(CLIENT, SERVER))
            .add(SERVER, server)
            .addBefore(CLIENT, client, List.of(XC))
            .build();
    }

    private static DataObjectIdentifier.WithKey<Connection, ConnectionKey> conn(final String id) {
        return DataObjectIdentifier.builder(NsmVpp.class).child(Connection.class,
            new ConnectionKey(new ConnectionId(id))).build();
    }

    private static List<NodeChange<?>> connection(final String id, final Client clientBefore, final Client clientAfter,
            final Server serverBefore, final Server serverAfter, final CrossConnect xcBefore,
            final CrossConnect xcAfter) {
        final List<NodeChange<?>> nodes = new ArrayList<>();
        final var entry = conn(id);
        if (clientBefore != null || clientAfter != null) {
            nodes.add(new NodeChange<>(CLIENT, entry.toBuilder().child(Client.class).build(), id, clientBefore,
                clientAfter));
        }
        if (serverBefore != null || serverAfter != null) {
            nodes.add(new NodeChange<>(SERVER, entry.toBuilder().child(Server.class).build(), id, serverBefore,
                serverAfter));
        }
        if (xcBefore != null || xcAfter != null) {
            nodes.add(new NodeChange<>(XC, entry.toBuilder().child(CrossConnect.class).build(), id, xcBefore,
                xcAfter));
        }
        return nodes;
    }

    private void write(final List<NodeChange<?>> nodes) {
        new TransactionWriter(registry()).write(nodes, new TransactionContext()).toCompletableFuture().join();
    }

    @Test
    void ordersByConstraintsAndRefusesCycles() {
        final var order = registry().order();
        assertTrue(order.indexOf(XC) > order.indexOf(CLIENT) && order.indexOf(XC) > order.indexOf(SERVER),
            order.toString());
        assertEquals(Set.of(CLIENT, SERVER), registry().dependencies(XC));
        final var cyclic = WriterRegistry.builder().addAfter(CLIENT, client, List.of(XC))
            .addAfter(XC, xc, List.of(CLIENT));
        final var error = assertThrows(IllegalStateException.class, cyclic::build);
        assertTrue(error.getMessage().contains("cycle"), error.getMessage());
        assertThrows(IllegalStateException.class, () -> WriterRegistry.builder()
            .addAfter(XC, xc, List.of(VPP)).build(), "a constraint on an unregistered node");
        assertThrows(IllegalArgumentException.class, () -> WriterRegistry.builder().add(XC, xc).add(XC, xc));
    }

    @Test
    void createsInOrderAndDeletesInReverse() {
        write(connection("a", null, C1, null, S1, null, X1));
        assertEquals(Set.of("create client", "create server"), Set.copyOf(log.subList(0, 2)));
        assertEquals("create xc", log.get(2), "the cross-connect comes after both sides");
        log.clear();
        write(connection("a", C1, null, S1, null, X1, null));
        assertEquals("delete xc", log.get(0), "the cross-connect goes before either side");
        assertEquals(3, log.size());
    }

    @Test
    void anUnchangedNodeIsLeftAloneUnlessWhatItDependsOnIsRecreated() {
        write(connection("a", C1, C1, S1, S1, X1, X1));
        assertEquals(List.of(), log, "nothing changed, nothing written");
        write(connection("a", C1, C2, S1, S1, X1, X1));
        assertEquals(List.of("delete xc", "delete client", "create client", "create xc"), log,
            "a client re-created re-applies the cross-connect, and only it");
    }

    @Test
    void anInPlaceUpdateDoesNotTouchDependents() {
        final Server changed = new ServerBuilder().setIpAddress(Set.of()).build();
        write(connection("a", C1, C1, S1, changed, X1, X1));
        assertEquals(List.of("update server"), log);
    }

    @Test
    void aFailureStopsAndRevertsNewestFirst() {
        xc.failOn = "create xc";
        final var error = assertThrows(CompletionException.class, () -> write(connection("a", null, C1, null, S1,
            null, X1)));
        final var failed = assertInstanceOf(WriteFailedException.class, error.getCause());
        assertEquals(WriteFailedException.Operation.CREATE, failed.operation());
        assertEquals(CrossConnect.class, failed.node().lastStep().type());
        final int at = log.indexOf("create xc FAILED");
        final var undone = log.subList(at + 1, log.size());
        assertEquals(2, undone.size());
        assertEquals(Set.of("undo create server", "undo create client"), Set.copyOf(undone));
        assertEquals("undo " + log.get(1), undone.get(0), "newest first");
    }

    @Test
    void stepsTheRegistryLeavesUnorderedRunConcurrentlyAndTheirDependentWaitsForBoth() {
        client.hold = new CompletableFuture<>();
        final var done = new TransactionWriter(registry()).write(connection("a", null, C1, null, S1, null, X1),
            new TransactionContext()).toCompletableFuture();
        assertEquals(Set.of("create client", "create server"), Set.copyOf(log),
            "the server side does not wait for the client side, still in flight");
        assertFalse(done.isDone());
        client.hold.complete(null);
        done.join();
        assertEquals("create xc", log.get(2), "the cross-connect waited for both sides");
        log.clear();
        server.hold = new CompletableFuture<>();
        final var deleted = new TransactionWriter(registry()).write(connection("a", C1, null, S1, null, X1, null),
            new TransactionContext()).toCompletableFuture();
        assertEquals("delete xc", log.get(0));
        assertEquals(Set.of("delete client", "delete server"), Set.copyOf(log.subList(1, 3)),
            "both sides go at once once the cross-connect is gone");
        server.hold.complete(null);
        deleted.join();
    }

    @Test
    void aFailureWaitsForTheConcurrentStepsInFlightBeforeItReverts() {
        // the registry puts the server first (registered first, nothing orders the two sides)
        server.hold = new CompletableFuture<>();
        client.failOn = "create client";
        final var done = new TransactionWriter(registry()).write(connection("a", null, C1, null, S1, null, X1),
            new TransactionContext()).toCompletableFuture();
        assertEquals(List.of("create server", "create client FAILED"), log);
        assertFalse(done.isDone(), "the server side is still in flight: nothing is reverted under it");
        server.hold.complete(null);
        final var error = assertThrows(CompletionException.class, done::join);
        assertInstanceOf(WriteFailedException.class, error.getCause());
        assertEquals(List.of("create server", "create client FAILED", "undo create server"), log,
            "the cross-connect never started; the server side was undone once it had settled");
    }

    @Test
    void validatorsRunBeforeAnyWrite() {
        final var registry = WriterRegistry.builder().add(CLIENT, client)
            .addValidator(CLIENT, (id, before, after, ctx) -> {
                throw new ValidationException(id, "ip-address", "refused");
            }).build();
        final var writer = new TransactionWriter(registry);
        final var nodes = connection("a", null, C1, null, null, null, null);
        final var error = assertThrows(ValidationException.class, () -> writer.validate(nodes,
            new TransactionContext()));
        assertEquals("ip-address", error.field());
        assertEquals(List.of(), log);
    }

    @Test
    void independentEntriesEachRunInOrder() {
        final List<NodeChange<?>> nodes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.addAll(connection("c" + i, null, C1, null, S1, null, X1));
        }
        write(nodes);
        assertEquals(150, log.size());
    }
}

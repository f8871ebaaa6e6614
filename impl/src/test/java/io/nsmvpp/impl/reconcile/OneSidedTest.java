/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import static io.nsmvpp.impl.engine.EngineFixtures.connection;
import static io.nsmvpp.impl.engine.EngineFixtures.loopback;
import static io.nsmvpp.impl.engine.EngineFixtures.memif;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.ConfigRejectedException;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;

/**
 * A connection of which VPP holds one side only (the other's interface was deleted out of band, or a crash came
 * between the sides) is restored as far as it goes when the configuration is not authoritative: the entry holds that
 * side and no cross-connect, its lease still ends it, and a refresh with both sides adopts the side that is there and
 * creates the other. The engine refuses entries without a side, sides without a mechanism, and a cross-connect that
 * lacks a side. Runs on the simulator, or on a real VPP with VPP_API_SOCKET.
 */
class OneSidedTest extends VppTests {
    private final MutableClock clock = new MutableClock(
        Instant.parse("2026-12-01T00:00:00Z"));
    private String forwarder;
    private String memifFile;

    @BeforeEach
    void names() throws Exception {
        forwarder = "half-" + UUID.randomUUID().toString().substring(0, 8);
        memifFile = Files.createTempDirectory("memif").resolve("h.sock").toString();
    }

    @AfterEach
    void nothingLeft() {
        final var left = ours();
        if (!left.isEmpty()) {
            final var engine = engine();
            final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine);
            store.markAuthoritative("2026-12-01T00:00:00Z");
            new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture().join();
        }
        assertEquals(Map.of(), left, "a test left interfaces of its forwarder in VPP");
    }

    private Engine engine() {
        return new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
    }

    private Map<String, Long> ours() {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, SwInterfaceDetails::swIfIndex, (x, y) -> {
                throw new AssertionError("two interfaces carry one tag: " + x + " and " + y);
            }, TreeMap::new));
    }

    private String tag(final NsmTag.Side side, final String id) {
        return TagCodec.encode(new NsmTag(forwarder, side, id));
    }

    private Reconciler.Report reconcile(final Engine engine, final DirectConfigStore store) {
        return new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture().join();
    }

    /** A memif-to-loopback connection whose server loopback an operator then deletes. */
    private Connection halfGone(final String id) {
        final var conn = connection(id, memif(memifFile), loopback());
        new DirectConfigStore(forwarder, Set.of()).attach(engine()).write(conn);
        vpp().client.call(new DeleteLoopback(ours().get(tag(NsmTag.Side.SERVER, id))));
        assertEquals(Set.of(tag(NsmTag.Side.CLIENT, id)), ours().keySet());
        return conn;
    }

    @Test
    void aOneSidedConnectionIsRestoredAndARefreshWithBothSidesCompletesIt() {
        final String id = forwarder + "-1";
        final Connection conn = halfGone(id);
        final long client = ours().get(tag(NsmTag.Side.CLIENT, id));

        final Engine restarted = engine();
        final var wiped = new DirectConfigStore(forwarder, Set.of()).attach(restarted);
        if (vpp().simulator() != null) {
            vpp().simulator().clearOperations();
        }
        final var report = reconcile(restarted, wiped);
        assertEquals(1, report.restored(), report.toString());
        assertEquals(0, report.leftovers(), report.toString());
        assertEquals(List.of(), vpp().writes(), "restoring the side that is left sends VPP nothing");
        final var restored = wiped.connections().get(id);
        assertEquals(memifFile, ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.Memif) restored.getClient().getMechanism()).getMemif().getSocketFile().getValue(),
            "the memif side as it was configured");
        assertNull(restored.getServer(), "the missing side is missing");
        assertNull(restored.getCrossConnect(), "and so is the cross-connect");
        assertEquals("2026-12-01T00:10:00Z", restored.getExpiresAt().getValue());
        assertEquals(Map.of(tag(NsmTag.Side.CLIENT, id), client), ours());

        // the forwarder refreshes with both sides: the memif is adopted, the loopback created, both joined
        wiped.write(new ConnectionBuilder(conn).setExpiresAt(new LeaseTime("2026-12-01T00:20:00Z")).build());
        final var now = ours();
        assertEquals(Set.of(tag(NsmTag.Side.CLIENT, id), tag(NsmTag.Side.SERVER, id)), now.keySet(),
            "exactly one interface per side");
        assertEquals(client, now.get(tag(NsmTag.Side.CLIENT, id)), "the client side was adopted, not re-created");
        final long server = now.get(tag(NsmTag.Side.SERVER, id));
        final var xc = vpp().client.dumpSync(new L2XconnectDump());
        assertTrue(xc.stream().anyMatch(row -> row.rxSwIfIndex() == client && row.txSwIfIndex() == server), "" + xc);
        assertTrue(xc.stream().anyMatch(row -> row.rxSwIfIndex() == server && row.txSwIfIndex() == client), "" + xc);

        wiped.delete(id);
        assertEquals(Map.of(), ours());
    }

    @Test
    void theLeaseStillEndsAOneSidedConnection() {
        final String id = forwarder + "-2";
        halfGone(id);
        final Engine restarted = engine();
        final var wiped = new DirectConfigStore(forwarder, Set.of()).attach(restarted);
        assertEquals(1, reconcile(restarted, wiped).restored());

        clock.advance(Duration.ofMinutes(9));
        assertEquals(0, new LeaseReaper(restarted, wiped, clock).runOnce().toCompletableFuture().join());
        assertEquals(1, ours().size(), "not before its lease ends");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, new LeaseReaper(restarted, wiped, clock).runOnce().toCompletableFuture().join());
        assertEquals(Map.of(), ours(), "the side that was left is gone with its lease");
        assertEquals(Map.of(), wiped.connections());
    }

    @Test
    void anAgentRestartedWithItsConfigurationCreatesTheMissingSide() {
        final String id = forwarder + "-3";
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine());
        final var conn = connection(id, memif(memifFile), loopback());
        store.write(conn);
        final long client = ours().get(tag(NsmTag.Side.CLIENT, id));
        vpp().client.call(new DeleteLoopback(ours().get(tag(NsmTag.Side.SERVER, id))));

        final Engine restarted = engine();
        store.attach(restarted);
        final var report = reconcile(restarted, store);
        assertEquals(1, report.adopted(), report.toString());
        assertEquals(1, report.created(), report.toString());
        final var now = ours();
        assertEquals(2, now.size());
        assertEquals(client, now.get(tag(NsmTag.Side.CLIENT, id)));
        store.delete(id);
    }

    @Test
    void theEngineRefusesAConnectionWithoutSidesASideWithoutMechanismAndAHalfCrossConnect() {
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine());
        final var base = connection(forwarder + "-x", loopback(), loopback());
        assertRefused(store, new ConnectionBuilder(base).setClient(null).setServer(null).build(),
            "a connection needs a client side, a server side or both");
        assertRefused(store, new ConnectionBuilder(base).setServer(null).setCrossConnect(new CrossConnectBuilder()
            .build()).build(), "cross-connect: a cross-connect joins two sides, but the server side is missing");
        assertRefused(store, new ConnectionBuilder(base).setClient(new ClientBuilder().setIpAddress(Set.of(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix("10.0.0.1/24"))).build())
            .build(), "client: the client side needs a mechanism");
        assertEquals(Map.of(), ours(), "nothing reached VPP");

        // one side and no cross-connect is a valid entry
        store.write(new ConnectionBuilder(base).setServer(null).build());
        assertEquals(Set.of(tag(NsmTag.Side.CLIENT, forwarder + "-x")), ours().keySet());
        store.delete(forwarder + "-x");
        // and so is one whose other side is an empty container, as a datastore may keep it
        store.write(new ConnectionBuilder(base).setClient(new ClientBuilder().build()).build());
        assertEquals(Set.of(tag(NsmTag.Side.SERVER, forwarder + "-x")), ours().keySet());
        store.delete(forwarder + "-x");
    }

    private static void assertRefused(final DirectConfigStore store, final Connection conn, final String message) {
        final var error = assertThrows(CompletionException.class, () -> store.write(conn));
        assertTrue(error.getCause() instanceof ConfigRejectedException, error.toString());
        assertTrue(error.getCause().getMessage().contains(message), error.getCause().getMessage());
    }
}

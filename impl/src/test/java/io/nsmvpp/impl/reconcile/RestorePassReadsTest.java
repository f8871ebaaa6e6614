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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.cds.MutableClock;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.VppTests;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.sim.Operation;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;

/**
 * A reconciliation pass reads VPP once: the interfaces it finds are adopted from the pass's own dumps (details,
 * addresses, cross-connects), not dumped again one by one, and what those dumps showed still decides what is sent.
 * Against the simulator or, unchanged, a real VPP (the read counts need the simulator's operation log).
 */
class RestorePassReadsTest extends VppTests {
    private final MutableClock clock =
        new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private String forwarder;
    private String memifFile;

    @BeforeEach
    void names() throws Exception {
        forwarder = "rd-" + UUID.randomUUID().toString().substring(0, 8);
        memifFile = Files.createTempDirectory("memif").resolve("r.sock").toString();
    }

    @AfterEach
    void nothingOfOursLeft() {
        assertEquals(Map.of(), ours(), "a test left interfaces of its forwarder in VPP");
    }

    private Engine engine() {
        return new Engine(VppApi.of(vpp().client), new Bindings(), clock, name -> true);
    }

    private Map<String, SwInterfaceDetails> ours() {
        return vpp().interfaces().stream().filter(row -> TagCodec.parse(row.tag())
                .filter(tag -> tag.forwarder().equals(forwarder)).isPresent())
            .collect(Collectors.toMap(SwInterfaceDetails::tag, row -> row));
    }

    private Reconciler.Report reconcile(final Engine engine, final DirectConfigStore store) {
        return new Reconciler(VppApi.of(vpp().client), engine, store, clock).reconcile().toCompletableFuture().join();
    }

    private Connection addressed(final String id, final String prefix) {
        final Connection plain = connection(id, memif(memifFile), loopback());
        return new ConnectionBuilder(plain).setClient(new ClientBuilder(plain.getClient())
            .setIpAddress(Set.of(new IpPrefix(prefix))).build()).build();
    }

    private long index(final String id, final NsmTag.Side side) {
        return ours().get(TagCodec.encode(new NsmTag(forwarder, side, id))).swIfIndex();
    }

    /** How many of each message the simulator received since the last clear. */
    private static Map<String, Long> received() {
        return vpp().simulator().operations().stream().collect(Collectors.groupingBy(Operation::message, TreeMap::new,
            Collectors.counting()));
    }

    @Test
    void aRestoreReadsEachInterfaceOnceThroughThePassDumps() {
        assumeTrue(vpp().simulator() != null, "counting reads needs the simulator's operation log");
        final var original = new DirectConfigStore(forwarder, Set.of()).attach(engine());
        final List<Connection> conns = List.of(addressed(forwarder + "-a", "10.91.1.1/24"),
            connection(forwarder + "-b", loopback(), loopback()), connection(forwarder + "-c", loopback(), loopback()));
        conns.forEach(original::write);

        final Engine restarted = engine();
        final var wiped = new DirectConfigStore(forwarder, Set.of()).attach(restarted);
        vpp().simulator().clearOperations();
        final var report = reconcile(restarted, wiped);
        assertEquals(3, report.restored(), report.toString());
        final var calls = received();
        assertEquals(List.of(), vpp().writes(), "no VPP write when restoring");
        assertEquals(1L, calls.get("sw_interface_dump"), "one interface dump for the whole pass: " + calls);
        assertEquals(12L, calls.get("ip_address_dump"), "both families of the 6 interfaces, once each: " + calls);
        assertEquals(1L, calls.get("l2_xconnect_dump"), "one xconnect dump for the whole pass: " + calls);

        final var restored = wiped.connections().get(forwarder + "-a");
        assertEquals(original.connections().get(forwarder + "-a").getClient().getIpAddress(),
            restored.getClient().getIpAddress(), "the address read back from VPP");
        conns.forEach(conn -> wiped.delete(conn.getId().getValue()));
    }

    @Test
    void anAdoptionStillConvergesOnWhatThePassSaw() {
        final var store = new DirectConfigStore(forwarder, Set.of()).attach(engine());
        final Connection conn = addressed(forwarder + "-x", "10.92.1.1/24");
        store.write(conn);
        final long client = index(forwarder + "-x", NsmTag.Side.CLIENT);
        // out of band, while the agent is down: the address goes, another comes, the interface goes down
        vpp().client.call(new SwInterfaceAddDelAddress(client, false, false, Prefix.parse("10.92.1.1/24")));
        vpp().client.call(new SwInterfaceAddDelAddress(client, true, false, Prefix.parse("10.93.1.1/24")));
        vpp().client.call(new SwInterfaceSetFlags(client, 0));

        final Engine restarted = engine();
        store.attach(restarted);
        final var report = reconcile(restarted, store);
        assertEquals(2, report.adopted(), report.toString());
        assertEquals(0, report.created(), report.toString());
        assertEquals(Set.of("10.92.1.1/24"), vpp().client.dumpSync(new IpAddressDump(client, false)).stream()
            .map(row -> row.prefix().toString()).collect(Collectors.toSet()), "the configured address, only it");
        assertEquals(IfStatusFlags.ADMIN_UP, ours().get(TagCodec.encode(new NsmTag(forwarder, NsmTag.Side.CLIENT,
            forwarder + "-x"))).flags() & IfStatusFlags.ADMIN_UP, "admin up again");
        assertEquals(client, index(forwarder + "-x", NsmTag.Side.CLIENT), "the same interface, adopted");
        store.delete(forwarder + "-x");
    }
}

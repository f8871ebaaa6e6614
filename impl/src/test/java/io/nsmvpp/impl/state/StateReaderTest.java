/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.sim.Simulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionStatus;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.Ownership;

/** Operational state shows what VPP really holds, after out-of-band changes too. */
class StateReaderTest {
    private static final String REAL = System.getenv("VPP_API_SOCKET");

    @Test
    void showsOursForeignAndWhatWentMissing() throws Exception {
        final Simulator sim = REAL == null || REAL.isEmpty() ? Simulator.startTemporary() : null;
        try (var client = VppClient.connect(VppClientConfig.of(sim != null ? sim.socketPath() : Path.of(REAL)))) {
            final var bindings = new Bindings();
            final var engine = new Engine(VppApi.of(client), bindings,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), name -> true);
            final var settings = EngineFixtures.settings();
            final String prefix = "st" + UUID.randomUUID().toString().substring(0, 6);
            final var one = EngineFixtures.loopbacks(prefix + "-1");
            final var two = EngineFixtures.loopbacks(prefix + "-2");
            engine.apply(new ConfigChange(settings, List.of(new ConnectionChange(prefix + "-1", null, one),
                new ConnectionChange(prefix + "-2", null, two)))).toCompletableFuture().join().committed();
            // another forwarder's interface on the same VPP
            final long foreign = client.call(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
            final String foreignTag = TagCodec.encode(new NsmTag("other-fwd", NsmTag.Side.CLIENT, prefix + "-x"));
            client.call(new SwInterfaceTagAddDel(true, foreign, foreignTag));
            // an operator deletes the server side of connection 2 behind the agent's back
            final long gone = bindings.snapshot().entrySet().stream()
                .filter(e -> e.getKey().connectionId().equals(prefix + "-2")
                    && e.getKey().side() == NsmTag.Side.SERVER).findFirst().orElseThrow().getValue().swIfIndex();
            client.call(new DeleteLoopback(gone));

            final var reader = new StateReader(InterfaceHandler.of(VppApi.of(client)), bindings, () -> settings,
                engine.counters());
            final var snapshot = reader.read().toCompletableFuture().join();

            final var tagged = snapshot.global().nonnullTaggedInterface().values().stream()
                .filter(row -> row.getConnectionId().getValue().startsWith(prefix)).toList();
            assertEquals(4, tagged.size(), "three of ours and one foreign: " + tagged);
            assertEquals(3, tagged.stream().filter(row -> row.getOwnership() == Ownership.Ours).count());
            assertEquals(1, tagged.stream().filter(row -> row.getOwnership() == Ownership.Foreign).count());
            assertEquals(4, snapshot.global().getCounters().getCreated().getValue().longValue());

            final var first = snapshot.connections().get(prefix + "-1");
            assertEquals(ConnectionStatus.Programmed, first.getStatus());
            assertEquals(bindings.snapshot().entrySet().stream().filter(e -> e.getKey().connectionId()
                .equals(prefix + "-1") && e.getKey().side() == NsmTag.Side.CLIENT).findFirst().orElseThrow()
                .getValue().swIfIndex(), first.getClient().getSwIfIndex().longValue());
            final var second = snapshot.connections().get(prefix + "-2");
            assertEquals(ConnectionStatus.Pending, second.getStatus());
            assertTrue(second.getLastError().contains("server interface sw_if_index " + gone + " is gone"),
                second.getLastError());

            client.call(new DeleteLoopback(foreign));
            engine.apply(new ConfigChange(settings, List.of(new ConnectionChange(prefix + "-1", one, null),
                new ConnectionChange(prefix + "-2", two, null)))).toCompletableFuture().join().committed();
            assertEquals(0, bindings.size());
        } finally {
            if (sim != null) {
                sim.close();
            }
        }
    }
}

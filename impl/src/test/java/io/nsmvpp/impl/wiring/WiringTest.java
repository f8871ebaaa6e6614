/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Throwables;
import com.google.inject.Guice;
import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.impl.agent.NsmVppAgent;
import io.nsmvpp.impl.datastore.CdsExtension;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.EngineFixtures;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yangtools.yang.common.ErrorTag;

/**
 * Both wirings start the same agent from the controller's three brokers, and it is live: a write under /nsm-vpp
 * reaches its cohort, which refuses a connection before any forwarder-name is set.
 */
@ExtendWith(CdsExtension.class)
class WiringTest {
    @Test
    void theDeclarativeServicesComponentStartsAndStopsTheAgent(final CdsFixture cds) throws Exception {
        final var component = new NsmVppComponent(cds.dataBroker(), cds.domBroker(), cds.codec());
        try {
            component.agent().get(60, TimeUnit.SECONDS);
            assertRefused(cds.dataBroker());
        } finally {
            component.close();
        }
        // stopped: once the shard has dropped the cohort (asynchronously, as it learnt of it), the write goes through
        final String id = "wired-" + UUID.randomUUID();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                put(cds.dataBroker(), id);
                break;
            } catch (ExecutionException e) {
                assertTrue(System.nanoTime() < deadline, "the cohort still vetoes 20 s after the component stopped");
                Thread.sleep(50);
            }
        }
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.delete(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(id));
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theGuiceModuleProvidesOneLiveAgent(final CdsFixture cds) throws Exception {
        final var injector = Guice.createInjector(new NsmVppModule(), binder -> {
            binder.bind(DataBroker.class).toInstance(cds.dataBroker());
            binder.bind(DOMDataBroker.class).toInstance(cds.domBroker());
            binder.bind(BindingNormalizedNodeSerializer.class).toInstance(cds.codec());
        });
        try (var agent = injector.getInstance(NsmVppAgent.class)) {
            assertSame(agent, injector.getInstance(NsmVppAgent.class), "one agent per injector");
            assertRefused(cds.dataBroker());
        }
    }

    private static void put(final DataBroker broker, final String id) throws Exception {
        final var tx = broker.newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.CONFIGURATION, ConnectionNodes.connection(id), EngineFixtures.loopbacks(id));
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static void assertRefused(final DataBroker broker) {
        final var error = assertThrows(ExecutionException.class, () -> put(broker, "wired-" + UUID.randomUUID()));
        final var refusal = Throwables.getCausalChain(error).stream()
            .filter(NetconfDocumentedException.class::isInstance).map(NetconfDocumentedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no NETCONF error in the veto", error));
        assertEquals(ErrorTag.INVALID_VALUE, refusal.getErrorTag());
        assertTrue(refusal.getMessage().contains("forwarder-name"), refusal.getMessage());
    }
}

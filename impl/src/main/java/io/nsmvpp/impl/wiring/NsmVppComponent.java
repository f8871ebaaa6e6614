/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.wiring;

import io.nsmvpp.impl.agent.NsmVppAgent;
import java.util.concurrent.CompletableFuture;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The agent in Karaf: OSGi Declarative Services start it once the controller's brokers are there (odl-mdsal-broker
 * registers all three) and stop it when one goes. It offers no service of its own.
 *
 * <p>Activation does not wait for the commit cohort to go live: {@link NsmVppAgent#start} completes that in the
 * background and logs when configuration changes under {@code /nsm-vpp} start reaching VPP, or why they cannot.
 */
@Component(service = { }, immediate = true)
public final class NsmVppComponent implements AutoCloseable {
    private final CompletableFuture<NsmVppAgent> agent;

    @Activate
    public NsmVppComponent(@Reference final DataBroker dataBroker, @Reference final DOMDataBroker domBroker,
            @Reference final BindingNormalizedNodeSerializer codec) {
        agent = NsmVppAgent.start(dataBroker, domBroker, codec, NsmVppAgent.Options.defaults()).toCompletableFuture();
    }

    /** The agent once its cohort is live; for tests. */
    CompletableFuture<NsmVppAgent> agent() {
        return agent;
    }

    /** Stops the agent, now if it runs, else as soon as its start completes (a failed start closed it already). */
    @Deactivate
    @Override
    public void close() {
        agent.thenAccept(NsmVppAgent::close);
    }
}

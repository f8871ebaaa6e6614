/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.nsmvpp.impl.agent.NsmVppAgent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;

/**
 * The agent outside Karaf (benchmarks, embedding): the same {@link NsmVppAgent} that {@link NsmVppComponent} starts
 * in Karaf, from the same three brokers, which the embedder binds (a distributed datastore: the commit cohort needs
 * it, DESIGN §6). Guice has no life cycle: whoever asks for the agent closes it.
 *
 * <pre>{@code
 * var injector = Guice.createInjector(new NsmVppModule(), binder -> {
 *     binder.bind(DataBroker.class).toInstance(dataBroker);
 *     binder.bind(DOMDataBroker.class).toInstance(domBroker);
 *     binder.bind(BindingNormalizedNodeSerializer.class).toInstance(codec);
 * });
 * try (var agent = injector.getInstance(NsmVppAgent.class)) { ... }
 * }</pre>
 */
public final class NsmVppModule extends AbstractModule {
    /** Longer than the cohort registration's own limit, so that its failure, not this timeout, is what is reported. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final NsmVppAgent.Options options;

    /** The agent with the defaults a deployment uses. */
    public NsmVppModule() {
        this(NsmVppAgent.Options.defaults());
    }

    /**
     * The agent with other options, e.g. a fixed clock.
     *
     * @param options what differs between a deployment and a test
     */
    public NsmVppModule(final NsmVppAgent.Options options) {
        this.options = requireNonNull(options);
    }

    /** Unlike in Karaf the agent is handed out only once its cohort is live: nothing else here would wait for it. */
    @Provides
    @Singleton
    NsmVppAgent agent(final DataBroker dataBroker, final DOMDataBroker domBroker,
            final BindingNormalizedNodeSerializer codec)
            throws InterruptedException, ExecutionException, TimeoutException {
        return NsmVppAgent.start(dataBroker, domBroker, codec, options).toCompletableFuture()
            .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}

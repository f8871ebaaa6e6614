/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import io.nsmvpp.impl.engine.ConfigApplier;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yangtools.concepts.AbstractRegistration;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a {@link ConfigCohort} on {@code /nsm-vpp} of the configuration datastore and completes only once the
 * shard really consults it. Registration is asynchronous in the distributed datastore (DESIGN §6): a write committed
 * just after {@code registerCommitCohort} returns may bypass the cohort, and so reach the datastore without VPP.
 *
 * <p>The DOM API has no way to ask a shard which cohorts it holds, so readiness is proven end to end with a probe:
 * a transaction writes a connection entry under a random id that the cohort knows to be a probe. A registered cohort
 * vetoes it (the engine never sees it and nothing is written); when it commits instead, the cohort is not live yet,
 * the entry is deleted again and the probe retries shortly after. Until the returned stage completes, a reader of
 * {@code /nsm-vpp} may therefore see a short-lived entry whose id starts with {@value #PROBE_ID_PREFIX}; the cohort
 * ignores its deletion. Start reconciliation, and accept writes, only once the stage has completed.
 */
public final class ConfigCohortRegistration extends AbstractRegistration {
    /** How long {@link #register(DOMDataBroker, ConfigCohort)} waits for the shard by default. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
    /** Connection ids of registration probes start with this. */
    public static final String PROBE_ID_PREFIX = "nsm-vpp-cohort-probe-";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigCohortRegistration.class);
    private static final Duration RETRY_DELAY = Duration.ofMillis(20);
    private static final QName CONNECTION = QName.create(NsmVpp.QNAME, "connection").intern();
    private static final QName ID = QName.create(NsmVpp.QNAME, "id").intern();

    private final Registration registration;
    private final ConfigCohort cohort;

    private ConfigCohortRegistration(final Registration registration, final ConfigCohort cohort) {
        this.registration = requireNonNull(registration);
        this.cohort = requireNonNull(cohort);
    }

    /**
     * Registers a cohort for the engine and waits, without blocking, until the shard consults it.
     *
     * @param broker the DOM data broker of the distributed datastore
     * @param codec converts candidates to binding objects
     * @param applier the engine
     * @return completes with the live registration, or fails (the registration closed) when the broker offers no
     *     commit cohorts or the shard does not consult the cohort within {@link #DEFAULT_MAX_WAIT}
     */
    public static CompletionStage<ConfigCohortRegistration> register(final DOMDataBroker broker,
            final BindingNormalizedNodeSerializer codec,
            final ConfigApplier applier) {
        return register(broker, new ConfigCohort(codec, applier));
    }

    /**
     * Registers a cohort and waits, without blocking, until the shard consults it.
     *
     * @param broker the DOM data broker of the distributed datastore
     * @param cohort the cohort
     * @return see {@link #register(DOMDataBroker, ConfigCohort, Duration)}
     */
    public static CompletionStage<ConfigCohortRegistration> register(final DOMDataBroker broker,
            final ConfigCohort cohort) {
        return register(broker, cohort, DEFAULT_MAX_WAIT);
    }

    /**
     * Registers a cohort and waits, without blocking, until the shard consults it.
     *
     * @param broker the DOM data broker of the distributed datastore
     * @param cohort the cohort
     * @param maxWait how long to wait for the shard
     * @return completes with the live registration, or fails (the registration closed) with
     *     {@link IllegalStateException} when the broker offers no commit cohorts, or {@link TimeoutException} (with
     *     the last probe failure as its cause) when the shard does not consult the cohort within {@code maxWait}
     */
    public static CompletionStage<ConfigCohortRegistration> register(final DOMDataBroker broker,
            final ConfigCohort cohort, final Duration maxWait) {
        final var extension = broker.extension(DOMDataBroker.CommitCohortExtension.class);
        if (extension == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("The data broker " + broker
                + " offers no commit cohorts: nsm-vpp needs the distributed datastore (DESIGN §6)"));
        }
        final var registration = new ConfigCohortRegistration(extension.registerCommitCohort(
            DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, ConfigCohort.NSM_VPP_PATH), cohort), cohort);
        final var probe = new Probe(broker, registration, System.nanoTime() + maxWait.toNanos());
        probe.attempt();
        return probe.result;
    }

    /**
     * Registers a cohort for the engine and blocks until the shard consults it.
     *
     * @param broker the DOM data broker of the distributed datastore
     * @param codec converts candidates to binding objects
     * @param applier the engine
     * @param maxWait how long to wait for the shard
     * @return the live registration
     * @throws TimeoutException when the shard did not consult the cohort in time (the registration is closed)
     * @throws InterruptedException when interrupted while waiting
     */
    public static ConfigCohortRegistration registerAndWait(final DOMDataBroker broker,
            final BindingNormalizedNodeSerializer codec,
            final ConfigApplier applier, final Duration maxWait) throws TimeoutException, InterruptedException {
        final var future = register(broker, new ConfigCohort(codec, applier), maxWait).toCompletableFuture();
        try {
            // the stage itself times out after maxWait; the margin covers the last probe in flight
            return future.get(maxWait.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwables.throwIfInstanceOf(e.getCause(), TimeoutException.class);
            Throwables.throwIfUnchecked(e.getCause());
            throw new IllegalStateException("Registering the nsm-vpp commit cohort failed", e);
        }
    }

    /** The registered cohort. */
    public ConfigCohort cohort() {
        return cohort;
    }

    @Override
    protected void removeRegistration() {
        registration.close();
    }

    /** One probe run: write, and either the cohort vetoes (done) or it commits (delete, retry). */
    private static final class Probe {
        final CompletableFuture<ConfigCohortRegistration> result = new CompletableFuture<>();
        private final DOMDataBroker broker;
        private final ConfigCohortRegistration registration;
        private final long deadline;
        private final String id = PROBE_ID_PREFIX + UUID.randomUUID();
        private final YangInstanceIdentifier path = ConfigCohort.NSM_VPP_PATH.node(CONNECTION)
            .node(NodeIdentifierWithPredicates.of(CONNECTION, ID, id));
        private int attempts;

        Probe(final DOMDataBroker broker, final ConfigCohortRegistration registration, final long deadline) {
            this.broker = broker;
            this.registration = registration;
            this.deadline = deadline;
            registration.cohort.addProbe(id);
        }

        void attempt() {
            attempts++;
            final var tx = broker.newWriteOnlyTransaction();
            tx.put(LogicalDatastoreType.CONFIGURATION, path, entry());
            Futures.addCallback(tx.commit(), new FutureCallback<CommitInfo>() {
                @Override
                public void onSuccess(final CommitInfo info) {
                    // the shard did not consult the cohort yet: take the entry out again, then retry
                    LOG.debug("Cohort probe {} committed (attempt {}): not registered yet", id, attempts);
                    final var delete = broker.newWriteOnlyTransaction();
                    delete.delete(LogicalDatastoreType.CONFIGURATION, path);
                    Futures.addCallback(delete.commit(), new FutureCallback<CommitInfo>() {
                        @Override
                        public void onSuccess(final CommitInfo deleted) {
                            retryOrFail(null);
                        }

                        @Override
                        public void onFailure(final Throwable failure) {
                            fail(new IllegalStateException("Cannot delete the cohort probe " + path, failure));
                        }
                    }, MoreExecutors.directExecutor());
                }

                @Override
                public void onFailure(final Throwable failure) {
                    if (answered(failure)) {
                        LOG.info("nsm-vpp commit cohort registered on /nsm-vpp after {} probe(s)", attempts);
                        if (!result.complete(registration)) {
                            registration.close();
                        }
                    } else {
                        LOG.debug("Cohort probe {} failed (attempt {})", id, attempts, failure);
                        retryOrFail(failure);
                    }
                }
            }, MoreExecutors.directExecutor());
        }

        private boolean answered(final Throwable failure) {
            return Throwables.getCausalChain(failure).stream()
                .anyMatch(cause -> cause instanceof ConfigCohort.ProbeAnswer answer && id.equals(answer.probeId()));
        }

        private void retryOrFail(final @Nullable Throwable lastFailure) {
            if (System.nanoTime() - deadline >= 0) {
                final var timeout = new TimeoutException("The shard did not consult the nsm-vpp commit cohort after "
                    + attempts + " probe(s)");
                if (lastFailure != null) {
                    timeout.initCause(lastFailure);
                }
                fail(timeout);
            } else {
                CompletableFuture.delayedExecutor(RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS).execute(this::attempt);
            }
        }

        private void fail(final Throwable failure) {
            registration.close();
            result.completeExceptionally(failure);
        }

        private MapEntryNode entry() {
            return ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(CONNECTION, ID, id))
                .withChild(ImmutableNodes.leafNode(ID, id))
                .withChild(ImmutableNodes.leafNode(QName.create(NsmVpp.QNAME, "expires-at"), "1970-01-01T00:00:00Z"))
                .withChild(side("client"))
                .withChild(side("server"))
                .build();
        }

        private static ContainerNode side(final String name) {
            return ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(NodeIdentifier.create(QName.create(NsmVpp.QNAME, name)))
                .withChild(ImmutableNodes.newChoiceBuilder()
                    .withNodeIdentifier(NodeIdentifier.create(QName.create(NsmVpp.QNAME, "mechanism")))
                    .withChild(ImmutableNodes.newContainerBuilder()
                        .withNodeIdentifier(NodeIdentifier.create(QName.create(NsmVpp.QNAME, "loopback")))
                        .build())
                    .build())
                .build();
        }
    }
}

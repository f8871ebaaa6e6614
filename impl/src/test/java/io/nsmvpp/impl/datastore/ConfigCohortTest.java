/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import static io.nsmvpp.impl.datastore.TestData.NSM_VPP;
import static io.nsmvpp.impl.datastore.TestData.connection;
import static io.nsmvpp.impl.datastore.TestData.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConfigRejectedException;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.TransactionCommitFailedException;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.mdsal.dom.api.DOMDataTreeReadTransaction;
import org.opendaylight.mdsal.dom.api.DOMDataTreeReadWriteTransaction;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.mdsal.dom.api.DOMTransactionChain;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yangtools.binding.util.BindingMap;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.common.ErrorSeverity;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit cohort on a real, in-process distributed datastore: what the engine is given for each kind of write,
 * and what a writer and the datastore see when the engine refuses.
 */
@ExtendWith(CdsExtension.class)
class ConfigCohortTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigCohortTest.class);
    private static final FakeApplier APPLIER = new FakeApplier();
    private static final LogicalDatastoreType CONFIG = LogicalDatastoreType.CONFIGURATION;

    private static CdsFixture cds;
    private static ConfigCohortRegistration registration;
    private static Optional<NsmVpp> configAfterRegistration;
    private static List<ConfigChange> changesDuringRegistration;

    @BeforeAll
    static void register(final CdsFixture fixture) throws Exception {
        cds = fixture;
        final long started = System.nanoTime();
        registration = ConfigCohortRegistration.register(cds.domBroker(), cds.codec(), APPLIER)
            .toCompletableFuture().get(60, TimeUnit.SECONDS);
        LOG.info("CDS started in {} ms, cohort live after {} ms", cds.startupTime().toMillis(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        configAfterRegistration = read();
        changesDuringRegistration = APPLIER.changes();
    }

    @AfterAll
    static void unregister() {
        if (registration != null) {
            registration.close();
        }
    }

    @BeforeEach
    void emptyConfig() throws Exception {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.delete(CONFIG, NSM_VPP);
        commit(tx);
        APPLIER.reset();
    }

    @Test
    void registrationCompletesOnceTheShardHoldsTheCohortAndLeavesNothingBehind() {
        assertThat(cds.configCohortCount()).isEqualTo(1);
        assertThat(configAfterRegistration).as("the probe left no entry").isEmpty();
        assertThat(changesDuringRegistration).as("the probe never reached the engine").isEmpty();
    }

    @Test
    void settingsAndAConnectionWrittenTogetherReachTheEngineTogether() throws Exception {
        final var c1 = connection("c1");
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(CONFIG, NSM_VPP, new NsmVppBuilder().setForwarderName(new ForwarderName("fwd-a"))
            .setMaxTokenLifetime(Uint32.valueOf(120)).build());
        tx.put(CONFIG, path("c1"), c1);
        final long started = System.nanoTime();
        commit(tx);
        // the shard waits 5 s for a cohort step that answers wrongly; a healthy commit is far quicker
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

        final var settings = new Settings("fwd-a", Duration.ofSeconds(120), Set.of(), false, null,
            "/run/vpp/api.sock", false, Duration.ofMillis(2000), Duration.ofMillis(1000));
        assertThat(APPLIER.changes()).containsExactly(
            new ConfigChange(settings, List.of(new ConnectionChange("c1", null, c1))));
        assertThat(APPLIER.log()).containsExactly("apply#1", "committed#1");
        assertThat(readConnection("c1")).contains(c1);

        // a refresh: only the lease moves; the settings are reported as they are, untouched
        final var refreshed = connection("c1", "2026-11-27T12:10:00Z");
        final var refresh = cds.dataBroker().newWriteOnlyTransaction();
        refresh.put(CONFIG, path("c1"), refreshed);
        commit(refresh);
        assertThat(APPLIER.changes()).last().isEqualTo(
            new ConfigChange(settings, List.of(new ConnectionChange("c1", c1, refreshed))));
        assertThat(APPLIER.log()).containsExactly("apply#1", "committed#1", "apply#2", "committed#2");
    }

    @Test
    void badInputIsVetoedWithInvalidValueAndNothingIsStored() throws Exception {
        final var message = "server/vxlan/vni 5 is already live in VPP";
        final var rejectedPath = "/nsm-vpp/connection=bad/server/vxlan/vni";
        APPLIER.plan(new FakeApplier.Outcome.Fail(
            new ConfigRejectedException(ConfigRejectedException.Kind.INVALID_VALUE, rejectedPath, message)));
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(CONFIG, NSM_VPP, new NsmVppBuilder().setForwarderName(new ForwarderName("fwd-a")).build());
        tx.put(CONFIG, path("bad"), connection("bad"));

        final var failure = commitFailure(tx);
        assertThat(failure).isInstanceOf(TransactionCommitFailedException.class);
        final var netconf = netconfError(failure);
        assertThat(netconf.getErrorTag()).isEqualTo(ErrorTag.INVALID_VALUE);
        assertThat(netconf.getErrorType()).isEqualTo(ErrorType.APPLICATION);
        assertThat(netconf.getErrorSeverity()).isEqualTo(ErrorSeverity.ERROR);
        assertThat(netconf.getMessage()).isEqualTo(message);
        assertThat(netconf.getErrorInfo()).containsEntry(ConfigCohort.ERROR_PATH_INFO, rejectedPath);
        assertThat(veto(failure).getPath()).isEqualTo(ConfigCohort.NSM_VPP_PATH.node(Connection.QNAME).node(
            NodeIdentifierWithPredicates.of(Connection.QNAME, QName.create(Connection.QNAME, "id"), "bad")));

        assertThat(read()).as("nothing of the transaction was stored").isEmpty();
        assertThat(APPLIER.log()).containsExactly("apply#1");
    }

    @Test
    void aVppFailureIsVetoedWithOperationFailedAndTheOldEntryStays() throws Exception {
        final var c1 = connection("c1");
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.put(CONFIG, path("c1"), c1);
        commit(tx);

        final var message = "c1 client: memif_create_v2 failed: -68 (a memif slave on a master's socket file)";
        APPLIER.plan(new FakeApplier.Outcome.Fail(new ConfigRejectedException(
            ConfigRejectedException.Kind.OPERATION_FAILED, "/nsm-vpp/connection=c1/client", message)));
        final var update = cds.dataBroker().newWriteOnlyTransaction();
        update.put(CONFIG, path("c1"), new ConnectionBuilder(c1)
            .setClient(new ClientBuilder().setMechanism(TestData.loopback()).build())
            .setExpiresAt(connection("c1", "2026-11-27T12:30:00Z").getExpiresAt()).build());

        final var netconf = netconfError(commitFailure(update));
        assertThat(netconf.getErrorTag()).isEqualTo(ErrorTag.OPERATION_FAILED);
        assertThat(netconf.getMessage()).isEqualTo(message);
        assertThat(readConnection("c1")).as("the committed entry is unchanged").contains(c1);
        assertThat(APPLIER.log()).containsExactly("apply#1", "committed#1", "apply#2");
    }

    @Test
    void anEngineThatFailsUnexpectedlyIsAVetoToo() throws Exception {
        APPLIER.plan(new FakeApplier.Outcome.Fail(new IllegalStateException("engine bug")))
            .plan(new FakeApplier.Outcome.Throw(new IllegalStateException("engine bug, thrown")));
        for (var expected : List.of("engine bug", "engine bug, thrown")) {
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(CONFIG, path("c1"), connection("c1"));
            final var netconf = netconfError(commitFailure(tx));
            assertThat(netconf.getErrorTag()).isEqualTo(ErrorTag.OPERATION_FAILED);
            assertThat(netconf.getMessage()).contains(expected);
        }
        assertThat(read()).isEmpty();
    }

    @Test
    void aDeletedConnectionArrivesWithoutAfter() throws Exception {
        final var c1 = connection("c1");
        final var c2 = connection("c2");
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.put(CONFIG, path("c1"), c1);
        tx.put(CONFIG, path("c2"), c2);
        commit(tx);
        assertThat(APPLIER.changes().getFirst().connections()).containsExactlyInAnyOrder(
            new ConnectionChange("c1", null, c1), new ConnectionChange("c2", null, c2));

        final var delete = cds.dataBroker().newWriteOnlyTransaction();
        delete.delete(CONFIG, path("c1"));
        commit(delete);
        assertThat(APPLIER.changes()).last().isEqualTo(
            new ConfigChange(Settings.DEFAULTS, List.of(new ConnectionChange("c1", c1, null))));
        assertThat(readConnection("c1")).isEmpty();
        assertThat(readConnection("c2")).contains(c2);
    }

    @Test
    void aSettingsOnlyTransactionReachesTheEngineWithNoConnections() throws Exception {
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.merge(CONFIG, NSM_VPP, new NsmVppBuilder().setForwarderName(new ForwarderName("fwd-b"))
            .setAdoptForwarderNames(Set.of(new ForwarderName("fwd-old"))).build());
        commit(tx);
        final var change = APPLIER.changes().getFirst();
        assertThat(change.connections()).isEmpty();
        assertThat(change.settings().forwarderName()).isEqualTo("fwd-b");
        assertThat(change.settings().adoptForwarderNames()).containsExactly("fwd-old");
        assertThat(APPLIER.log()).containsExactly("apply#1", "committed#1");
    }

    @Test
    void replacingTheWholeContainerReportsEachChangedEntryOnce() throws Exception {
        final var c1 = connection("c1");
        final var c3 = connection("c3");
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.put(CONFIG, path("c1"), c1);
        tx.put(CONFIG, path("c3"), c3);
        commit(tx);

        final var c1b = connection("c1", "2026-11-27T13:00:00Z");
        final var c2 = connection("c2");
        final var replace = cds.dataBroker().newWriteOnlyTransaction();
        replace.put(CONFIG, NSM_VPP, new NsmVppBuilder().setForwarderName(new ForwarderName("fwd-c"))
            .setConnection(BindingMap.of(c1b, c2)).build());
        commit(replace);

        final var change = APPLIER.changes().getLast();
        assertThat(change.settings().forwarderName()).isEqualTo("fwd-c");
        assertThat(change.connections()).containsExactlyInAnyOrder(new ConnectionChange("c1", c1, c1b),
            new ConnectionChange("c2", null, c2), new ConnectionChange("c3", c3, null));
    }

    @Test
    void deletingTheContainerDeletesEveryConnectionAndResetsTheSettings() throws Exception {
        final var c1 = connection("c1");
        final var tx = cds.dataBroker().newWriteOnlyTransaction();
        tx.put(CONFIG, NSM_VPP, new NsmVppBuilder().setForwarderName(new ForwarderName("fwd-d"))
            .setConnection(BindingMap.of(c1)).build());
        commit(tx);

        final var delete = cds.dataBroker().newWriteOnlyTransaction();
        delete.delete(CONFIG, NSM_VPP);
        commit(delete);
        assertThat(APPLIER.changes().getLast()).isEqualTo(
            new ConfigChange(Settings.DEFAULTS, List.of(new ConnectionChange("c1", c1, null))));
    }

    /**
     * DESIGN §6 on this train: a sibling cohort's veto fails the writer and keeps the datastore unchanged, but abort
     * is not delivered to a cohort that had said yes, so the engine's revert is not called from here. The engine
     * must find such leftovers by reconciliation.
     */
    @Test
    void aSiblingVetoLeavesTheDatastoreUnchangedButDeliversNoAbort() throws Exception {
        final DOMDataTreeCommitCohort sibling = (txId, ctx, candidates) -> FluentFuture.from(
            Futures.immediateFailedFuture(new DataValidationFailedException(YangInstanceIdentifier.class,
                ConfigCohort.NSM_VPP_PATH, "the sibling says no")));
        try (var siblingRegistration = cds.domBroker().extension(DOMDataBroker.CommitCohortExtension.class)
                .registerCommitCohort(DOMDataTreeIdentifier.of(CONFIG, ConfigCohort.NSM_VPP_PATH), sibling)) {
            cds.awaitConfigCohortCount(2, Duration.ofSeconds(10));
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(CONFIG, path("c1"), connection("c1"));
            final var failure = commitFailure(tx);
            assertThat(Throwables.getCausalChain(failure)).extracting(Throwable::getMessage)
                .contains("the sibling says no");
            assertThat(read()).isEmpty();
            // give a late abort the chance to arrive before asserting that none did
            Thread.sleep(500);
            assertThat(APPLIER.log()).containsExactly("apply#1");
        }
        cds.awaitConfigCohortCount(1, Duration.ofSeconds(10));
    }

    @Test
    void aRegistrationTheShardLearnsOfLateIsProbedUntilLiveAndLeavesNoProbeBehind() throws Exception {
        final var lateApplier = new FakeApplier();
        final var lateBroker = new LateCohortBroker(cds.domBroker(), Duration.ofMillis(300));
        try (var late = ConfigCohortRegistration.register(lateBroker, cds.codec(), lateApplier)
                .toCompletableFuture().get(30, TimeUnit.SECONDS)) {
            assertThat(late.probes()).as("probes before the shard held the cohort").isGreaterThan(1);
            assertThat(lateApplier.changes()).as("its own probes never reached its engine").isEmpty();
            assertThat(read()).as("every committed probe was deleted again").isEmpty();
            assertThat(cds.configCohortCount()).isEqualTo(2);

            APPLIER.reset();
            final var tx = cds.dataBroker().newWriteOnlyTransaction();
            tx.put(CONFIG, path("c1"), connection("c1"));
            commit(tx);
            assertThat(lateApplier.log()).containsExactly("apply#1", "committed#1");
            assertThat(APPLIER.log()).containsExactly("apply#1", "committed#1");
        }
        cds.awaitConfigCohortCount(1, Duration.ofSeconds(10));
    }

    @Test
    void registeringOnABrokerWithoutCohortsFailsAtOnce() {
        final var broker = new DOMDataBroker() {
            @Override
            public DOMDataTreeReadTransaction newReadOnlyTransaction() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DOMDataTreeWriteTransaction newWriteOnlyTransaction() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DOMDataTreeReadWriteTransaction newReadWriteTransaction() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DOMTransactionChain createTransactionChain() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DOMTransactionChain createMergingTransactionChain() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<? extends Extension> supportedExtensions() {
                return List.of();
            }
        };
        assertThatThrownBy(() -> ConfigCohortRegistration.register(broker, cds.codec(), APPLIER)
            .toCompletableFuture().get(1, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("offers no commit cohorts");
    }

    /** A broker whose cohort registrations reach the shard only after a delay, as a slow cluster's may. */
    private static final class LateCohortBroker implements DOMDataBroker {
        private final DOMDataBroker delegate;
        private final Duration delay;

        LateCohortBroker(final DOMDataBroker delegate, final Duration delay) {
            this.delegate = delegate;
            this.delay = delay;
        }

        @Override
        public DOMDataTreeReadTransaction newReadOnlyTransaction() {
            return delegate.newReadOnlyTransaction();
        }

        @Override
        public DOMDataTreeWriteTransaction newWriteOnlyTransaction() {
            return delegate.newWriteOnlyTransaction();
        }

        @Override
        public DOMDataTreeReadWriteTransaction newReadWriteTransaction() {
            return delegate.newReadWriteTransaction();
        }

        @Override
        public DOMTransactionChain createTransactionChain() {
            return delegate.createTransactionChain();
        }

        @Override
        public DOMTransactionChain createMergingTransactionChain() {
            return delegate.createMergingTransactionChain();
        }

        @Override
        public List<? extends Extension> supportedExtensions() {
            final CommitCohortExtension late = (path, cohort) -> {
                final var real = new CompletableFuture<Registration>();
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                    real.complete(delegate.extension(CommitCohortExtension.class).registerCommitCohort(path, cohort)));
                return () -> real.thenAccept(Registration::close);
            };
            return List.of(late);
        }
    }

    private static void commit(final WriteTransaction tx) throws Exception {
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    /** Commits, expecting failure; logs the cause chain so a reader sees what a binding writer gets. */
    private static Throwable commitFailure(final WriteTransaction tx) {
        final var thrown = assertThrows(ExecutionException.class,
            () -> tx.commit().get(10, TimeUnit.SECONDS));
        LOG.info("A vetoed writer sees: {}", Throwables.getCausalChain(thrown).stream()
            .map(cause -> cause.getClass().getSimpleName() + "(" + cause.getMessage() + ")").toList());
        return thrown.getCause();
    }

    private static NetconfDocumentedException netconfError(final Throwable failure) {
        return Throwables.getCausalChain(failure).stream()
            .filter(NetconfDocumentedException.class::isInstance).map(NetconfDocumentedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no NetconfDocumentedException in", failure));
    }

    private static DataValidationFailedException veto(final Throwable failure) {
        return Throwables.getCausalChain(failure).stream()
            .filter(DataValidationFailedException.class::isInstance).map(DataValidationFailedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no DataValidationFailedException in", failure));
    }

    private static Optional<NsmVpp> read() throws Exception {
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            return tx.read(CONFIG, NSM_VPP).get(10, TimeUnit.SECONDS);
        }
    }

    private static Optional<Connection> readConnection(final String id) throws Exception {
        try (var tx = cds.dataBroker().newReadOnlyTransaction()) {
            return tx.read(CONFIG, path(id)).get(10, TimeUnit.SECONDS);
        }
    }
}

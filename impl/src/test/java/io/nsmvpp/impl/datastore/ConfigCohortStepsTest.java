/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import static io.nsmvpp.impl.datastore.TestData.connection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Throwables;
import io.nsmvpp.impl.engine.ConfigRejectedException;
import io.nsmvpp.impl.engine.ConnectionChange;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.common.api.PostPreCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yangtools.binding.data.codec.impl.BindingCodecContext;
import org.opendaylight.yangtools.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.impl.di.InMemoryDataTreeFactory;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * The cohort's steps called directly, with candidates from a plain in-memory data tree: the paths the distributed
 * datastore does not reliably take (abort), the apply timeout, and the probe bookkeeping.
 */
class ConfigCohortStepsTest {
    private static BindingCodecContext codec;
    private static EffectiveModelContext modelContext;

    private final FakeApplier applier = new FakeApplier();
    private DataTree tree;

    /** A candidate as the shard hands it to a cohort registered on /nsm-vpp. */
    private record Candidate(DOMDataTreeIdentifier getRootPath, DataTreeCandidateNode getRootNode)
            implements DOMDataTreeCandidate {
    }

    @BeforeAll
    static void codec() {
        codec = new BindingCodecContext(BindingRuntimeHelpers.createRuntimeContext(NsmVpp.class));
        modelContext = codec.getRuntimeContext().modelContext();
    }

    @BeforeEach
    void emptyTree() {
        tree = new InMemoryDataTreeFactory().create(DataTreeConfiguration.DEFAULT_CONFIGURATION, modelContext);
    }

    @Test
    void abortRevertsOnceAndNothingIsPublished() throws Exception {
        final var cohort = new ConfigCohort(codec, applier);
        final var step = cohort.canCommit("tx1", modelContext, List.of(write(connection("c1"))))
            .get(5, TimeUnit.SECONDS);
        step.abort().get(5, TimeUnit.SECONDS);
        step.abort().get(5, TimeUnit.SECONDS);
        ((PostPreCommitStep) step.preCommit().get(5, TimeUnit.SECONDS)).commit().get(5, TimeUnit.SECONDS);
        assertThat(applier.log()).containsExactly("apply#1", "revert#1");
    }

    @Test
    void anAbortAfterPreCommitRevertsToo() throws Exception {
        final var cohort = new ConfigCohort(codec, applier);
        final var step = cohort.canCommit("tx1", modelContext, List.of(write(connection("c1"))))
            .get(5, TimeUnit.SECONDS);
        step.preCommit().get(5, TimeUnit.SECONDS).abort().get(5, TimeUnit.SECONDS);
        assertThat(applier.log()).containsExactly("apply#1", "revert#1");
    }

    @Test
    void commitPublishesOnceAndALateAbortChangesNothing() throws Exception {
        final var cohort = new ConfigCohort(codec, applier);
        final var step = cohort.canCommit("tx1", modelContext, List.of(write(connection("c1"))))
            .get(5, TimeUnit.SECONDS);
        final var preCommitted = step.preCommit().get(5, TimeUnit.SECONDS);
        // the value must be null: the controller's cohort actor casts it to a ThreePhaseCommitStep
        assertThat(preCommitted.commit().get(5, TimeUnit.SECONDS)).isNull();
        preCommitted.commit().get(5, TimeUnit.SECONDS);
        step.abort().get(5, TimeUnit.SECONDS);
        assertThat(applier.log()).containsExactly("apply#1", "committed#1");
    }

    @Test
    void anEngineSlowerThanTheApplyTimeoutIsVetoedAndRevertedWhenItLands() throws Exception {
        final var cohort = new ConfigCohort(codec, applier, Duration.ofMillis(200));
        applier.plan(new FakeApplier.Outcome.Accept(Duration.ofMillis(700)));
        final long started = System.nanoTime();
        final var failure = assertThrows(ExecutionException.class,
            () -> cohort.canCommit("tx1", modelContext, List.of(write(connection("c1")))).get(5, TimeUnit.SECONDS));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(650));
        final var netconf = netconfError(failure);
        assertThat(netconf.getErrorTag()).isEqualTo(ErrorTag.OPERATION_FAILED);
        assertThat(netconf.getMessage()).contains("took longer than 200 ms");

        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!applier.log().contains("revert#1") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(applier.log()).containsExactly("apply#1", "revert#1");
    }

    @Test
    void aProbeWriteIsAnsweredWithoutTheEngineAndItsDeletionIsIgnored() throws Exception {
        final var cohort = new ConfigCohort(codec, applier);
        final var probeId = ConfigCohortRegistration.PROBE_ID_PREFIX + "test";
        cohort.addProbe(probeId);

        final var failure = assertThrows(ExecutionException.class,
            () -> cohort.canCommit("tx1", modelContext, List.of(write(connection(probeId)))).get(5, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOfSatisfying(ConfigCohort.ProbeAnswer.class,
            answer -> assertThat(answer.probeId()).isEqualTo(probeId));

        // the probe committed before the cohort was live: its removal passes without the engine
        assertThat(cohort.canCommit("tx2", modelContext, List.of(delete(probeId))).get(5, TimeUnit.SECONDS))
            .isSameAs(PostCanCommitStep.NOOP);
        assertThat(applier.log()).isEmpty();
    }

    @Test
    void aRejectionNamesTheLongestConnectionIdItsPathStartsWith() throws Exception {
        final var cohort = new ConfigCohort(codec, applier);
        applier.plan(new FakeApplier.Outcome.Fail(new ConfigRejectedException(
            ConfigRejectedException.Kind.INVALID_VALUE, "/nsm-vpp/connection=a/b/client/memif", "bad memif")));
        final var failure = assertThrows(ExecutionException.class, () -> cohort.canCommit("tx1", modelContext,
            List.of(write(connection("a"), connection("a/b")))).get(5, TimeUnit.SECONDS));
        final var veto = (DataValidationFailedException) failure.getCause();
        assertThat(veto.getPath()).isEqualTo(ConfigCohort.NSM_VPP_PATH.node(Connection.QNAME).node(
            NodeIdentifierWithPredicates.of(Connection.QNAME, QName.create(Connection.QNAME, "id"), "a/b")));
        assertThat(applier.changes().getFirst().connections()).extracting(ConnectionChange::id)
            .containsExactlyInAnyOrder("a", "a/b");
    }

    /** Writes connections into the tree; returns the candidate on /nsm-vpp. */
    private Candidate write(final Connection... connections) {
        return modify(mod -> {
            for (var connection : connections) {
                final var result = codec.toNormalizedDataObject(TestData.path(connection.getId().getValue()),
                    connection);
                mod.write(result.path(), result.node());
            }
        });
    }

    private Candidate delete(final String id) {
        // put the entry in first, as a committed probe would be
        modify(mod -> {
            final var result = codec.toNormalizedDataObject(TestData.path(id), connection(id));
            mod.write(result.path(), result.node());
        });
        return modify(mod -> mod.delete(codec.toYangInstanceIdentifier(TestData.path(id))));
    }

    private Candidate modify(final Consumer<DataTreeModification> edit) {
        final var mod = tree.takeSnapshot().newModification();
        edit.accept(mod);
        mod.ready();
        final org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidate candidate;
        try {
            tree.validate(mod);
            candidate = tree.prepare(mod);
        } catch (org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException e) {
            throw new AssertionError(e);
        }
        tree.commit(candidate);
        assertThat(candidate.getRootPath()).isEqualTo(YangInstanceIdentifier.of());
        return new Candidate(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, ConfigCohort.NSM_VPP_PATH),
            candidate.getRootNode().modifiedChild(NodeIdentifier.create(NsmVpp.QNAME)));
    }

    private static NetconfDocumentedException netconfError(final Throwable failure) {
        return Throwables.getCausalChain(failure).stream()
            .filter(NetconfDocumentedException.class::isInstance).map(NetconfDocumentedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no NetconfDocumentedException in", failure));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.nsmvpp.api.Stages;
import io.nsmvpp.impl.engine.ConfigApplier;
import io.nsmvpp.impl.engine.ConfigApplier.AppliedTransaction;
import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConfigRejectedException;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.Settings;
import java.io.Serial;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.common.api.PostPreCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.netconf.api.DocumentedException;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yangtools.yang.common.ErrorSeverity;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNodeContainer;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The datastore side of the engine: a DOM commit cohort on the {@code /nsm-vpp} container of the configuration
 * datastore. Every transaction that changes anything below it is turned into one {@link ConfigChange} and handed to
 * {@link ConfigApplier#apply} from {@code canCommit}; a {@link ConfigRejectedException} vetoes the transaction, so
 * the writer gets the error and the datastore stays as it was (DESIGN §6).
 *
 * <p>It is registered on the container rather than on the connection list so that settings written in the same
 * transaction as connections (a forwarder-name and the first connection, say) are seen together. Only the changed
 * connection entries are converted to binding objects; the settings come from the container's after-image with its
 * connection list left out.
 *
 * <p>A veto carries a {@link NetconfDocumentedException} as its cause: {@code invalid-value} for bad input, which
 * RESTCONF answers with 400 and the message, {@code operation-failed} for a VPP failure. The rejection's path goes
 * into the exception's error-info under {@code error-path}, and into the {@link DataValidationFailedException}'s path
 * (the connection entry it names, else {@code /nsm-vpp}).
 *
 * <p>Nothing here blocks: {@code canCommit} returns a future chained on the engine's stage. A phase of the
 * distributed datastore has a hard 5 s limit, after which the writer gets a timeout and no abort follows; so the
 * cohort vetoes by itself when the engine has not answered within {@code applyTimeout} (4 s by default), and reverts
 * a transaction the engine applies after that.
 */
public final class ConfigCohort implements DOMDataTreeCommitCohort {
    /** {@code /nsm-vpp}, where the cohort is registered. */
    public static final YangInstanceIdentifier NSM_VPP_PATH = YangInstanceIdentifier.of(NsmVpp.QNAME);
    /** The key under which a rejection's path travels in the NETCONF error-info. */
    public static final String ERROR_PATH_INFO = DocumentedException.ERROR_PATH;
    /** The default bound on the engine's work inside one {@code canCommit}. */
    public static final Duration DEFAULT_APPLY_TIMEOUT = Duration.ofSeconds(4);

    private static final Logger LOG = LoggerFactory.getLogger(ConfigCohort.class);
    /** Vetoes transactions the engine has not answered in time; a timer is cancelled as soon as the engine answers. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    private static final NodeIdentifier CONNECTION = NodeIdentifier.create(Connection.QNAME);
    private static final QName CONNECTION_ID = QName.create(Connection.QNAME, "id").intern();
    private static final String CONNECTION_PATH_PREFIX = "/nsm-vpp/connection=";
    /** What a binding type's constructor says when it refuses a value (yangtools' CodecDataObject). */
    private static final Pattern BAD_BINDING_VALUE =
        Pattern.compile("Failed to construct instance of (?:class )?(\\S+) for input (.+)$");

    private final BindingNormalizedNodeSerializer codec;
    private final ConfigApplier applier;
    private final Duration applyTimeout;
    private final Set<String> probeIds = ConcurrentHashMap.newKeySet();

    /**
     * A cohort with the default apply timeout.
     *
     * @param codec converts candidates to binding objects
     * @param applier the engine
     */
    public ConfigCohort(final BindingNormalizedNodeSerializer codec, final ConfigApplier applier) {
        this(codec, applier, DEFAULT_APPLY_TIMEOUT);
    }

    /**
     * A cohort.
     *
     * @param codec converts candidates to binding objects
     * @param applier the engine
     * @param applyTimeout how long the engine may take before the cohort vetoes by itself; keep it below the
     *     datastore's 5 s phase limit
     */
    public ConfigCohort(final BindingNormalizedNodeSerializer codec, final ConfigApplier applier,
            final Duration applyTimeout) {
        this.codec = requireNonNull(codec);
        this.applier = requireNonNull(applier);
        this.applyTimeout = requireNonNull(applyTimeout);
        if (applyTimeout.isNegative() || applyTimeout.isZero()) {
            throw new IllegalArgumentException("applyTimeout must be positive: " + applyTimeout);
        }
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        final Decoded decoded;
        try {
            decoded = decode(candidates);
        } catch (Settings.InvalidSettingException e) {
            return FluentFuture.from(Futures.immediateFailedFuture(veto(new ConfigRejectedException(
                ConfigRejectedException.Kind.INVALID_VALUE, e.path(), e.getMessage(), e), List.of())));
        } catch (RuntimeException e) {
            LOG.warn("Transaction {}: cannot read its candidates", txId, e);
            return FluentFuture.from(Futures.immediateFailedFuture(veto(new ConfigRejectedException(
                ConfigRejectedException.Kind.OPERATION_FAILED, "/nsm-vpp",
                "nsm-vpp could not read the transaction: " + e.getMessage(), e), List.of())));
        }
        if (decoded.probe() != null) {
            LOG.debug("Transaction {}: registration probe {} answered", txId, decoded.probe());
            return FluentFuture.from(Futures.immediateFailedFuture(new ProbeAnswer(decoded.probe())));
        }
        if (decoded.change() == null) {
            LOG.debug("Transaction {}: changes nothing the engine sees (registration probes only)", txId);
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        final var change = decoded.change();
        LOG.debug("Transaction {}: applying {} connection change(s)", txId, change.connections().size());

        final CompletionStage<AppliedTransaction> stage;
        try {
            stage = requireNonNull(applier.apply(change), "apply returned null");
        } catch (RuntimeException e) {
            LOG.error("Transaction {}: the engine failed to start applying it", txId, e);
            return FluentFuture.from(Futures.immediateFailedFuture(veto(internalError(e), change.connections())));
        }

        final var result = SettableFuture.<PostCanCommitStep>create();
        final var decided = new AtomicBoolean();
        // on a thread of its own: the veto must reach the datastore before its 5 s limit however busy the other
        // threads are (the common pool has one worker on a 2-core machine)
        final var timeout = TIMER.schedule(() -> {
            if (decided.compareAndSet(false, true)) {
                LOG.warn("Transaction {}: the engine did not answer within {}, vetoing it", txId, applyTimeout);
                result.setException(veto(new ConfigRejectedException(ConfigRejectedException.Kind.OPERATION_FAILED,
                    "/nsm-vpp", "applying the transaction to VPP took longer than " + applyTimeout.toMillis()
                        + " ms; nothing was changed"), change.connections()));
            }
        }, applyTimeout.toNanos(), TimeUnit.NANOSECONDS);
        stage.whenComplete((applied, failure) -> {
            timeout.cancel(false);
            if (decided.compareAndSet(false, true)) {
                if (failure == null && applied != null) {
                    result.set(new Step(txId, applied));
                } else {
                    final var cause = failure != null ? Stages.cause(failure)
                        : new NullPointerException("apply completed without an applied transaction");
                    final var rejected = cause instanceof ConfigRejectedException known ? known
                        : invalidValue(cause, candidates);
                    if (rejected != null) {
                        LOG.debug("Transaction {}: rejected: {}", txId, rejected.getMessage());
                        result.setException(veto(rejected, change.connections()));
                    } else {
                        LOG.error("Transaction {}: the engine failed unexpectedly", txId, cause);
                        result.setException(veto(internalError(cause), change.connections()));
                    }
                }
            } else if (failure == null && applied != null) {
                LOG.warn("Transaction {}: applied after the cohort had vetoed it, reverting", txId);
                revertQuietly(txId, applied);
            }
        });
        return FluentFuture.from(result);
    }

    private static ScheduledThreadPoolExecutor timer() {
        final var timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            final var thread = new Thread(runnable, "nsm-vpp-cohort-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Marks a connection id as a registration probe: a transaction writing it is vetoed with a {@link ProbeAnswer}
     * and never reaches the engine, and its deletion is ignored.
     */
    void addProbe(final String id) {
        probeIds.add(id);
    }

    void removeProbe(final String id) {
        probeIds.remove(id);
    }

    /** The engine's view of the candidates, or the id of a registration probe found among them. */
    private record Decoded(@Nullable ConfigChange change, @Nullable String probe) {
    }

    private Decoded decode(final Collection<DOMDataTreeCandidate> candidates) {
        // One candidate rooted at /nsm-vpp per transaction is what the registration yields; be lenient anyway.
        @Nullable ContainerNode after = null;
        boolean settingsTouched = false;
        final var connections = new LinkedHashMap<String, ConnectionChange>();
        for (var candidate : candidates) {
            final var rootPath = candidate.getRootPath().path();
            if (!NSM_VPP_PATH.equals(rootPath)) {
                LOG.warn("Ignoring a candidate outside /nsm-vpp: {}", rootPath);
                continue;
            }
            final var root = candidate.getRootNode();
            after = root.dataAfter() instanceof ContainerNode container ? container : null;
            for (var child : root.childNodes()) {
                if (child.modificationType() == ModificationType.UNMODIFIED) {
                    continue;
                }
                if (!CONNECTION.equals(child.name())) {
                    settingsTouched = true;
                    continue;
                }
                for (var entry : child.childNodes()) {
                    final var probe = decodeEntry(rootPath, entry, connections);
                    if (probe != null) {
                        return new Decoded(null, probe);
                    }
                }
            }
        }
        if (!settingsTouched && connections.isEmpty()) {
            return new Decoded(null, null);
        }
        return new Decoded(new ConfigChange(settings(after), List.copyOf(connections.values())), null);
    }

    /** Adds one changed list entry; returns its id when it writes a registration probe. */
    private @Nullable String decodeEntry(final YangInstanceIdentifier nsmVppPath, final DataTreeCandidateNode entry,
            final Map<String, ConnectionChange> connections) {
        if (entry.modificationType() == ModificationType.UNMODIFIED
                || !(entry.name() instanceof NodeIdentifierWithPredicates key)) {
            return null;
        }
        final var id = String.valueOf(key.getValue(CONNECTION_ID));
        final var before = entry.dataBefore();
        final var after = entry.dataAfter();
        if (probeIds.contains(id)) {
            return after != null ? id : null;
        }
        if (before == null && after == null || before != null && before.equals(after)) {
            return null;
        }
        final var path = nsmVppPath.node(CONNECTION).node(key);
        connections.put(id, new ConnectionChange(id, connection(path, before), connection(path, after)));
        return null;
    }

    private @Nullable Connection connection(final YangInstanceIdentifier path, final @Nullable NormalizedNode node) {
        if (!(node instanceof MapEntryNode entry)) {
            return null;
        }
        final var binding = codec.fromNormalizedNode(path, entry);
        if (binding == null || !(binding.getValue() instanceof Connection connection)) {
            throw new IllegalStateException("cannot convert " + path + " to a connection");
        }
        return connection;
    }

    private Settings settings(final @Nullable ContainerNode container) {
        if (container == null) {
            return Settings.of(null);
        }
        // Leave the connection list out: the settings need only the container's own leaves.
        final var withoutConnections = container.childByArg(CONNECTION) == null ? container
            : ImmutableNodes.newContainerBuilder().withNodeIdentifier(container.name()).withValue(container.body())
                .withoutChild(CONNECTION).build();
        final var binding = codec.fromNormalizedNode(NSM_VPP_PATH, withoutConnections);
        if (binding == null || !(binding.getValue() instanceof NsmVpp nsmVpp)) {
            throw new IllegalStateException("cannot convert /nsm-vpp to its settings");
        }
        return Settings.of(nsmVpp);
    }

    /**
     * A value that the YANG parser accepted but its binding type refuses, found out when the engine reads it (for
     * example {@code 999.999.999.999}, which yangtools' parser lets through as an {@code ip-address-no-zone}): bad
     * input, not an internal error. The leaf is found by its value among the candidates' leaves, so that the error
     * names it; null when the failure is something else.
     */
    static @Nullable ConfigRejectedException invalidValue(final Throwable cause,
            final Collection<DOMDataTreeCandidate> candidates) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                final var matcher = BAD_BINDING_VALUE.matcher(t.getMessage());
                if (matcher.find()) {
                    final String value = matcher.group(2);
                    final String type = matcher.group(1).substring(matcher.group(1).lastIndexOf('.') + 1);
                    final List<String> paths = new ArrayList<>();
                    for (var candidate : candidates) {
                        if (candidate.getRootNode().dataAfter() != null) {
                            findLeaves(candidate.getRootNode().dataAfter(), "", value, paths);
                        }
                    }
                    final String where = paths.isEmpty() ? "/nsm-vpp" : paths.get(0);
                    return new ConfigRejectedException(ConfigRejectedException.Kind.INVALID_VALUE, where,
                        where + ": '" + value + "' is not a valid " + type, t);
                }
            }
        }
        return null;
    }

    private static void findLeaves(final NormalizedNode node, final String path, final String value,
            final List<String> found) {
        // RESTCONF paths leave choices out and give a list entry its key.
        final String here = node instanceof ChoiceNode ? path : path + "/" + node.name().getNodeType().getLocalName()
            + (node.name() instanceof NodeIdentifierWithPredicates key ? "=" + key.values().iterator().next() : "");
        if (node instanceof LeafNode<?> leaf) {
            if (value.equals(String.valueOf(leaf.body()))) {
                found.add(here);
            }
        } else if (node instanceof LeafSetEntryNode<?> entry) {
            if (value.equals(String.valueOf(entry.body()))) {
                found.add(path);
            }
        } else if (node instanceof NormalizedNodeContainer<?> container) {
            for (NormalizedNode child : container.body()) {
                // A list entry names itself (connection=<id>); a leaf-list entry is reported as its leaf-list.
                findLeaves(child, node instanceof MapNode ? path : here, value, found);
            }
        }
    }

    private static ConfigRejectedException internalError(final Throwable cause) {
        return new ConfigRejectedException(ConfigRejectedException.Kind.OPERATION_FAILED, "/nsm-vpp",
            "nsm-vpp failed to apply the transaction: " + cause, cause);
    }

    /** The veto for a rejection: DataValidationFailedException caused by the NETCONF error RESTCONF reports. */
    static DataValidationFailedException veto(final ConfigRejectedException rejected,
            final List<ConnectionChange> changes) {
        final var tag = switch (rejected.kind()) {
            case INVALID_VALUE -> ErrorTag.INVALID_VALUE;
            case OPERATION_FAILED -> ErrorTag.OPERATION_FAILED;
        };
        final var message = rejected.getMessage();
        final var rejectedPath = rejected.path();
        final var netconf = rejectedPath == null
            ? new NetconfDocumentedException(message, rejected, ErrorType.APPLICATION, tag, ErrorSeverity.ERROR)
            : new NetconfDocumentedException(message, rejected, ErrorType.APPLICATION, tag, ErrorSeverity.ERROR,
                Map.of(ERROR_PATH_INFO, rejectedPath));
        return new DataValidationFailedException(YangInstanceIdentifier.class, dataPath(rejectedPath, changes),
            message, netconf);
    }

    /** The YANG path of the connection entry a rejection names, else {@code /nsm-vpp}. */
    private static YangInstanceIdentifier dataPath(final @Nullable String rejectedPath,
            final List<ConnectionChange> changes) {
        if (rejectedPath == null || !rejectedPath.startsWith(CONNECTION_PATH_PREFIX)) {
            return NSM_VPP_PATH;
        }
        final var rest = rejectedPath.substring(CONNECTION_PATH_PREFIX.length());
        // Ids may contain '/': take the longest changed id the path names.
        String best = null;
        for (var change : changes) {
            final var id = change.id();
            if ((rest.equals(id) || rest.startsWith(id + "/")) && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        return best == null ? NSM_VPP_PATH
            : NSM_VPP_PATH.node(CONNECTION)
                .node(NodeIdentifierWithPredicates.of(Connection.QNAME, CONNECTION_ID, best));
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static ListenableFuture<?> revertQuietly(final Object txId, final AppliedTransaction applied) {
        final var done = SettableFuture.<Void>create();
        try {
            applied.revert().whenComplete((ignored, failure) -> {
                if (failure != null) {
                    LOG.error("Transaction {}: reverting it in VPP failed", txId, failure);
                    done.setException(failure);
                } else {
                    done.set(null);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Transaction {}: reverting it in VPP failed", txId, e);
            done.setException(e);
        }
        return done;
    }

    /** What follows a successful canCommit: commit publishes, abort reverts; each at most once. */
    private static final class Step implements PostCanCommitStep, PostPreCommitStep {
        private final Object txId;
        private final AppliedTransaction applied;
        private final AtomicBoolean finished = new AtomicBoolean();

        Step(final Object txId, final AppliedTransaction applied) {
            this.txId = txId;
            this.applied = applied;
        }

        @Override
        public ListenableFuture<? extends PostPreCommitStep> preCommit() {
            return Futures.immediateFuture(this);
        }

        @Override
        @SuppressWarnings("checkstyle:IllegalCatch")
        public ListenableFuture<?> commit() {
            if (finished.compareAndSet(false, true)) {
                try {
                    applied.committed();
                } catch (RuntimeException e) {
                    LOG.error("Transaction {}: publishing the committed state failed", txId, e);
                }
            }
            // Must complete with null (or a ThreePhaseCommitStep): controller 12.0.3's DataTreeCohortActor casts the
            // value to one, and anything else (a CommitInfo, say) leaves the shard waiting 5 s for a reply.
            return NOOP_COMMIT_FUTURE;
        }

        @Override
        public ListenableFuture<?> abort() {
            if (!finished.compareAndSet(false, true)) {
                return NOOP_ABORT_FUTURE;
            }
            LOG.debug("Transaction {}: aborted, reverting it in VPP", txId);
            return revertQuietly(txId, applied);
        }
    }

    /** The veto that answers a registration probe (see {@link ConfigCohortRegistration}). */
    static final class ProbeAnswer extends DataValidationFailedException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String probeId;

        ProbeAnswer(final String probeId) {
            super(YangInstanceIdentifier.class, NSM_VPP_PATH, "nsm-vpp commit cohort registration probe " + probeId);
            this.probeId = probeId;
        }

        String probeId() {
            return probeId;
        }
    }
}

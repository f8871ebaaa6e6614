/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import io.nsmvpp.api.WriteFailedException.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one transaction through a {@link WriterRegistry}, all or nothing.
 *
 * <ol>
 *   <li>{@link #validate}: every validator of every changed node, before any customizer runs.</li>
 *   <li>{@link #write}: deletes first, in reverse registry order; then creates and updates in registry order. Within
 *       a list entry (a {@link NodeChange#scope()}) a step starts once the steps it is ordered after are done;
 *       entries run concurrently. An update a customizer cannot do in place becomes a delete and a create, and so
 *       does every node of the entry that depends on a re-created node.</li>
 *   <li>On the first failure no new step starts; once the steps in flight have settled, the journal is replayed in
 *       reverse and the stage fails with {@link WriteFailedException}.</li>
 * </ol>
 *
 * <p>Within a list entry, a step waits only for the entry's steps that the registry orders before it (for deletes:
 * after it): the steps of nodes the registry leaves unordered run concurrently. Two sides of a connection, each
 * after its own mechanism, are written at the same time, and the cross-connect, after both, waits for both; each
 * step's southbound calls overlap the other's round trips instead of queueing behind them.
 */
public final class TransactionWriter {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionWriter.class);

    private record Step(NodeChange<?> change, Operation operation) {
    }

    private record Failure(Step step, Throwable cause) {
    }

    private record Plan(Map<Object, List<Step>> deletes, Map<Object, List<Step>> writes) {
    }

    private final WriterRegistry registry;

    public TransactionWriter(final WriterRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    /**
     * Runs every validator of every node that changes.
     *
     * @throws ValidationException the first refusal
     */
    public void validate(final List<NodeChange<?>> changes, final WriteContext ctx) throws ValidationException {
        for (NodeChange<?> change : changes) {
            if (!change.unchanged()) {
                validate(change, ctx);
            }
        }
    }

    private static <D extends DataObject> void validate(final NodeChange<D> change, final WriteContext ctx,
            final List<Validator<D>> validators) throws ValidationException {
        for (Validator<D> validator : validators) {
            validator.validate(change.id(), change.before(), change.after(), ctx);
        }
    }

    private <D extends DataObject> void validate(final NodeChange<D> change, final WriteContext ctx)
            throws ValidationException {
        validate(change, ctx, registry.validators(change.node()));
    }

    /**
     * Writes the changes. Call {@link #validate} first.
     *
     * @return completes when everything is written, or fails with {@link WriteFailedException} once what was
     *     written is reverted
     */
    public CompletionStage<Void> write(final List<NodeChange<?>> changes, final TransactionContext ctx) {
        final Plan plan = plan(changes);
        final var failure = new AtomicReference<Failure>();
        return runPhase(plan.deletes(), ctx, failure)
            .thenCompose(ignored -> runPhase(plan.writes(), ctx, failure))
            .thenCompose(ignored -> {
                final Failure failed = failure.get();
                if (failed == null) {
                    return CompletableFuture.completedFuture(null);
                }
                LOG.warn("{} of {} failed; reverting {} southbound changes of this transaction",
                    failed.step().operation(), failed.step().change().id(), ctx.journal().size());
                return ctx.journal().revert().thenCompose(revertFailures -> CompletableFuture.failedFuture(
                    new WriteFailedException(failed.step().change().id(), failed.step().operation(),
                        Stages.cause(failed.cause()), revertFailures)));
            });
    }

    private Plan plan(final List<NodeChange<?>> changes) {
        final Map<Object, List<NodeChange<?>>> byScope = new LinkedHashMap<>();
        for (NodeChange<?> change : changes) {
            if (registry.position(change.node()) < 0) {
                throw new IllegalArgumentException("no customizer is registered for " + change.node());
            }
            byScope.computeIfAbsent(change.scope(), k -> new ArrayList<>()).add(change);
        }
        final Map<Object, List<Step>> deletes = new LinkedHashMap<>();
        final Map<Object, List<Step>> writes = new LinkedHashMap<>();
        byScope.forEach((scope, scoped) -> {
            scoped.sort(Comparator.comparingInt(change -> registry.position(change.node())));
            final Set<Object> recreated = new HashSet<>();
            final List<Step> scopeDeletes = new ArrayList<>();
            final List<Step> scopeWrites = new ArrayList<>();
            for (NodeChange<?> change : scoped) {
                final boolean dependencyRecreated = registry.dependencies(change.node()).stream()
                    .anyMatch(recreated::contains);
                final boolean unchanged = change.unchanged() || equivalent(change);
                if (change.before() == null) {
                    scopeWrites.add(new Step(change, Operation.CREATE));
                    recreated.add(change.node());
                } else if (change.after() == null) {
                    scopeDeletes.add(new Step(change, Operation.DELETE));
                    recreated.add(change.node());
                } else if (unchanged && !dependencyRecreated) {
                    continue;
                } else if (!unchanged && !dependencyRecreated
                        && registry.customizer(change.node()).orElseThrow().updatesInPlace()) {
                    scopeWrites.add(new Step(change, Operation.UPDATE));
                } else {
                    scopeDeletes.add(new Step(change, Operation.DELETE));
                    scopeWrites.add(new Step(change, Operation.CREATE));
                    recreated.add(change.node());
                }
            }
            if (!scopeDeletes.isEmpty()) {
                deletes.put(scope, scopeDeletes.reversed());
            }
            if (!scopeWrites.isEmpty()) {
                writes.put(scope, scopeWrites);
            }
        });
        return new Plan(deletes, writes);
    }

    private <D extends DataObject> boolean equivalent(final NodeChange<D> change) {
        final D before = change.before();
        final D after = change.after();
        return before != null && after != null
            && registry.customizer(change.node()).orElseThrow().isEquivalent(before, after);
    }

    private CompletionStage<Void> runPhase(final Map<Object, List<Step>> phase, final TransactionContext ctx,
            final AtomicReference<Failure> failure) {
        final List<CompletableFuture<Void>> all = new ArrayList<>();
        for (List<Step> steps : phase.values()) {
            // steps are in registry order (deletes reversed), so whatever a step waits for comes before it
            final List<CompletableFuture<Void>> done = new ArrayList<>(steps.size());
            for (int i = 0; i < steps.size(); i++) {
                final Step step = steps.get(i);
                final List<CompletableFuture<Void>> first = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (ordered(steps.get(j), step)) {
                        first.add(done.get(j));
                    }
                }
                final CompletableFuture<Void> after = first.isEmpty() ? CompletableFuture.completedFuture(null)
                    : first.size() == 1 ? first.get(0)
                    : CompletableFuture.allOf(first.toArray(CompletableFuture[]::new));
                done.add(after.thenCompose(ignored -> failure.get() != null ? CompletableFuture.completedFuture(null)
                    : run(step, ctx).exceptionally(error -> {
                        failure.compareAndSet(null, new Failure(step, error));
                        return null;
                    })));
            }
            all.addAll(done);
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    /** Whether the registry orders {@code earlier}'s node before or after {@code later}'s (either way round). */
    private boolean ordered(final Step earlier, final Step later) {
        final var a = earlier.change().node();
        final var b = later.change().node();
        return a.equals(b) || registry.dependencies(b).contains(a) || registry.dependencies(a).contains(b);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private CompletableFuture<Void> run(final Step step, final WriteContext ctx) {
        try {
            return invoke(step.change(), step.operation(), ctx).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <D extends DataObject> CompletionStage<Void> invoke(final NodeChange<D> change,
            final Operation operation, final WriteContext ctx) {
        final DataObjectIdentifier<D> id = change.id();
        final WriteCustomizer<D> customizer = registry.customizer(change.node()).orElseThrow();
        return switch (operation) {
            case CREATE -> customizer.create(id, Objects.requireNonNull(change.after()), ctx);
            case DELETE -> customizer.delete(id, Objects.requireNonNull(change.before()), ctx);
            case UPDATE -> customizer.update(id, Objects.requireNonNull(change.before()),
                Objects.requireNonNull(change.after()), ctx);
        };
    }
}

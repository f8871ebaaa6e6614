/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The southbound changes a transaction made, kept so that a failure can be undone by replaying them in reverse
 * (Honeycomb's reverter). Steps are appended as changes succeed, from any thread.
 */
public final class RevertJournal {
    private static final Logger LOG = LoggerFactory.getLogger(RevertJournal.class);

    /** One undo step. */
    public record Step(String what, Supplier<? extends CompletionStage<?>> undo) {
    }

    private final List<Step> steps = new ArrayList<>();

    public synchronized void add(final String what, final Supplier<? extends CompletionStage<?>> undo) {
        steps.add(new Step(what, undo));
    }

    public synchronized int size() {
        return steps.size();
    }

    /** The steps recorded so far, oldest first. */
    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /**
     * Runs every step newest first, one after another. A failed step is logged and the rest still run: leaving one
     * object behind is better than leaving all of them.
     *
     * @return completes, never exceptionally, with the failures of steps that could not be undone
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    public CompletionStage<List<Throwable>> revert() {
        final List<Step> todo;
        synchronized (this) {
            todo = new ArrayList<>(steps);
            steps.clear();
        }
        final List<Throwable> failures = new ArrayList<>();
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = todo.size() - 1; i >= 0; i--) {
            final Step step = todo.get(i);
            chain = chain.thenCompose(ignored -> {
                CompletionStage<?> undone;
                try {
                    undone = step.undo().get();
                } catch (RuntimeException e) {
                    undone = CompletableFuture.failedFuture(e);
                }
                return undone.handle((result, error) -> {
                    if (error == null) {
                        LOG.info("reverted: {}", step.what());
                    } else {
                        LOG.warn("could not revert: {}", step.what(), error);
                        synchronized (failures) {
                            failures.add(error);
                        }
                    }
                    return null;
                });
            });
        }
        return chain.thenApply(ignored -> {
            synchronized (failures) {
                return List.copyOf(failures);
            }
        });
    }
}

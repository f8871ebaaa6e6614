/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import io.nsmvpp.impl.engine.ConfigApplier;
import io.nsmvpp.impl.engine.ConfigChange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A stateful stand-in for the engine: it records every change it is given and what the datastore then said
 * (committed, reverted), and answers each apply with the next planned outcome (accept by default).
 */
final class FakeApplier implements ConfigApplier {
    /** One planned answer to an apply. */
    sealed interface Outcome {
        /** Applied, after an optional delay. */
        record Accept(Duration delay) implements Outcome {
        }

        /** The stage fails with this exception. */
        record Fail(Throwable failure) implements Outcome {
        }

        /** apply itself throws. */
        record Throw(RuntimeException failure) implements Outcome {
        }
    }

    private final Deque<Outcome> planned = new ArrayDeque<>();
    private final List<ConfigChange> changes = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    /** Plans the answer to the next apply not yet planned. */
    synchronized FakeApplier plan(final Outcome outcome) {
        planned.add(outcome);
        return this;
    }

    /** Forgets plans and records. */
    synchronized void reset() {
        planned.clear();
        changes.clear();
        log.clear();
    }

    /** The changes given to apply, in order. */
    synchronized List<ConfigChange> changes() {
        return List.copyOf(changes);
    }

    /** What happened, in order: {@code apply#N}, {@code committed#N}, {@code revert#N}. */
    synchronized List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public CompletionStage<AppliedTransaction> apply(final ConfigChange change) {
        final int number;
        final Outcome outcome;
        synchronized (this) {
            changes.add(change);
            number = changes.size();
            log.add("apply#" + number);
            outcome = planned.isEmpty() ? new Outcome.Accept(Duration.ZERO) : planned.remove();
        }
        final AppliedTransaction applied = new AppliedTransaction() {
            @Override
            public void committed() {
                record("committed#" + number);
            }

            @Override
            public CompletionStage<Void> revert() {
                record("revert#" + number);
                return CompletableFuture.completedFuture(null);
            }
        };
        return switch (outcome) {
            case Outcome.Accept(var delay) when delay.isZero() -> CompletableFuture.completedFuture(applied);
            case Outcome.Accept(var delay) -> CompletableFuture.supplyAsync(() -> applied,
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
            case Outcome.Fail(var failure) -> CompletableFuture.failedFuture(failure);
            case Outcome.Throw(var failure) -> throw failure;
        };
    }

    private synchronized void record(final String event) {
        log.add(event);
    }
}

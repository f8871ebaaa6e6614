/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a long list of connections in bounded transactions, a few in flight at once. The engine applies the
 * connections of one transaction concurrently; the datastore's cohort has 5 s per phase, so no transaction may hold
 * more than a VPP can do in that time.
 */
final class Batches {
    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);
    /** Connections per transaction. */
    static final int SIZE = 500;
    /** Transactions in flight at once. */
    static final int LANES = 4;

    private Batches() {
    }

    /**
     * Runs {@code step} on batches of {@link #SIZE} items, {@link #LANES} in flight at once, each lane waiting for
     * its previous batch; completes when every batch has. With {@code firstAlone} the first batch runs before all
     * others (in the datastore it may create the connection list, which concurrent transactions would each try to
     * create).
     */
    static <T> CompletionStage<Void> inLanes(final List<T> items, final boolean firstAlone,
            final Function<List<T>, CompletionStage<Void>> step) {
        if (items.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        final int head = firstAlone ? Math.min(items.size(), SIZE) : 0;
        final CompletionStage<Void> first = head == 0 ? CompletableFuture.completedFuture(null)
            : step.apply(items.subList(0, head));
        return first.thenCompose(ignored -> {
            final List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
                for (int start = head + lane * SIZE; start < items.size(); start += LANES * SIZE) {
                    final var batch = items.subList(start, Math.min(items.size(), start + SIZE));
                    chain = chain.thenCompose(done -> step.apply(batch));
                }
                lanes.add(chain.toCompletableFuture());
            }
            return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new));
        });
    }

    /**
     * Runs {@code transaction} on batches as {@link #inLanes} does, where a transaction is all or nothing: a batch it
     * refuses is run again item by item, so that one item's failure holds up no other and each refusal is that
     * item's own. {@code done} gets each committed batch (or single item) with the transaction's result;
     * {@code refused} gets each item that failed alone, with why.
     */
    static <T, R> CompletionStage<Void> eachOrAlone(final String what, final List<T> items, final boolean firstAlone,
            final Function<List<T>, CompletionStage<R>> transaction, final BiConsumer<List<T>, R> done,
            final BiConsumer<T, Throwable> refused) {
        return inLanes(items, firstAlone, batch -> transaction.apply(batch).<CompletionStage<Void>>handle(
            (result, error) -> {
                if (error == null) {
                    done.accept(batch, result);
                    return CompletableFuture.completedFuture(null);
                }
                if (batch.size() == 1) {
                    refused.accept(batch.getFirst(), error);
                    return CompletableFuture.completedFuture(null);
                }
                LOG.info("{}: a transaction of {} was refused ({}); trying each alone", what, batch.size(),
                    error.getMessage());
                final List<CompletableFuture<Void>> singles = new ArrayList<>(batch.size());
                for (T item : batch) {
                    singles.add(transaction.apply(List.of(item)).handle((one, oneError) -> {
                        if (oneError != null) {
                            refused.accept(item, oneError);
                        } else {
                            done.accept(List.of(item), one);
                        }
                        return (Void) null;
                    }).toCompletableFuture());
                }
                return CompletableFuture.allOf(singles.toArray(CompletableFuture[]::new));
            }).thenCompose(next -> next));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one pass (a transaction, a read, a reconciliation) has dumped from the southbound, so that one dump serves
 * the whole pass however many nodes ask for it (hc2vpp's dump cache manager). Concurrent callers of the same key
 * share one load; a failed load is forgotten, so the next caller tries again.
 */
public final class DumpCache {
    private final Map<ContextKey<?>, CompletableFuture<?>> entries = new ConcurrentHashMap<>();

    /** The cached value of {@code key}, loading it with {@code loader} on first use. */
    @SuppressWarnings("unchecked")
    public <T> CompletionStage<T> get(final ContextKey<T> key, final Supplier<? extends CompletionStage<T>> loader) {
        final var fresh = new CompletableFuture<T>();
        final var existing = (CompletableFuture<T>) entries.putIfAbsent(key, fresh);
        if (existing != null) {
            return existing;
        }
        loader.get().whenComplete((value, error) -> {
            if (error != null) {
                entries.remove(key, fresh);
                fresh.completeExceptionally(error);
            } else {
                fresh.complete(value);
            }
        });
        return fresh;
    }

    /**
     * The value of {@code key} if it is loaded already, without loading it. Validators, which must not block, read
     * dumps that the caller loaded before validation began.
     */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> peek(final ContextKey<T> key) {
        final var entry = (CompletableFuture<T>) entries.get(key);
        return entry != null && entry.isDone() && !entry.isCompletedExceptionally()
            ? java.util.Optional.of(entry.join()) : java.util.Optional.empty();
    }

    /** Forgets {@code key}: the southbound changed it, the next use dumps again. */
    public void invalidate(final ContextKey<?> key) {
        entries.remove(key);
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }
}

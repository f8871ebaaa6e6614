/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The {@link WriteContext} of one transaction: a fresh dump cache, attributes and revert journal. */
public final class TransactionContext implements WriteContext {
    private final DumpCache cache = new DumpCache();
    private final Map<ContextKey<?>, Object> attributes = new ConcurrentHashMap<>();
    private final RevertJournal journal = new RevertJournal();

    @Override
    public DumpCache cache() {
        return cache;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(final ContextKey<T> key) {
        return Optional.ofNullable((T) attributes.get(key));
    }

    @Override
    public <T> void put(final ContextKey<T> key, final T value) {
        attributes.put(key, value);
    }

    @Override
    public void onRevert(final String what, final Supplier<? extends CompletionStage<?>> undo) {
        journal.add(what, undo);
    }

    /** What this transaction did so far, to undo it. */
    public RevertJournal journal() {
        return journal;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What the customizers and validators of one transaction share: a dump cache, typed attributes (for example the
 * index a mechanism customizer created, for the cross-connect customizer after it) and the revert journal.
 * Customizers of independent list entries use it concurrently.
 */
public interface WriteContext {
    /** The transaction's dump cache. */
    DumpCache cache();

    /** An attribute set earlier in this transaction. */
    <T> Optional<T> get(ContextKey<T> key);

    /** Sets an attribute for the rest of this transaction. */
    <T> void put(ContextKey<T> key, T value);

    /**
     * Records how to undo a southbound change that has just succeeded. If the transaction fails later, undo steps
     * run newest first, each after the previous one completed, whether or not it succeeded.
     *
     * @param what a short description for logs, e.g. "memif_delete sw_if_index 7 (connection c1 client)"
     */
    void onRevert(String what, Supplier<? extends CompletionStage<?>> undo);
}

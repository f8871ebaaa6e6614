/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * The configuration as the reconciler and the lease reaper see it. In the agent it is the config datastore, whose
 * writes pass through the engine's commit cohort like any forwarder's; tests may use a direct one.
 */
public interface ConfigStore {
    /** The whole configuration, or empty when nothing was ever written. */
    CompletionStage<Optional<NsmVpp>> read();

    /**
     * Writes restored connection entries that the configuration does not hold (the engine adopts their interfaces:
     * nothing is created in VPP). An entry written since the pass read the configuration is newer and stays.
     *
     * @return the ids of the entries written
     */
    CompletionStage<Set<String>> restore(List<Connection> entries);

    /** Writes {@code authoritative-since}: from now on the configuration, not VPP's tags, is the truth. */
    CompletionStage<Void> markAuthoritative(String since);

    /**
     * Deletes connections whose lease expired, in one transaction, each unless it changed meanwhile (a refresh that
     * commits first wins).
     *
     * @return the ids deleted (those not in it were refreshed or deleted first); fails, having deleted nothing, when
     *     the transaction was refused, or when a concurrent change to one of several connections made it conflict
     */
    CompletionStage<Set<String>> deleteIfUnchanged(List<Connection> expired);
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.concurrent.CompletionStage;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * Translates one YANG node's configuration into southbound calls: Honeycomb's write customizer, made asynchronous.
 * A customizer is registered for a (wildcarded) node in a {@link WriterRegistry} and is called for every instance of
 * that node a transaction creates, updates or deletes, in the registry's order.
 *
 * <p>Rules a customizer follows:
 * <ul>
 *   <li>Never block: return a stage that completes when the southbound call does. Calls of independent list entries
 *       run concurrently; calls of one entry run in order.</li>
 *   <li>Register an undo step in the {@link WriteContext} for every southbound change that succeeded, right when it
 *       succeeded. When anything later in the transaction fails, the executor replays those steps newest first.</li>
 *   <li>Never validate here: {@link Validator}s have already accepted the whole transaction.</li>
 * </ul>
 *
 * @param <D> the node's binding type
 */
public interface WriteCustomizer<D extends DataObject> {
    /** Creates what {@code after} describes. */
    CompletionStage<Void> create(DataObjectIdentifier<D> id, D after, WriteContext ctx);

    /** Deletes what {@code before} described. */
    CompletionStage<Void> delete(DataObjectIdentifier<D> id, D before, WriteContext ctx);

    /**
     * Changes {@code before} into {@code after} in place. Only called when {@link #updatesInPlace()} is true; the
     * default refuses.
     */
    default CompletionStage<Void> update(final DataObjectIdentifier<D> id, final D before, final D after,
            final WriteContext ctx) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot update in place");
    }

    /**
     * Whether {@code before} and {@code after} ask the southbound for the same thing, although they differ as data:
     * for example a restored entry that spells out a value VPP chose, and a refresh that leaves it unset. The
     * writer treats such a change as no change. The default is data equality.
     */
    default boolean isEquivalent(final D before, final D after) {
        return before.equals(after);
    }

    /**
     * Whether an update is done in place. When false (the default) the executor turns an update into a delete in the
     * delete phase and a create in the create phase, and re-applies every node registered after this one in the same
     * list entry, since what they were applied to was re-created.
     */
    default boolean updatesInPlace() {
        return false;
    }
}

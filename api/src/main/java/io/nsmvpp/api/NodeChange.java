/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.binding.DataObjectReference;

/**
 * One instance of a registered node in a transaction, as it was and as it will be. Callers pass every node of each
 * touched list entry, unchanged ones included ({@code before} equal to {@code after}): an unchanged node is
 * re-applied when a node it depends on is re-created.
 *
 * @param node the registered (wildcarded) node
 * @param id this instance
 * @param scope the list entry it belongs to: nodes of one scope are written in order, scopes concurrently
 * @param before the data before the transaction, or null when created
 * @param after the data after the transaction, or null when deleted
 * @param <D> the node's binding type
 */
public record NodeChange<D extends DataObject>(DataObjectReference<D> node, DataObjectIdentifier<D> id, Object scope,
        @Nullable D before, @Nullable D after) {
    public NodeChange {
        Objects.requireNonNull(node);
        Objects.requireNonNull(id);
        Objects.requireNonNull(scope);
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change of " + id + " needs a before or an after");
        }
    }

    /** True when neither side differs. */
    public boolean unchanged() {
        return Objects.equals(before, after);
    }
}

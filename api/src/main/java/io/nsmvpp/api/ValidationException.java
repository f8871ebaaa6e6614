/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.io.Serial;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/** A node refused by a {@link Validator}: which field broke which rule. */
public final class ValidationException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final DataObjectIdentifier<?> node;
    private final String field;

    /**
     * Creates the refusal.
     *
     * @param node the node that holds the offending field
     * @param field the offending leaf (or the node itself: "")
     * @param message what is wrong, in words an operator understands, naming the field and the rule
     */
    public ValidationException(final DataObjectIdentifier<?> node, final String field, final String message) {
        super(message);
        this.node = node;
        this.field = field;
    }

    public DataObjectIdentifier<?> node() {
        return node;
    }

    /** The offending leaf's YANG name below {@link #node()}, or "" for the node itself. */
    public String field() {
        return field;
    }
}

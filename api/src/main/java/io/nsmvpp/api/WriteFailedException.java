/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.io.Serial;
import java.util.List;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * A customizer failed. By the time this is thrown, every southbound change the transaction had made was reverted
 * ({@link #revertFailures()} lists the undo steps that failed in turn, normally none).
 */
public final class WriteFailedException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What the failed customizer was doing. */
    public enum Operation {
        CREATE, UPDATE, DELETE
    }

    private final DataObjectIdentifier<?> node;
    private final Operation operation;

    public WriteFailedException(final DataObjectIdentifier<?> node, final Operation operation, final Throwable cause,
            final List<Throwable> revertFailures) {
        super(operation.name().toLowerCase(java.util.Locale.ROOT) + " of " + node + " failed: " + cause.getMessage(),
            cause);
        this.node = node;
        this.operation = operation;
        // undo steps that failed in turn travel as suppressed exceptions, as try-with-resources does it
        revertFailures.forEach(this::addSuppressed);
    }

    public DataObjectIdentifier<?> node() {
        return node;
    }

    public Operation operation() {
        return operation;
    }

    /** The undo steps that failed while reverting, normally none. */
    public List<Throwable> revertFailures() {
        return List.of(getSuppressed());
    }
}

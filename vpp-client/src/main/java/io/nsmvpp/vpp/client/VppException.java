/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import java.io.Serial;

/**
 * Base of the client's failures. Unchecked, because most of them arrive through a {@code CompletableFuture} and
 * callers compose rather than catch.
 */
public class VppException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public VppException(final String message) {
        super(message);
    }

    public VppException(final String message, final Throwable cause) {
        super(message, cause);
    }
}

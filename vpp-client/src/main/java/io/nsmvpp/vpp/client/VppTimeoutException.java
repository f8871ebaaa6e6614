/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import java.io.Serial;
import java.time.Duration;

/**
 * No reply within the request's timeout. VPP may still have executed the request (it runs requests whose reply it
 * then drops), so the caller must find out by reading state, not assume nothing happened. A reply that arrives
 * later is discarded.
 */
public final class VppTimeoutException extends VppException {
    @Serial
    private static final long serialVersionUID = 1L;

    public VppTimeoutException(final String messageName, final Duration timeout) {
        super(messageName + ": no reply within " + timeout.toMillis() + " ms");
    }
}

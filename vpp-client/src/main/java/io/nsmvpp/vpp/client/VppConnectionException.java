/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import java.io.Serial;

/** The connection to VPP is down, failed, or was closed; every request pending on it fails with this. */
public final class VppConnectionException extends VppException {
    @Serial
    private static final long serialVersionUID = 1L;

    public VppConnectionException(final String message) {
        super(message);
    }

    public VppConnectionException(final String message, final Throwable cause) {
        super(message, cause);
    }
}

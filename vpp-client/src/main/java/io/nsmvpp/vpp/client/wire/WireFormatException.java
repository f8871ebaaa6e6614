/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import java.io.Serial;

/**
 * A frame or message body that does not follow VPP's wire rules: truncated, over the size cap, or with a count
 * that runs past the end of the frame. Unchecked, because a decoder can only drop the frame and report it.
 */
public final class WireFormatException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public WireFormatException(final String message) {
        super(message);
    }

    public WireFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}

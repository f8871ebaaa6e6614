/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.VppApiException;
import java.util.Map;

/**
 * What an operator can do about a VPP refusal whose retval alone does not tell: VPP reuses a few generic error codes
 * for limits of its own (docs/design.md, Hazards).
 */
public final class VppHints {
    /** By request name and retval, as VPP v26.06 answers them. */
    private static final Map<String, String> HINTS = Map.of(
        key(LoopbackHandler.CREATE_REQUEST, -31), "VPP v26.06 makes at most 16,384 loopback interfaces at once "
            + "(LOOPBACK_MAX_INSTANCE) and holds that many now; delete connections with loopback sides, or use "
            + "another mechanism");

    private VppHints() {
    }

    /** The hint for this refusal, as a sentence to append ("; ..."), or an empty string when there is none. */
    public static String suffix(final VppApiException refusal) {
        final String hint = HINTS.get(key(refusal.messageName(), refusal.retval()));
        return hint == null ? "" : "; " + hint;
    }

    private static String key(final String message, final int retval) {
        return message + '/' + retval;
    }
}

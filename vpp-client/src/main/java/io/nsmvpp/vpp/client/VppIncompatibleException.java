/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import java.io.Serial;
import java.util.List;

/**
 * VPP lacks messages this client needs, or has them with another CRC (another layout). Raised once at connect,
 * listing every problem, so that an operator sees the whole picture instead of the first failure; or when a caller
 * sends a message of a plugin it did not declare and VPP does not offer.
 */
public final class VppIncompatibleException extends VppException {
    @Serial
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final List<String> problems;

    public VppIncompatibleException(final List<String> problems) {
        super("VPP is not compatible with this client (" + problems.size() + " problem"
            + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per missing or mismatched message. */
    public List<String> problems() {
        return problems;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code if_status_flags} (u32 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class IfStatusFlags {
    /** {@code IF_STATUS_API_FLAG_ADMIN_UP}. */
    public static final long ADMIN_UP = 1;
    /** {@code IF_STATUS_API_FLAG_LINK_UP}. */
    public static final long LINK_UP = 2;

    private IfStatusFlags() {
        // constants only
    }
}

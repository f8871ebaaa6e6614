/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code memif_role} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class MemifRole {
    /** {@code MEMIF_ROLE_API_MASTER}. */
    public static final long MASTER = 0;
    /** {@code MEMIF_ROLE_API_SLAVE}. */
    public static final long SLAVE = 1;

    private MemifRole() {
        // constants only
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code memif_mode} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class MemifMode {
    /** {@code MEMIF_MODE_API_ETHERNET}. */
    public static final long ETHERNET = 0;
    /** {@code MEMIF_MODE_API_IP}. */
    public static final long IP = 1;
    /** {@code MEMIF_MODE_API_PUNT_INJECT}. */
    public static final long PUNT_INJECT = 2;

    private MemifMode() {
        // constants only
    }
}

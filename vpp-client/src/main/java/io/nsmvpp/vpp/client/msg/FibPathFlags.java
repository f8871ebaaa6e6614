/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code fib_path_flags} (u32 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class FibPathFlags {
    /** {@code FIB_API_PATH_FLAG_NONE}. */
    public static final long NONE = 0;
    /** {@code FIB_API_PATH_FLAG_RESOLVE_VIA_ATTACHED}. */
    public static final long RESOLVE_VIA_ATTACHED = 1;
    /** {@code FIB_API_PATH_FLAG_RESOLVE_VIA_HOST}. */
    public static final long RESOLVE_VIA_HOST = 2;
    /** {@code FIB_API_PATH_FLAG_POP_PW_CW}. */
    public static final long POP_PW_CW = 4;

    private FibPathFlags() {
        // constants only
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code tap_flags} (u32 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class TapFlags {
    /** {@code TAP_API_FLAG_GSO}. */
    public static final long GSO = 1;
    /** {@code TAP_API_FLAG_CSUM_OFFLOAD}. */
    public static final long CSUM_OFFLOAD = 2;
    /** {@code TAP_API_FLAG_PERSIST}. */
    public static final long PERSIST = 4;
    /** {@code TAP_API_FLAG_ATTACH}. */
    public static final long ATTACH = 8;
    /** {@code TAP_API_FLAG_TUN}. */
    public static final long TUN = 16;
    /** {@code TAP_API_FLAG_GRO_COALESCE}. */
    public static final long GRO_COALESCE = 32;
    /** {@code TAP_API_FLAG_PACKED}. */
    public static final long PACKED = 64;
    /** {@code TAP_API_FLAG_IN_ORDER}. */
    public static final long IN_ORDER = 128;
    /** {@code TAP_API_FLAG_CONSISTENT_QP}. */
    public static final long CONSISTENT_QP = 256;

    private TapFlags() {
        // constants only
    }
}

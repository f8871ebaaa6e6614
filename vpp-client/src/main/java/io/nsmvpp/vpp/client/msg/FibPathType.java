/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code fib_path_type} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class FibPathType {
    /** {@code FIB_API_PATH_TYPE_NORMAL}. */
    public static final long NORMAL = 0;
    /** {@code FIB_API_PATH_TYPE_LOCAL}. */
    public static final long LOCAL = 1;
    /** {@code FIB_API_PATH_TYPE_DROP}. */
    public static final long DROP = 2;
    /** {@code FIB_API_PATH_TYPE_UDP_ENCAP}. */
    public static final long UDP_ENCAP = 3;
    /** {@code FIB_API_PATH_TYPE_BIER_IMP}. */
    public static final long BIER_IMP = 4;
    /** {@code FIB_API_PATH_TYPE_ICMP_UNREACH}. */
    public static final long ICMP_UNREACH = 5;
    /** {@code FIB_API_PATH_TYPE_ICMP_PROHIBIT}. */
    public static final long ICMP_PROHIBIT = 6;
    /** {@code FIB_API_PATH_TYPE_SOURCE_LOOKUP}. */
    public static final long SOURCE_LOOKUP = 7;
    /** {@code FIB_API_PATH_TYPE_DVR}. */
    public static final long DVR = 8;
    /** {@code FIB_API_PATH_TYPE_INTERFACE_RX}. */
    public static final long INTERFACE_RX = 9;
    /** {@code FIB_API_PATH_TYPE_CLASSIFY}. */
    public static final long CLASSIFY = 10;

    private FibPathType() {
        // constants only
    }
}

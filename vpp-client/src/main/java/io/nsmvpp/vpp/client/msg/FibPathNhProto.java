/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code fib_path_nh_proto} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class FibPathNhProto {
    /** {@code FIB_API_PATH_NH_PROTO_IP4}. */
    public static final long IP4 = 0;
    /** {@code FIB_API_PATH_NH_PROTO_IP6}. */
    public static final long IP6 = 1;
    /** {@code FIB_API_PATH_NH_PROTO_MPLS}. */
    public static final long MPLS = 2;
    /** {@code FIB_API_PATH_NH_PROTO_ETHERNET}. */
    public static final long ETHERNET = 3;
    /** {@code FIB_API_PATH_NH_PROTO_BIER}. */
    public static final long BIER = 4;

    private FibPathNhProto() {
        // constants only
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code if_type} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class IfType {
    /** {@code IF_API_TYPE_HARDWARE}. */
    public static final long HARDWARE = 0;
    /** {@code IF_API_TYPE_SUB}. */
    public static final long SUB = 1;
    /** {@code IF_API_TYPE_P2P}. */
    public static final long P2P = 2;
    /** {@code IF_API_TYPE_PIPE}. */
    public static final long PIPE = 3;

    private IfType() {
        // constants only
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code link_duplex} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class LinkDuplex {
    /** {@code LINK_DUPLEX_API_UNKNOWN}. */
    public static final long UNKNOWN = 0;
    /** {@code LINK_DUPLEX_API_HALF}. */
    public static final long HALF = 1;
    /** {@code LINK_DUPLEX_API_FULL}. */
    public static final long FULL = 2;

    private LinkDuplex() {
        // constants only
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code sub_if_flags} (u32 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class SubIfFlags {
    /** {@code SUB_IF_API_FLAG_NO_TAGS}. */
    public static final long NO_TAGS = 1;
    /** {@code SUB_IF_API_FLAG_ONE_TAG}. */
    public static final long ONE_TAG = 2;
    /** {@code SUB_IF_API_FLAG_TWO_TAGS}. */
    public static final long TWO_TAGS = 4;
    /** {@code SUB_IF_API_FLAG_DOT1AD}. */
    public static final long DOT1AD = 8;
    /** {@code SUB_IF_API_FLAG_EXACT_MATCH}. */
    public static final long EXACT_MATCH = 16;
    /** {@code SUB_IF_API_FLAG_DEFAULT}. */
    public static final long DEFAULT = 32;
    /** {@code SUB_IF_API_FLAG_OUTER_VLAN_ID_ANY}. */
    public static final long OUTER_VLAN_ID_ANY = 64;
    /** {@code SUB_IF_API_FLAG_INNER_VLAN_ID_ANY}. */
    public static final long INNER_VLAN_ID_ANY = 128;
    /** {@code SUB_IF_API_FLAG_MASK_VNET}. */
    public static final long MASK_VNET = 254;
    /** {@code SUB_IF_API_FLAG_DOT1AH}. */
    public static final long DOT1AH = 256;

    private SubIfFlags() {
        // constants only
    }
}

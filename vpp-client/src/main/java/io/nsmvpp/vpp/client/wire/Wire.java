/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

/**
 * Range checks for VPP's unsigned integers, which Java holds in wider signed types: u8 and u16 in {@code int},
 * u32 in {@code long}. Records call these in their compact constructors, so an out-of-range value fails where it is
 * made, not silently on the wire.
 */
public final class Wire {
    /** Largest u8. */
    public static final int U8_MAX = 0xFF;
    /** Largest u16. */
    public static final int U16_MAX = 0xFFFF;
    /** Largest u32, also VPP's "~0" (any interface, no instance, and so on). */
    public static final long U32_MAX = 0xFFFF_FFFFL;

    private Wire() {
        // utility class
    }

    public static int checkU8(final int value, final String field) {
        if (value < 0 || value > U8_MAX) {
            throw new IllegalArgumentException(field + " must be a u8 (0..255), got " + value);
        }
        return value;
    }

    public static int checkU16(final int value, final String field) {
        if (value < 0 || value > U16_MAX) {
            throw new IllegalArgumentException(field + " must be a u16 (0..65535), got " + value);
        }
        return value;
    }

    public static long checkU32(final long value, final String field) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException(field + " must be a u32 (0..4294967295), got " + value);
        }
        return value;
    }

    /**
     * Checks that a fixed string {@code string x[size]} fits: at most {@code size - 1} bytes of UTF-8, because VPP
     * keeps the last byte for the terminating NUL.
     */
    public static String checkFixedString(final String value, final int size, final String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        // Fast path: every UTF-16 unit takes at most 3 bytes of UTF-8.
        if (value.length() * 3 <= size - 1) {
            return value;
        }
        final int bytes = Strings.utf8Length(value);
        if (bytes > size - 1) {
            throw new IllegalArgumentException(field + " is " + bytes + " bytes but string " + field + "[" + size
                + "] holds at most " + (size - 1) + " (" + (bytes - size + 1) + " too many)");
        }
        return value;
    }

    /** Checks that a variable-length array fits its count field (u8 or u16). */
    public static int checkCount(final int count, final int max, final String field) {
        if (count > max) {
            throw new IllegalArgumentException(field + " has " + count + " elements, its count field holds at most "
                + max);
        }
        return count;
    }
}

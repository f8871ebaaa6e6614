/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code mac_address}: six bytes, held as the low 48 bits of a long so that records compare by value.
 *
 * @param value the address, most significant byte first
 */
public record MacAddress(long value) {
    public static final int SIZE = 6;
    public static final MacAddress ZERO = new MacAddress(0);

    public MacAddress {
        if (value < 0 || value > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("MAC address must fit 48 bits: " + Long.toHexString(value));
        }
    }

    /** Parses {@code aa:bb:cc:dd:ee:ff} (also with {@code -} separators). */
    public static MacAddress parse(final String text) {
        final String[] parts = text.split("[:-]", -1);
        if (parts.length != SIZE) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        long value = 0;
        for (String part : parts) {
            if (part.length() != 2) {
                throw new IllegalArgumentException("not a MAC address: " + text);
            }
            value = value << 8 | Integer.parseInt(part, 16);
        }
        return new MacAddress(value);
    }

    public static MacAddress of(final byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("MAC address needs 6 bytes, got " + bytes.length);
        }
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | b & 0xFF;
        }
        return new MacAddress(value);
    }

    public byte[] toBytes() {
        final byte[] out = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = (byte) (value >>> 8 * (SIZE - 1 - i));
        }
        return out;
    }

    public void encode(final WireWriter out) {
        out.u16((int) (value >>> 32));
        out.u32(value & 0xFFFF_FFFFL);
    }

    public static MacAddress decode(final WireReader in) {
        final long high = in.u16();
        return new MacAddress(high << 32 | in.u32());
    }

    @Override
    public String toString() {
        // a restore formats one per loopback: no Formatter here
        final char[] out = new char[3 * SIZE - 1];
        for (int i = 0; i < SIZE; i++) {
            final int octet = (int) (value >>> 8 * (SIZE - 1 - i)) & 0xFF;
            out[3 * i] = Character.forDigit(octet >>> 4, 16);
            out[3 * i + 1] = Character.forDigit(octet & 0xF, 16);
            if (i < SIZE - 1) {
                out[3 * i + 2] = ':';
            }
        }
        return new String(out);
    }
}

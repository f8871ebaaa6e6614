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
 * {@code ip4_address}: four bytes. The int holds their bit pattern (first byte most significant); it is an address,
 * not a number, so its sign is meaningless.
 *
 * @param bits the address bits
 */
public record Ip4Address(int bits) {
    public static final int SIZE = 4;
    public static final Ip4Address ANY = new Ip4Address(0);

    /** Parses dotted-quad text without any name lookup. */
    public static Ip4Address parse(final String text) {
        final String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int bits = 0;
        for (String part : parts) {
            final int octet;
            try {
                octet = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: " + text, e);
            }
            if (octet < 0 || octet > 255 || part.isEmpty() || part.length() > 3) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            bits = bits << 8 | octet;
        }
        return new Ip4Address(bits);
    }

    public void encode(final WireWriter out) {
        out.u32(bits);
    }

    public static Ip4Address decode(final WireReader in) {
        return new Ip4Address(in.i32());
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
    }
}

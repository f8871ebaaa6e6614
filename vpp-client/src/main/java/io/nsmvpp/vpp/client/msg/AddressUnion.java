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
 * {@code address_union}: sixteen raw bytes that hold an IPv4 address (first four bytes) or an IPv6 address. Which
 * one is said elsewhere (an {@code address_family}, or a path's {@code proto}).
 *
 * @param high bytes 0..7
 * @param low bytes 8..15
 */
public record AddressUnion(long high, long low) {
    public static final int SIZE = 16;
    public static final AddressUnion ZERO = new AddressUnion(0, 0);

    public static AddressUnion of(final Ip4Address ip4) {
        return new AddressUnion((long) ip4.bits() << 32, 0);
    }

    public static AddressUnion of(final Ip6Address ip6) {
        return new AddressUnion(ip6.high(), ip6.low());
    }

    public Ip4Address ip4() {
        return new Ip4Address((int) (high >>> 32));
    }

    public Ip6Address ip6() {
        return new Ip6Address(high, low);
    }

    public byte[] toBytes() {
        final byte[] out = new byte[SIZE];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> 8 * (7 - i));
            out[8 + i] = (byte) (low >>> 8 * (7 - i));
        }
        return out;
    }

    static long longAt(final byte[] bytes, final int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | bytes[offset + i] & 0xFF;
        }
        return value;
    }

    /** The sixteen bytes as they are, whichever family they hold: the wire form of an {@link Ip6Address}. */
    public void encode(final WireWriter out) {
        ip6().encode(out);
    }

    public static AddressUnion decode(final WireReader in) {
        return of(Ip6Address.decode(in));
    }
}

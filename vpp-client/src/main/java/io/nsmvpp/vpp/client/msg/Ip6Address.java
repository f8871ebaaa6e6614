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
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code ip6_address}: sixteen bytes as two longs (bit patterns, first byte most significant), so that records
 * compare by value.
 *
 * @param high bytes 0..7
 * @param low bytes 8..15
 */
public record Ip6Address(long high, long low) {
    public static final int SIZE = 16;
    public static final Ip6Address ANY = new Ip6Address(0, 0);

    /** Parses IPv6 literal text; never does a name lookup. */
    public static Ip6Address parse(final String text) {
        if (text.indexOf(':') < 0) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        final InetAddress addr;
        try {
            addr = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: " + text, e);
        }
        if (!(addr instanceof Inet6Address)) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        return of(addr.getAddress());
    }

    public static Ip6Address of(final byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("IPv6 address needs 16 bytes, got " + bytes.length);
        }
        return new Ip6Address(AddressUnion.longAt(bytes, 0), AddressUnion.longAt(bytes, 8));
    }

    public byte[] toBytes() {
        return new AddressUnion(high, low).toBytes();
    }

    public void encode(final WireWriter out) {
        out.u64(high);
        out.u64(low);
    }

    public static Ip6Address decode(final WireReader in) {
        final long high = in.u64();
        return new Ip6Address(high, in.u64());
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(toBytes()).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

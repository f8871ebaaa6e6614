/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.Wire;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code address}: a u8 {@code address_family} and a 16-byte union, 17 bytes. The family is kept as its raw value
 * so that a decoder never loses what was on the wire, even an unknown family.
 *
 * @param af {@link #IP4} or {@link #IP6}
 * @param un the address bytes
 */
public record Address(int af, AddressUnion un) {
    public static final int SIZE = 17;
    /** {@code ADDRESS_IP4}. */
    public static final int IP4 = 0;
    /** {@code ADDRESS_IP6}. */
    public static final int IP6 = 1;
    /** 0.0.0.0, what VPP sends for an unset address. */
    public static final Address IP4_ANY = new Address(IP4, AddressUnion.ZERO);

    public Address {
        Wire.checkU8(af, "af");
        if (un == null) {
            throw new IllegalArgumentException("un must not be null");
        }
    }

    public static Address of(final Ip4Address ip4) {
        return new Address(IP4, AddressUnion.of(ip4));
    }

    public static Address of(final Ip6Address ip6) {
        return new Address(IP6, AddressUnion.of(ip6));
    }

    /** Parses an IPv4 or IPv6 literal. */
    public static Address parse(final String text) {
        return text.indexOf(':') >= 0 ? of(Ip6Address.parse(text)) : of(Ip4Address.parse(text));
    }

    public boolean isIp6() {
        return af == IP6;
    }

    public void encode(final WireWriter out) {
        out.u8(af);
        un.encode(out);
    }

    public static Address decode(final WireReader in) {
        final int af = in.u8();
        return new Address(af, AddressUnion.decode(in));
    }

    @Override
    public String toString() {
        return switch (af) {
            case IP4 -> un.ip4().toString();
            case IP6 -> un.ip6().toString();
            default -> "af" + af + ":" + Long.toHexString(un.high()) + Long.toHexString(un.low());
        };
    }
}

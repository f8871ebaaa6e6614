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
 * {@code prefix} (also {@code address_with_prefix}): an address and a u8 length, 18 bytes.
 *
 * @param address the address
 * @param len prefix length (u8)
 */
public record Prefix(Address address, int len) {
    public static final int SIZE = 18;

    public Prefix {
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        Wire.checkU8(len, "len");
    }

    /** Parses {@code 10.0.0.0/24} or {@code fd00::/64}. */
    public static Prefix parse(final String text) {
        final int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a prefix: " + text);
        }
        return new Prefix(Address.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    public void encode(final WireWriter out) {
        address.encode(out);
        out.u8(len);
    }

    public static Prefix decode(final WireReader in) {
        final Address address = Address.decode(in);
        return new Prefix(address, in.u8());
    }

    @Override
    public String toString() {
        return address + "/" + len;
    }
}

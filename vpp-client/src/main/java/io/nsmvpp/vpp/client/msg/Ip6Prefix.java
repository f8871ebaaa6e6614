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
 * {@code ip6_prefix} (also {@code ip6_address_with_prefix}): 16 address bytes and a u8 length.
 *
 * @param address the address
 * @param len prefix length (u8)
 */
public record Ip6Prefix(Ip6Address address, int len) {
    public static final int SIZE = 17;
    public static final Ip6Prefix ZERO = new Ip6Prefix(Ip6Address.ANY, 0);

    public Ip6Prefix {
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        Wire.checkU8(len, "len");
    }

    public void encode(final WireWriter out) {
        address.encode(out);
        out.u8(len);
    }

    public static Ip6Prefix decode(final WireReader in) {
        final Ip6Address address = Ip6Address.decode(in);
        return new Ip6Prefix(address, in.u8());
    }

    @Override
    public String toString() {
        return address + "/" + len;
    }
}

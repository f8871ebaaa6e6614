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
 * {@code ip_address_dump}: the addresses of one interface, of one family, in the order they were added. VPP answers
 * nothing for {@code sw_if_index = ~0}, and never lists the automatic ip6 link-local address.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param isIpv6 {@code is_ipv6}
 */
public record IpAddressDump(long swIfIndex, boolean isIpv6) implements VppDump<IpAddressDetails> {
    public static final String NAME = "ip_address_dump";
    public static final String CRC = "0x2d033de4";
    public static final String NAME_CRC = "ip_address_dump_2d033de4";
    /** Body size in bytes, header included. */
    public static final int SIZE = 15;
    public static final MessageType<IpAddressDump> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, IpAddressDump::decode);

    public IpAddressDump {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<IpAddressDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<IpAddressDetails> detailsType() {
        return IpAddressDetails.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.bool(isIpv6);
    }

    public static IpAddressDump decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final boolean isIpv6 = in.bool();
        return new IpAddressDump(swIfIndex, isIpv6);
    }
}

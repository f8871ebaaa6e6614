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
 * {@code ip_address_details}: one address of an {@link IpAddressDump}, with the length it was added with and its host
 * bits as given.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param prefix {@code prefix} (address_with_prefix)
 */
public record IpAddressDetails(long swIfIndex, Prefix prefix) implements VppMessage {
    public static final String NAME = "ip_address_details";
    public static final String CRC = "0xee29b797";
    public static final String NAME_CRC = "ip_address_details_ee29b797";
    /** Body size in bytes, header included. */
    public static final int SIZE = 28;
    public static final MessageType<IpAddressDetails> TYPE =
        MessageType.details(NAME, CRC, MessageType.CORE, SIZE, IpAddressDetails::decode);

    public IpAddressDetails {
        Wire.checkU32(swIfIndex, "swIfIndex");
        if (prefix == null) {
            throw new IllegalArgumentException("prefix must not be null");
        }
    }

    @Override
    public MessageType<IpAddressDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        prefix.encode(out);
    }

    public static IpAddressDetails decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final Prefix prefix = Prefix.decode(in);
        return new IpAddressDetails(swIfIndex, prefix);
    }
}

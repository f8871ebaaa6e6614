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
import java.util.Objects;

/**
 * {@code sw_interface_add_del_address}: adds or removes an interface address.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param isAdd {@code is_add} (bool)
 * @param delAll {@code del_all} (bool)
 * @param prefix {@code prefix} (address_with_prefix)
 */
public record SwInterfaceAddDelAddress(
        long swIfIndex, boolean isAdd, boolean delAll, Prefix prefix)
        implements VppRequest<SwInterfaceAddDelAddressReply> {
    public static final String NAME = "sw_interface_add_del_address";
    public static final String CRC = "0x5463d73b";
    public static final String NAME_CRC = "sw_interface_add_del_address_5463d73b";
    /** Body size in bytes, header included. */
    public static final int SIZE = 34;
    public static final MessageType<SwInterfaceAddDelAddress> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceAddDelAddress::decode);

    public SwInterfaceAddDelAddress {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public MessageType<SwInterfaceAddDelAddress> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceAddDelAddressReply> replyType() {
        return SwInterfaceAddDelAddressReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.bool(isAdd);
        out.bool(delAll);
        prefix.encode(out);
    }

    public static SwInterfaceAddDelAddress decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final boolean isAdd = in.bool();
        final boolean delAll = in.bool();
        final Prefix prefix = Prefix.decode(in);
        return new SwInterfaceAddDelAddress(swIfIndex, isAdd, delAll, prefix);
    }
}

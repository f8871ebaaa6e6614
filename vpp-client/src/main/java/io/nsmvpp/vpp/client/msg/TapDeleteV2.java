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
 * {@code tap_delete_v2}: deletes a tap interface.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record TapDeleteV2(long swIfIndex) implements VppRequest<TapDeleteV2Reply> {
    public static final String NAME = "tap_delete_v2";
    public static final String CRC = "0xf9e6675e";
    public static final String NAME_CRC = "tap_delete_v2_f9e6675e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<TapDeleteV2> TYPE =
        MessageType.request(NAME, CRC, Plugins.TAP, SIZE, TapDeleteV2::decode);

    public TapDeleteV2 {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<TapDeleteV2> type() {
        return TYPE;
    }

    @Override
    public MessageType<TapDeleteV2Reply> replyType() {
        return TapDeleteV2Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
    }

    public static TapDeleteV2 decode(final WireReader in) {
        final long swIfIndex = in.u32();
        return new TapDeleteV2(swIfIndex);
    }
}

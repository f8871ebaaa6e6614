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
 * {@code sw_interface_tag_add_del}: sets or clears an interface tag. An empty tag on add
 * gives -7; a delete ignores the text.
 *
 * @param isAdd {@code is_add} (bool)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param tag {@code tag} (string[64])
 */
public record SwInterfaceTagAddDel(
        boolean isAdd, long swIfIndex, String tag) implements VppRequest<SwInterfaceTagAddDelReply> {
    public static final String NAME = "sw_interface_tag_add_del";
    public static final String CRC = "0x426f8bc1";
    public static final String NAME_CRC = "sw_interface_tag_add_del_426f8bc1";
    /** Body size in bytes, header included. */
    public static final int SIZE = 79;
    public static final MessageType<SwInterfaceTagAddDel> TYPE =
        MessageType.request(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceTagAddDel::decode);

    public SwInterfaceTagAddDel {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkFixedString(tag, 64, "tag");
    }

    @Override
    public MessageType<SwInterfaceTagAddDel> type() {
        return TYPE;
    }

    @Override
    public MessageType<SwInterfaceTagAddDelReply> replyType() {
        return SwInterfaceTagAddDelReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.bool(isAdd);
        out.u32(swIfIndex);
        out.fixedString(tag, 64);
    }

    public static SwInterfaceTagAddDel decode(final WireReader in) {
        final boolean isAdd = in.bool();
        final long swIfIndex = in.u32();
        final String tag = in.fixedString(64);
        return new SwInterfaceTagAddDel(isAdd, swIfIndex, tag);
    }
}

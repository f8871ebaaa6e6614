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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sockclnt_create_reply}: the client's handle ({@code index}) and VPP's message table,
 * from which every other message id is resolved. Its id is fixed (16).
 *
 * @param response {@code response} (i32)
 * @param index {@code index} (u32)
 * @param messageTable {@code message_table} (message_table_entry[count], its count {@code count} is implied)
 */
public record SockclntCreateReply(int response, long index, List<MessageTableEntry> messageTable) implements VppReply {
    public static final String NAME = "sockclnt_create_reply";
    public static final String CRC = "0x35166268";
    public static final String NAME_CRC = "sockclnt_create_reply_35166268";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 20;
    public static final MessageType<SockclntCreateReply> TYPE =
        new MessageType<>(NAME, CRC, MessageType.CORE, MessageRole.REPLY, HeaderLayout.CLIENT_CONTEXT,
            MIN_SIZE, SockclntCreateReply::decode);

    public SockclntCreateReply {
        Wire.checkU32(index, "index");
        messageTable = List.copyOf(messageTable);
        Wire.checkCount(messageTable.size(), Wire.U16_MAX, "messageTable");
    }

    @Override
    public MessageType<SockclntCreateReply> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.i32(response);
        out.u32(index);
        out.u16(messageTable.size());
        for (MessageTableEntry element : messageTable) {
            element.encode(out);
        }
    }

    public static SockclntCreateReply decode(final WireReader in) {
        final int response = in.i32();
        final long index = in.u32();
        final int messageTableCount = in.count(in.u16(), MessageTableEntry.SIZE);
        final var messageTable = new ArrayList<MessageTableEntry>(messageTableCount);
        for (int i = 0; i < messageTableCount; i++) {
            messageTable.add(MessageTableEntry.decode(in));
        }
        return new SockclntCreateReply(response, index, messageTable);
    }
}

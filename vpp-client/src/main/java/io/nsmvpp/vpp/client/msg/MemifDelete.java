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
 * {@code memif_delete}: deletes a memif interface.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record MemifDelete(long swIfIndex) implements VppRequest<MemifDeleteReply> {
    public static final String NAME = "memif_delete";
    public static final String CRC = "0xf9e6675e";
    public static final String NAME_CRC = "memif_delete_f9e6675e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 14;
    public static final MessageType<MemifDelete> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, SIZE, MemifDelete::decode);

    public MemifDelete {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<MemifDelete> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifDeleteReply> replyType() {
        return MemifDeleteReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
    }

    public static MemifDelete decode(final WireReader in) {
        final long swIfIndex = in.u32();
        return new MemifDelete(swIfIndex);
    }
}

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
 * {@code memif_create}: the v1 form of {@link MemifCreateV2}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param role {@code role} (u32 memif_role, see {@link MemifRole})
 * @param mode {@code mode} (u32 memif_mode, see {@link MemifMode})
 * @param rxQueues {@code rx_queues} (u8)
 * @param txQueues {@code tx_queues} (u8)
 * @param id {@code id} (u32)
 * @param socketId {@code socket_id} (u32)
 * @param ringSize {@code ring_size} (u32)
 * @param bufferSize {@code buffer_size} (u16)
 * @param noZeroCopy {@code no_zero_copy} (bool)
 * @param hwAddr {@code hw_addr} (mac_address)
 * @param secret {@code secret} (string[24])
 */
public record MemifCreate(
        long role, long mode, int rxQueues, int txQueues, long id, long socketId, long ringSize, int bufferSize,
        boolean noZeroCopy, MacAddress hwAddr, String secret) implements VppRequest<MemifCreateReply> {
    public static final String NAME = "memif_create";
    public static final String CRC = "0xb1b25061";
    public static final String NAME_CRC = "memif_create_b1b25061";
    /** Body size in bytes, header included. */
    public static final int SIZE = 65;
    public static final MessageType<MemifCreate> TYPE =
        MessageType.request(NAME, CRC, Plugins.MEMIF, SIZE, MemifCreate::decode);

    public MemifCreate {
        Wire.checkU32(role, "role");
        Wire.checkU32(mode, "mode");
        Wire.checkU8(rxQueues, "rxQueues");
        Wire.checkU8(txQueues, "txQueues");
        Wire.checkU32(id, "id");
        Wire.checkU32(socketId, "socketId");
        Wire.checkU32(ringSize, "ringSize");
        Wire.checkU16(bufferSize, "bufferSize");
        Objects.requireNonNull(hwAddr, "hwAddr");
        Wire.checkFixedString(secret, 24, "secret");
    }

    @Override
    public MessageType<MemifCreate> type() {
        return TYPE;
    }

    @Override
    public MessageType<MemifCreateReply> replyType() {
        return MemifCreateReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(role);
        out.u32(mode);
        out.u8(rxQueues);
        out.u8(txQueues);
        out.u32(id);
        out.u32(socketId);
        out.u32(ringSize);
        out.u16(bufferSize);
        out.bool(noZeroCopy);
        hwAddr.encode(out);
        out.fixedString(secret, 24);
    }

    public static MemifCreate decode(final WireReader in) {
        final long role = in.u32();
        final long mode = in.u32();
        final int rxQueues = in.u8();
        final int txQueues = in.u8();
        final long id = in.u32();
        final long socketId = in.u32();
        final long ringSize = in.u32();
        final int bufferSize = in.u16();
        final boolean noZeroCopy = in.bool();
        final MacAddress hwAddr = MacAddress.decode(in);
        final String secret = in.fixedString(24);
        return new MemifCreate(
            role, mode, rxQueues, txQueues, id, socketId, ringSize, bufferSize, noZeroCopy, hwAddr, secret);
    }
}

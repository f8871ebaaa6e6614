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
 * {@code af_packet_create_v3}: attaches VPP to a host interface (one end of a veth pair) as
 * {@code host-<name>}.
 *
 * @param mode {@code mode} (u32 af_packet_mode, see {@link AfPacketMode})
 * @param hwAddr {@code hw_addr} (mac_address)
 * @param useRandomHwAddr {@code use_random_hw_addr} (bool)
 * @param hostIfName {@code host_if_name} (string[64])
 * @param rxFrameSize {@code rx_frame_size} (u32)
 * @param txFrameSize {@code tx_frame_size} (u32)
 * @param rxFramesPerBlock {@code rx_frames_per_block} (u32)
 * @param txFramesPerBlock {@code tx_frames_per_block} (u32)
 * @param flags {@code flags} (u32 af_packet_flags, see {@link AfPacketFlags})
 * @param numRxQueues {@code num_rx_queues} (u16)
 * @param numTxQueues {@code num_tx_queues} (u16)
 */
public record AfPacketCreateV3(
        long mode, MacAddress hwAddr, boolean useRandomHwAddr, String hostIfName, long rxFrameSize, long txFrameSize,
        long rxFramesPerBlock, long txFramesPerBlock, long flags, int numRxQueues, int numTxQueues)
        implements VppRequest<AfPacketCreateV3Reply> {
    public static final String NAME = "af_packet_create_v3";
    public static final String CRC = "0xb3a809d4";
    public static final String NAME_CRC = "af_packet_create_v3_b3a809d4";
    /** Body size in bytes, header included. */
    public static final int SIZE = 109;
    public static final MessageType<AfPacketCreateV3> TYPE =
        MessageType.request(NAME, CRC, Plugins.AF_PACKET, SIZE, AfPacketCreateV3::decode);

    public AfPacketCreateV3 {
        Wire.checkU32(mode, "mode");
        Objects.requireNonNull(hwAddr, "hwAddr");
        Wire.checkFixedString(hostIfName, 64, "hostIfName");
        Wire.checkU32(rxFrameSize, "rxFrameSize");
        Wire.checkU32(txFrameSize, "txFrameSize");
        Wire.checkU32(rxFramesPerBlock, "rxFramesPerBlock");
        Wire.checkU32(txFramesPerBlock, "txFramesPerBlock");
        Wire.checkU32(flags, "flags");
        Wire.checkU16(numRxQueues, "numRxQueues");
        Wire.checkU16(numTxQueues, "numTxQueues");
    }

    @Override
    public MessageType<AfPacketCreateV3> type() {
        return TYPE;
    }

    @Override
    public MessageType<AfPacketCreateV3Reply> replyType() {
        return AfPacketCreateV3Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(mode);
        hwAddr.encode(out);
        out.bool(useRandomHwAddr);
        out.fixedString(hostIfName, 64);
        out.u32(rxFrameSize);
        out.u32(txFrameSize);
        out.u32(rxFramesPerBlock);
        out.u32(txFramesPerBlock);
        out.u32(flags);
        out.u16(numRxQueues);
        out.u16(numTxQueues);
    }

    public static AfPacketCreateV3 decode(final WireReader in) {
        final long mode = in.u32();
        final MacAddress hwAddr = MacAddress.decode(in);
        final boolean useRandomHwAddr = in.bool();
        final String hostIfName = in.fixedString(64);
        final long rxFrameSize = in.u32();
        final long txFrameSize = in.u32();
        final long rxFramesPerBlock = in.u32();
        final long txFramesPerBlock = in.u32();
        final long flags = in.u32();
        final int numRxQueues = in.u16();
        final int numTxQueues = in.u16();
        return new AfPacketCreateV3(
            mode, hwAddr, useRandomHwAddr, hostIfName, rxFrameSize, txFrameSize, rxFramesPerBlock, txFramesPerBlock,
            flags, numRxQueues, numTxQueues);
    }
}

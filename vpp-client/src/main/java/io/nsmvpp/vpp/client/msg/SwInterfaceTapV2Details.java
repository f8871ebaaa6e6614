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
 * {@code sw_interface_tap_v2_details}: one tap interface of a
 * {@link SwInterfaceTapV2Dump}.
 *
 * @param swIfIndex {@code sw_if_index} (u32)
 * @param id {@code id} (u32)
 * @param txRingSz {@code tx_ring_sz} (u16)
 * @param rxRingSz {@code rx_ring_sz} (u16)
 * @param hostMtuSize {@code host_mtu_size} (u32)
 * @param hostMacAddr {@code host_mac_addr} (mac_address)
 * @param hostIp4Prefix {@code host_ip4_prefix} (ip4_address_with_prefix)
 * @param hostIp6Prefix {@code host_ip6_prefix} (ip6_address_with_prefix)
 * @param tapFlags {@code tap_flags} (u32 tap_flags, see {@link TapFlags})
 * @param devName {@code dev_name} (string[64])
 * @param hostIfName {@code host_if_name} (string[64])
 * @param hostNamespace {@code host_namespace} (string[64])
 * @param hostBridge {@code host_bridge} (string[64])
 */
public record SwInterfaceTapV2Details(
        long swIfIndex, long id, int txRingSz, int rxRingSz, long hostMtuSize, MacAddress hostMacAddr,
        Ip4Prefix hostIp4Prefix, Ip6Prefix hostIp6Prefix, long tapFlags, String devName, String hostIfName,
        String hostNamespace, String hostBridge) implements VppMessage {
    public static final String NAME = "sw_interface_tap_v2_details";
    public static final String CRC = "0x1e2b2a47";
    public static final String NAME_CRC = "sw_interface_tap_v2_details_1e2b2a47";
    /** Body size in bytes, header included. */
    public static final int SIZE = 310;
    public static final MessageType<SwInterfaceTapV2Details> TYPE =
        MessageType.details(NAME, CRC, Plugins.TAP, SIZE, SwInterfaceTapV2Details::decode);

    public SwInterfaceTapV2Details {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(id, "id");
        Wire.checkU16(txRingSz, "txRingSz");
        Wire.checkU16(rxRingSz, "rxRingSz");
        Wire.checkU32(hostMtuSize, "hostMtuSize");
        Objects.requireNonNull(hostMacAddr, "hostMacAddr");
        Objects.requireNonNull(hostIp4Prefix, "hostIp4Prefix");
        Objects.requireNonNull(hostIp6Prefix, "hostIp6Prefix");
        Wire.checkU32(tapFlags, "tapFlags");
        Wire.checkFixedString(devName, 64, "devName");
        Wire.checkFixedString(hostIfName, 64, "hostIfName");
        Wire.checkFixedString(hostNamespace, 64, "hostNamespace");
        Wire.checkFixedString(hostBridge, 64, "hostBridge");
    }

    @Override
    public MessageType<SwInterfaceTapV2Details> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.u32(id);
        out.u16(txRingSz);
        out.u16(rxRingSz);
        out.u32(hostMtuSize);
        hostMacAddr.encode(out);
        hostIp4Prefix.encode(out);
        hostIp6Prefix.encode(out);
        out.u32(tapFlags);
        out.fixedString(devName, 64);
        out.fixedString(hostIfName, 64);
        out.fixedString(hostNamespace, 64);
        out.fixedString(hostBridge, 64);
    }

    public static SwInterfaceTapV2Details decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final long id = in.u32();
        final int txRingSz = in.u16();
        final int rxRingSz = in.u16();
        final long hostMtuSize = in.u32();
        final MacAddress hostMacAddr = MacAddress.decode(in);
        final Ip4Prefix hostIp4Prefix = Ip4Prefix.decode(in);
        final Ip6Prefix hostIp6Prefix = Ip6Prefix.decode(in);
        final long tapFlags = in.u32();
        final String devName = in.fixedString(64);
        final String hostIfName = in.fixedString(64);
        final String hostNamespace = in.fixedString(64);
        final String hostBridge = in.fixedString(64);
        return new SwInterfaceTapV2Details(
            swIfIndex, id, txRingSz, rxRingSz, hostMtuSize, hostMacAddr, hostIp4Prefix, hostIp6Prefix, tapFlags,
            devName, hostIfName, hostNamespace, hostBridge);
    }
}

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
 * {@code tap_create_v2}: the v2 form of {@link TapCreateV3}.
 * Deprecated in VPP v26.06; kept for completeness of the simulator and tests.
 *
 * @param id {@code id} (u32)
 * @param useRandomMac {@code use_random_mac} (bool)
 * @param macAddress {@code mac_address} (mac_address)
 * @param numRxQueues {@code num_rx_queues} (u8)
 * @param txRingSz {@code tx_ring_sz} (u16)
 * @param rxRingSz {@code rx_ring_sz} (u16)
 * @param hostMtuSet {@code host_mtu_set} (bool)
 * @param hostMtuSize {@code host_mtu_size} (u32)
 * @param hostMacAddrSet {@code host_mac_addr_set} (bool)
 * @param hostMacAddr {@code host_mac_addr} (mac_address)
 * @param hostIp4PrefixSet {@code host_ip4_prefix_set} (bool)
 * @param hostIp4Prefix {@code host_ip4_prefix} (ip4_address_with_prefix)
 * @param hostIp6PrefixSet {@code host_ip6_prefix_set} (bool)
 * @param hostIp6Prefix {@code host_ip6_prefix} (ip6_address_with_prefix)
 * @param hostIp4GwSet {@code host_ip4_gw_set} (bool)
 * @param hostIp4Gw {@code host_ip4_gw} (ip4_address)
 * @param hostIp6GwSet {@code host_ip6_gw_set} (bool)
 * @param hostIp6Gw {@code host_ip6_gw} (ip6_address)
 * @param tapFlags {@code tap_flags} (u32 tap_flags, see {@link TapFlags})
 * @param hostNamespaceSet {@code host_namespace_set} (bool)
 * @param hostNamespace {@code host_namespace} (string[64])
 * @param hostIfNameSet {@code host_if_name_set} (bool)
 * @param hostIfName {@code host_if_name} (string[64])
 * @param hostBridgeSet {@code host_bridge_set} (bool)
 * @param hostBridge {@code host_bridge} (string[64])
 * @param tag {@code tag} (string[])
 */
public record TapCreateV2(
        long id, boolean useRandomMac, MacAddress macAddress, int numRxQueues, int txRingSz, int rxRingSz,
        boolean hostMtuSet, long hostMtuSize, boolean hostMacAddrSet, MacAddress hostMacAddr,
        boolean hostIp4PrefixSet, Ip4Prefix hostIp4Prefix, boolean hostIp6PrefixSet, Ip6Prefix hostIp6Prefix,
        boolean hostIp4GwSet, Ip4Address hostIp4Gw, boolean hostIp6GwSet, Ip6Address hostIp6Gw, long tapFlags,
        boolean hostNamespaceSet, String hostNamespace, boolean hostIfNameSet, String hostIfName,
        boolean hostBridgeSet, String hostBridge, String tag) implements VppRequest<TapCreateV2Reply> {
    public static final String NAME = "tap_create_v2";
    public static final String CRC = "0x2d0d6570";
    public static final String NAME_CRC = "tap_create_v2_2d0d6570";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 287;
    public static final MessageType<TapCreateV2> TYPE =
        MessageType.request(NAME, CRC, Plugins.TAP, MIN_SIZE, TapCreateV2::decode);

    public TapCreateV2 {
        Wire.checkU32(id, "id");
        Objects.requireNonNull(macAddress, "macAddress");
        Wire.checkU8(numRxQueues, "numRxQueues");
        Wire.checkU16(txRingSz, "txRingSz");
        Wire.checkU16(rxRingSz, "rxRingSz");
        Wire.checkU32(hostMtuSize, "hostMtuSize");
        Objects.requireNonNull(hostMacAddr, "hostMacAddr");
        Objects.requireNonNull(hostIp4Prefix, "hostIp4Prefix");
        Objects.requireNonNull(hostIp6Prefix, "hostIp6Prefix");
        Objects.requireNonNull(hostIp4Gw, "hostIp4Gw");
        Objects.requireNonNull(hostIp6Gw, "hostIp6Gw");
        Wire.checkU32(tapFlags, "tapFlags");
        Wire.checkFixedString(hostNamespace, 64, "hostNamespace");
        Wire.checkFixedString(hostIfName, 64, "hostIfName");
        Wire.checkFixedString(hostBridge, 64, "hostBridge");
        Objects.requireNonNull(tag, "tag");
    }

    @Override
    public MessageType<TapCreateV2> type() {
        return TYPE;
    }

    @Override
    public MessageType<TapCreateV2Reply> replyType() {
        return TapCreateV2Reply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(id);
        out.bool(useRandomMac);
        macAddress.encode(out);
        out.u8(numRxQueues);
        out.u16(txRingSz);
        out.u16(rxRingSz);
        out.bool(hostMtuSet);
        out.u32(hostMtuSize);
        out.bool(hostMacAddrSet);
        hostMacAddr.encode(out);
        out.bool(hostIp4PrefixSet);
        hostIp4Prefix.encode(out);
        out.bool(hostIp6PrefixSet);
        hostIp6Prefix.encode(out);
        out.bool(hostIp4GwSet);
        hostIp4Gw.encode(out);
        out.bool(hostIp6GwSet);
        hostIp6Gw.encode(out);
        out.u32(tapFlags);
        out.bool(hostNamespaceSet);
        out.fixedString(hostNamespace, 64);
        out.bool(hostIfNameSet);
        out.fixedString(hostIfName, 64);
        out.bool(hostBridgeSet);
        out.fixedString(hostBridge, 64);
        out.variableString(tag);
    }

    public static TapCreateV2 decode(final WireReader in) {
        final long id = in.u32();
        final boolean useRandomMac = in.bool();
        final MacAddress macAddress = MacAddress.decode(in);
        final int numRxQueues = in.u8();
        final int txRingSz = in.u16();
        final int rxRingSz = in.u16();
        final boolean hostMtuSet = in.bool();
        final long hostMtuSize = in.u32();
        final boolean hostMacAddrSet = in.bool();
        final MacAddress hostMacAddr = MacAddress.decode(in);
        final boolean hostIp4PrefixSet = in.bool();
        final Ip4Prefix hostIp4Prefix = Ip4Prefix.decode(in);
        final boolean hostIp6PrefixSet = in.bool();
        final Ip6Prefix hostIp6Prefix = Ip6Prefix.decode(in);
        final boolean hostIp4GwSet = in.bool();
        final Ip4Address hostIp4Gw = Ip4Address.decode(in);
        final boolean hostIp6GwSet = in.bool();
        final Ip6Address hostIp6Gw = Ip6Address.decode(in);
        final long tapFlags = in.u32();
        final boolean hostNamespaceSet = in.bool();
        final String hostNamespace = in.fixedString(64);
        final boolean hostIfNameSet = in.bool();
        final String hostIfName = in.fixedString(64);
        final boolean hostBridgeSet = in.bool();
        final String hostBridge = in.fixedString(64);
        final String tag = in.variableString();
        return new TapCreateV2(
            id, useRandomMac, macAddress, numRxQueues, txRingSz, rxRingSz, hostMtuSet, hostMtuSize, hostMacAddrSet,
            hostMacAddr, hostIp4PrefixSet, hostIp4Prefix, hostIp6PrefixSet, hostIp6Prefix, hostIp4GwSet, hostIp4Gw,
            hostIp6GwSet, hostIp6Gw, tapFlags, hostNamespaceSet, hostNamespace, hostIfNameSet, hostIfName,
            hostBridgeSet, hostBridge, tag);
    }
}

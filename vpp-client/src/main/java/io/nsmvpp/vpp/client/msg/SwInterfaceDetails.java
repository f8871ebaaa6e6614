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
 * {@code sw_interface_details}: one interface of a {@link SwInterfaceDump}, with its name,
 * dev type, flags and the 63-byte tag that makes VPP the record of ownership.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param supSwIfIndex {@code sup_sw_if_index} (u32)
 * @param l2Address {@code l2_address} (mac_address)
 * @param flags {@code flags} (u32 if_status_flags, see {@link IfStatusFlags})
 * @param ifType {@code type} (u32 if_type, see {@link IfType})
 * @param linkDuplex {@code link_duplex} (u32 link_duplex, see {@link LinkDuplex})
 * @param linkSpeed {@code link_speed} (u32)
 * @param linkMtu {@code link_mtu} (u16)
 * @param mtu {@code mtu} (u32[4])
 * @param subId {@code sub_id} (u32)
 * @param subNumberOfTags {@code sub_number_of_tags} (u8)
 * @param subOuterVlanId {@code sub_outer_vlan_id} (u16)
 * @param subInnerVlanId {@code sub_inner_vlan_id} (u16)
 * @param subIfFlags {@code sub_if_flags} (u32 sub_if_flags, see {@link SubIfFlags})
 * @param vtrOp {@code vtr_op} (u32)
 * @param vtrPushDot1q {@code vtr_push_dot1q} (u32)
 * @param vtrTag1 {@code vtr_tag1} (u32)
 * @param vtrTag2 {@code vtr_tag2} (u32)
 * @param outerTag {@code outer_tag} (u16)
 * @param bDmac {@code b_dmac} (mac_address)
 * @param bSmac {@code b_smac} (mac_address)
 * @param bVlanid {@code b_vlanid} (u16)
 * @param iSid {@code i_sid} (u32)
 * @param interfaceName {@code interface_name} (string[64])
 * @param interfaceDevType {@code interface_dev_type} (string[64])
 * @param tag {@code tag} (string[64])
 */
public record SwInterfaceDetails(
        long swIfIndex, long supSwIfIndex, MacAddress l2Address, long flags, long ifType, long linkDuplex,
        long linkSpeed, int linkMtu, InterfaceMtu mtu, long subId, int subNumberOfTags, int subOuterVlanId,
        int subInnerVlanId, long subIfFlags, long vtrOp, long vtrPushDot1q, long vtrTag1, long vtrTag2, int outerTag,
        MacAddress bDmac, MacAddress bSmac, int bVlanid, long iSid, String interfaceName, String interfaceDevType,
        String tag) implements VppMessage {
    public static final String NAME = "sw_interface_details";
    public static final String CRC = "0x6c221fc7";
    public static final String NAME_CRC = "sw_interface_details_6c221fc7";
    /** Body size in bytes, header included. */
    public static final int SIZE = 295;
    public static final MessageType<SwInterfaceDetails> TYPE =
        MessageType.details(NAME, CRC, MessageType.CORE, SIZE, SwInterfaceDetails::decode);

    public SwInterfaceDetails {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(supSwIfIndex, "supSwIfIndex");
        Objects.requireNonNull(l2Address, "l2Address");
        Wire.checkU32(flags, "flags");
        Wire.checkU32(ifType, "ifType");
        Wire.checkU32(linkDuplex, "linkDuplex");
        Wire.checkU32(linkSpeed, "linkSpeed");
        Wire.checkU16(linkMtu, "linkMtu");
        Objects.requireNonNull(mtu, "mtu");
        Wire.checkU32(subId, "subId");
        Wire.checkU8(subNumberOfTags, "subNumberOfTags");
        Wire.checkU16(subOuterVlanId, "subOuterVlanId");
        Wire.checkU16(subInnerVlanId, "subInnerVlanId");
        Wire.checkU32(subIfFlags, "subIfFlags");
        Wire.checkU32(vtrOp, "vtrOp");
        Wire.checkU32(vtrPushDot1q, "vtrPushDot1q");
        Wire.checkU32(vtrTag1, "vtrTag1");
        Wire.checkU32(vtrTag2, "vtrTag2");
        Wire.checkU16(outerTag, "outerTag");
        Objects.requireNonNull(bDmac, "bDmac");
        Objects.requireNonNull(bSmac, "bSmac");
        Wire.checkU16(bVlanid, "bVlanid");
        Wire.checkU32(iSid, "iSid");
        Wire.checkFixedString(interfaceName, 64, "interfaceName");
        Wire.checkFixedString(interfaceDevType, 64, "interfaceDevType");
        Wire.checkFixedString(tag, 64, "tag");
    }

    @Override
    public MessageType<SwInterfaceDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.u32(supSwIfIndex);
        l2Address.encode(out);
        out.u32(flags);
        out.u32(ifType);
        out.u32(linkDuplex);
        out.u32(linkSpeed);
        out.u16(linkMtu);
        mtu.encode(out);
        out.u32(subId);
        out.u8(subNumberOfTags);
        out.u16(subOuterVlanId);
        out.u16(subInnerVlanId);
        out.u32(subIfFlags);
        out.u32(vtrOp);
        out.u32(vtrPushDot1q);
        out.u32(vtrTag1);
        out.u32(vtrTag2);
        out.u16(outerTag);
        bDmac.encode(out);
        bSmac.encode(out);
        out.u16(bVlanid);
        out.u32(iSid);
        out.fixedString(interfaceName, 64);
        out.fixedString(interfaceDevType, 64);
        out.fixedString(tag, 64);
    }

    public static SwInterfaceDetails decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final long supSwIfIndex = in.u32();
        final MacAddress l2Address = MacAddress.decode(in);
        final long flags = in.u32();
        final long ifType = in.u32();
        final long linkDuplex = in.u32();
        final long linkSpeed = in.u32();
        final int linkMtu = in.u16();
        final InterfaceMtu mtu = InterfaceMtu.decode(in);
        final long subId = in.u32();
        final int subNumberOfTags = in.u8();
        final int subOuterVlanId = in.u16();
        final int subInnerVlanId = in.u16();
        final long subIfFlags = in.u32();
        final long vtrOp = in.u32();
        final long vtrPushDot1q = in.u32();
        final long vtrTag1 = in.u32();
        final long vtrTag2 = in.u32();
        final int outerTag = in.u16();
        final MacAddress bDmac = MacAddress.decode(in);
        final MacAddress bSmac = MacAddress.decode(in);
        final int bVlanid = in.u16();
        final long iSid = in.u32();
        final String interfaceName = in.fixedString(64);
        final String interfaceDevType = in.fixedString(64);
        final String tag = in.fixedString(64);
        return new SwInterfaceDetails(
            swIfIndex, supSwIfIndex, l2Address, flags, ifType, linkDuplex, linkSpeed, linkMtu, mtu, subId,
            subNumberOfTags, subOuterVlanId, subInnerVlanId, subIfFlags, vtrOp, vtrPushDot1q, vtrTag1, vtrTag2,
            outerTag, bDmac, bSmac, bVlanid, iSid, interfaceName, interfaceDevType, tag);
    }
}

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
 * {@code wireguard_interface_dump}: lists WireGuard interfaces; private keys are zero
 * unless {@code showPrivateKey}.
 *
 * @param showPrivateKey {@code show_private_key} (bool)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 */
public record WireguardInterfaceDump(
        boolean showPrivateKey, long swIfIndex) implements VppDump<WireguardInterfaceDetails> {
    public static final String NAME = "wireguard_interface_dump";
    public static final String CRC = "0x2c954158";
    public static final String NAME_CRC = "wireguard_interface_dump_2c954158";
    /** Body size in bytes, header included. */
    public static final int SIZE = 15;
    public static final MessageType<WireguardInterfaceDump> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardInterfaceDump::decode);

    public WireguardInterfaceDump {
        Wire.checkU32(swIfIndex, "swIfIndex");
    }

    @Override
    public MessageType<WireguardInterfaceDump> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardInterfaceDetails> detailsType() {
        return WireguardInterfaceDetails.TYPE;
    }

    /** Every WireGuard interface, private keys hidden. */
    public static WireguardInterfaceDump all() {
        return new WireguardInterfaceDump(false, Wire.U32_MAX);
    }

    @Override
    public void encode(final WireWriter out) {
        out.bool(showPrivateKey);
        out.u32(swIfIndex);
    }

    public static WireguardInterfaceDump decode(final WireReader in) {
        final boolean showPrivateKey = in.bool();
        final long swIfIndex = in.u32();
        return new WireguardInterfaceDump(showPrivateKey, swIfIndex);
    }
}

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
 * {@code wireguard_interface}: a WireGuard interface, 91 bytes. {@code userInstance} ~0 lets
 * VPP choose the instance.
 *
 * @param userInstance {@code user_instance} (u32)
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param privateKey {@code private_key} (u8[32])
 * @param publicKey {@code public_key} (u8[32])
 * @param port {@code port} (u16)
 * @param srcIp {@code src_ip} (address)
 */
public record WireguardInterface(
        long userInstance, long swIfIndex, WireguardKey privateKey, WireguardKey publicKey, int port, Address srcIp) {
    /** Size on the wire. */
    public static final int SIZE = 91;

    public WireguardInterface {
        Wire.checkU32(userInstance, "userInstance");
        Wire.checkU32(swIfIndex, "swIfIndex");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Wire.checkU16(port, "port");
        Objects.requireNonNull(srcIp, "srcIp");
    }

    public void encode(final WireWriter out) {
        out.u32(userInstance);
        out.u32(swIfIndex);
        privateKey.encode(out);
        publicKey.encode(out);
        out.u16(port);
        srcIp.encode(out);
    }

    public static WireguardInterface decode(final WireReader in) {
        final long userInstance = in.u32();
        final long swIfIndex = in.u32();
        final WireguardKey privateKey = WireguardKey.decode(in);
        final WireguardKey publicKey = WireguardKey.decode(in);
        final int port = in.u16();
        final Address srcIp = Address.decode(in);
        return new WireguardInterface(userInstance, swIfIndex, privateKey, publicKey, port, srcIp);
    }
}

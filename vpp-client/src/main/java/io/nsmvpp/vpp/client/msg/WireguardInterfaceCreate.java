/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.util.Objects;

/**
 * {@code wireguard_interface_create}: creates {@code wg<N>}.
 *
 * @param iface {@code interface} (wireguard_interface)
 * @param generateKey {@code generate_key} (bool)
 */
public record WireguardInterfaceCreate(
        WireguardInterface iface, boolean generateKey) implements VppRequest<WireguardInterfaceCreateReply> {
    public static final String NAME = "wireguard_interface_create";
    public static final String CRC = "0xa530137e";
    public static final String NAME_CRC = "wireguard_interface_create_a530137e";
    /** Body size in bytes, header included. */
    public static final int SIZE = 102;
    public static final MessageType<WireguardInterfaceCreate> TYPE =
        MessageType.request(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardInterfaceCreate::decode);

    public WireguardInterfaceCreate {
        Objects.requireNonNull(iface, "iface");
    }

    @Override
    public MessageType<WireguardInterfaceCreate> type() {
        return TYPE;
    }

    @Override
    public MessageType<WireguardInterfaceCreateReply> replyType() {
        return WireguardInterfaceCreateReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        iface.encode(out);
        out.bool(generateKey);
    }

    public static WireguardInterfaceCreate decode(final WireReader in) {
        final WireguardInterface iface = WireguardInterface.decode(in);
        final boolean generateKey = in.bool();
        return new WireguardInterfaceCreate(iface, generateKey);
    }
}

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
 * {@code wireguard_interface_details}: one interface of a
 * {@link WireguardInterfaceDump}.
 *
 * @param iface {@code interface} (wireguard_interface)
 */
public record WireguardInterfaceDetails(WireguardInterface iface) implements VppMessage {
    public static final String NAME = "wireguard_interface_details";
    public static final String CRC = "0x0dd4865d";
    public static final String NAME_CRC = "wireguard_interface_details_0dd4865d";
    /** Body size in bytes, header included. */
    public static final int SIZE = 97;
    public static final MessageType<WireguardInterfaceDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.WIREGUARD, SIZE, WireguardInterfaceDetails::decode);

    public WireguardInterfaceDetails {
        Objects.requireNonNull(iface, "iface");
    }

    @Override
    public MessageType<WireguardInterfaceDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        iface.encode(out);
    }

    public static WireguardInterfaceDetails decode(final WireReader in) {
        final WireguardInterface iface = WireguardInterface.decode(in);
        return new WireguardInterfaceDetails(iface);
    }
}

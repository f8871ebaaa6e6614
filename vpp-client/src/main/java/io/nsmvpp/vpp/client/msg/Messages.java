/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every message this client knows, as an immutable list: the client resolves their ids by {@code name_crc} at
 * each connect, and a simulator serves them. Not a registry: nothing is added at run time.
 */
public final class Messages {
    /** All message types, requests before their replies. */
    public static final List<MessageType<?>> ALL = List.of(
        SockclntCreate.TYPE,
        SockclntCreateReply.TYPE,
        SockclntDelete.TYPE,
        SockclntDeleteReply.TYPE,
        ControlPing.TYPE,
        ControlPingReply.TYPE,
        ShowVersion.TYPE,
        ShowVersionReply.TYPE,
        SwInterfaceDump.TYPE,
        SwInterfaceDetails.TYPE,
        SwInterfaceSetFlags.TYPE,
        SwInterfaceSetFlagsReply.TYPE,
        SwInterfaceTagAddDel.TYPE,
        SwInterfaceTagAddDelReply.TYPE,
        SwInterfaceAddDelAddress.TYPE,
        SwInterfaceAddDelAddressReply.TYPE,
        IpAddressDump.TYPE,
        IpAddressDetails.TYPE,
        CreateLoopback.TYPE,
        CreateLoopbackReply.TYPE,
        CreateLoopbackInstance.TYPE,
        CreateLoopbackInstanceReply.TYPE,
        DeleteLoopback.TYPE,
        DeleteLoopbackReply.TYPE,
        MemifSocketFilenameAddDel.TYPE,
        MemifSocketFilenameAddDelReply.TYPE,
        MemifSocketFilenameAddDelV2.TYPE,
        MemifSocketFilenameAddDelV2Reply.TYPE,
        MemifCreate.TYPE,
        MemifCreateReply.TYPE,
        MemifCreateV2.TYPE,
        MemifCreateV2Reply.TYPE,
        MemifDelete.TYPE,
        MemifDeleteReply.TYPE,
        MemifDump.TYPE,
        MemifDetails.TYPE,
        MemifSocketFilenameDump.TYPE,
        MemifSocketFilenameDetails.TYPE,
        TapCreateV2.TYPE,
        TapCreateV2Reply.TYPE,
        TapCreateV3.TYPE,
        TapCreateV3Reply.TYPE,
        TapDeleteV2.TYPE,
        TapDeleteV2Reply.TYPE,
        SwInterfaceTapV2Dump.TYPE,
        SwInterfaceTapV2Details.TYPE,
        VxlanAddDelTunnelV3.TYPE,
        VxlanAddDelTunnelV3Reply.TYPE,
        VxlanTunnelV2Dump.TYPE,
        VxlanTunnelV2Details.TYPE,
        WireguardInterfaceCreate.TYPE,
        WireguardInterfaceCreateReply.TYPE,
        WireguardInterfaceDelete.TYPE,
        WireguardInterfaceDeleteReply.TYPE,
        WireguardInterfaceDump.TYPE,
        WireguardInterfaceDetails.TYPE,
        WireguardPeerAdd.TYPE,
        WireguardPeerAddReply.TYPE,
        WireguardPeerAddV2.TYPE,
        WireguardPeerAddV2Reply.TYPE,
        WireguardPeerRemove.TYPE,
        WireguardPeerRemoveReply.TYPE,
        WireguardPeersDump.TYPE,
        WireguardPeersDetails.TYPE,
        WireguardPeersV2Dump.TYPE,
        WireguardPeersV2Details.TYPE,
        SwInterfaceSetL2Xconnect.TYPE,
        SwInterfaceSetL2XconnectReply.TYPE,
        L2XconnectDump.TYPE,
        L2XconnectDetails.TYPE,
        L3xcUpdate.TYPE,
        L3xcUpdateReply.TYPE,
        L3xcDel.TYPE,
        L3xcDelReply.TYPE,
        L3xcDump.TYPE,
        L3xcDetails.TYPE,
        L3xcPluginGetVersion.TYPE,
        L3xcPluginGetVersionReply.TYPE,
        WantInterfaceEvents.TYPE,
        WantInterfaceEventsReply.TYPE,
        SwInterfaceEvent.TYPE,
        GetApiJson.TYPE,
        GetApiJsonReply.TYPE,
        AfPacketCreateV3.TYPE,
        AfPacketCreateV3Reply.TYPE,
        AfPacketDelete.TYPE,
        AfPacketDeleteReply.TYPE,
        AfPacketDump.TYPE,
        AfPacketDetails.TYPE);

    private static final Map<String, MessageType<?>> BY_NAME_CRC = ALL.stream()
        .flatMap(type -> Stream.concat(Stream.of(type), type.olderForms().stream()))
        .collect(Collectors.toUnmodifiableMap(MessageType::nameCrc, Function.identity()));
    private static final Map<String, MessageType<?>> BY_NAME = ALL.stream()
        .collect(Collectors.toUnmodifiableMap(MessageType::name, Function.identity()));

    private Messages() {
        // utility class
    }

    /** The known message with this {@code name_crc}, today's or an older form, if any. */
    public static Optional<MessageType<?>> byNameCrc(final String nameCrc) {
        return Optional.ofNullable(BY_NAME_CRC.get(nameCrc));
    }

    /** The known message with this name, whatever its CRC, if any. */
    public static Optional<MessageType<?>> byName(final String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The messages of one plugin ({@link MessageType#CORE} for VPP's built-in ones). */
    public static List<MessageType<?>> ofPlugin(final String plugin) {
        return ALL.stream().filter(type -> type.plugin().equals(plugin)).toList();
    }
}

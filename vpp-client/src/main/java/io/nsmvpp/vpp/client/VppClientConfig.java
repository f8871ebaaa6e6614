/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.Plugins;
import io.nsmvpp.vpp.client.transport.Transport;
import io.nsmvpp.vpp.client.transport.UnixSocketTransport;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Settings of a {@link VppClient}. Start from {@link #of(Path)} and change what differs with the {@code with}
 * methods.
 *
 * @param transports makes one fresh transport per connect (and reconnect)
 * @param clientName the name VPP shows for this client (at most 63 bytes)
 * @param requestTimeout default timeout of every request and dump
 * @param connectTimeout timeout of the handshake and of the goodbye
 * @param plugins plugins the caller uses: their messages must be present and compatible at connect
 * @param checked messages whose presence is checked at connect (those of other plugins are skipped)
 * @param maxSendBody cap on one request body; VPP does not check sizes, so the client must
 * @param maxReceiveBody cap on one received body; a larger frame is a fault that closes the connection
 */
public record VppClientConfig(Supplier<Transport> transports, String clientName, Duration requestTimeout,
        Duration connectTimeout, Set<String> plugins, List<MessageType<?>> checked, int maxSendBody,
        int maxReceiveBody) {
    /**
     * Messages checked at connect by default: everything this client knows except the deprecated or in-progress
     * alternatives of messages it has newer forms of, and the optional api-json and l3xc version queries. A VPP
     * that drops those still serves every mechanism.
     */
    public static final List<MessageType<?>> ESSENTIAL = Messages.ALL.stream()
        .filter(type -> !Set.of("memif_socket_filename_add_del", "memif_socket_filename_add_del_reply",
            "memif_create", "memif_create_reply", "tap_create_v2", "tap_create_v2_reply", "wireguard_peer_add_v2",
            "wireguard_peer_add_v2_reply", "wireguard_peers_v2_dump", "wireguard_peers_v2_details",
            "l3xc_plugin_get_version", "l3xc_plugin_get_version_reply", "get_api_json", "get_api_json_reply")
            .contains(type.name()))
        .toList();

    public VppClientConfig {
        Objects.requireNonNull(transports, "transports");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        plugins = Set.copyOf(plugins);
        checked = List.copyOf(checked);
        if (maxSendBody <= 0 || maxReceiveBody <= 0) {
            throw new IllegalArgumentException("body caps must be positive");
        }
    }

    /**
     * Defaults for the VPP API socket at {@code socket}: a 5 s request timeout, every plugin required, 1 MiB send
     * and 16 MiB receive caps.
     */
    public static VppClientConfig of(final Path socket) {
        final int maxReceive = FrameCodec.DEFAULT_MAX_RECEIVE_BODY;
        return new VppClientConfig(() -> new UnixSocketTransport(socket, maxReceive, "vpp-client-reader " + socket),
            "nsm-vpp", Duration.ofSeconds(5), Duration.ofSeconds(5), Plugins.ALL, ESSENTIAL,
            FrameCodec.DEFAULT_MAX_BODY, maxReceive);
    }

    public VppClientConfig withClientName(final String value) {
        return new VppClientConfig(transports, value, requestTimeout, connectTimeout, plugins, checked, maxSendBody,
            maxReceiveBody);
    }

    public VppClientConfig withRequestTimeout(final Duration value) {
        return new VppClientConfig(transports, clientName, value, connectTimeout, plugins, checked, maxSendBody,
            maxReceiveBody);
    }

    public VppClientConfig withConnectTimeout(final Duration value) {
        return new VppClientConfig(transports, clientName, requestTimeout, value, plugins, checked, maxSendBody,
            maxReceiveBody);
    }

    /** Only these plugins' messages must be present; see {@link Plugins}. */
    public VppClientConfig withPlugins(final Set<String> value) {
        return new VppClientConfig(transports, clientName, requestTimeout, connectTimeout, value, checked,
            maxSendBody, maxReceiveBody);
    }

    public VppClientConfig withChecked(final List<MessageType<?>> value) {
        return new VppClientConfig(transports, clientName, requestTimeout, connectTimeout, plugins, value,
            maxSendBody, maxReceiveBody);
    }

    public VppClientConfig withMaxSendBody(final int value) {
        return new VppClientConfig(transports, clientName, requestTimeout, connectTimeout, plugins, checked, value,
            maxReceiveBody);
    }

    /** Another transport, for example an in-memory one in tests. */
    public VppClientConfig withTransports(final Supplier<Transport> value) {
        return new VppClientConfig(value, clientName, requestTimeout, connectTimeout, plugins, checked, maxSendBody,
            maxReceiveBody);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Ip4Address;
import io.nsmvpp.vpp.client.msg.Ip6Address;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.VppMessage;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract between the server and the plugins: a plugin {@link Plugin#register registers} one {@link Handler}
 * per request message into a {@link Table}, which the server dispatches by name_crc; a handler maps vpp-client's
 * request record onto its plugin's state and answers through its {@link Call}, filling every field as VPP v26.06
 * does. Also the conversions between vpp-client's address types and the simulator's.
 */
final class Handlers {
    /** What a handler needs from the server: where its replies go, and the run's constants. */
    interface Call {
        /** Sends a reply or a details message to the client the request named in its client_index. */
        void reply(VppMessage message);

        /** Sends a message of {@code type} whose fields after msg id and context are already encoded. */
        void replyEncoded(MessageType<?> type, byte[] fields);

        /** Subscribes or unsubscribes the request's client_index to interface events; returns the retval. */
        int wantInterfaceEvents(boolean enable, long pid);

        long vpePid();
    }

    @FunctionalInterface
    interface Handler<T extends VppMessage> {
        void handle(Call call, T request);
    }

    /** One VPP plugin (or vnet feature) of the simulator: its own state, and the handlers of its API messages. */
    interface Plugin {
        void register(Table table);
    }

    /** A request type and its handler; the reply type is what a failure injection answers with. */
    record Route<T extends VppMessage>(MessageType<T> type, MessageType<?> replyType, Handler<T> handler) {
        @SuppressWarnings("unchecked")
        void dispatch(final Call call, final VppMessage request) {
            handler.handle(call, (T) request);
        }
    }

    /** The handlers of one VPP run, by request name_crc; a message has one handler. */
    static final class Table {
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        /** Registers the handler of {@code type}; {@code replyType} is null for a dump (it answers with details). */
        <T extends VppMessage> void add(final MessageType<T> type, final MessageType<?> replyType,
                final Handler<T> handler) {
            if (routes.putIfAbsent(type.nameCrc(), new Route<>(type, replyType, handler)) != null) {
                throw new IllegalStateException(type.nameCrc() + " has two handlers");
            }
        }

        Collection<Route<?>> routes() {
            return routes.values();
        }
    }

    private Handlers() {
        // contract and conversions only
    }

    // ---------------------------------------------------------------- conversions

    static InetAddress inet(final Address address) {
        final byte[] bytes = address.un().toBytes();
        return IpPrefix.of(address.isIp6() ? bytes : Arrays.copyOf(bytes, 4));
    }

    static Address address(final InetAddress inet) {
        final byte[] bytes = inet.getAddress();
        if (inet instanceof Inet4Address) {
            return Address.of(new Ip4Address((bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16
                | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF));
        }
        return Address.of(Ip6Address.of(bytes));
    }

    static IpPrefix prefix(final Prefix prefix) {
        return new IpPrefix(inet(prefix.address()), prefix.len());
    }

    static Prefix prefix(final IpPrefix prefix) {
        return new Prefix(address(prefix.address()), prefix.length());
    }

    /** A u32 size field as an int; above Integer.MAX_VALUE it becomes -1, which every size check refuses. */
    static int u32ToInt(final long value) {
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}

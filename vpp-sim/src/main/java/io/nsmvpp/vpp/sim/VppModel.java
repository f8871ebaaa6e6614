/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.MessageType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated VPP run: the interface core and the plugins this VPP v26.06 runs, each with its own state and
 * handlers, as VPP's source tree has them, and the message ids of this run. It knows nothing of the wire: the server
 * decodes a request, looks its handler up with {@link #route(int)} and encodes what the handler replies. A restart
 * makes a new one. Single-threaded by design, like VPP's main thread.
 *
 * <p>A new plugin is a class implementing {@link Handlers.Plugin} (and {@link InterfaceCore.DeviceClass} when it
 * makes interfaces), added to the list below.
 */
final class VppModel {
    private static final Logger LOG = LoggerFactory.getLogger(VppModel.class);

    private final InterfaceCore core;
    private final MessageTable table;
    private final Map<Integer, Handlers.Route<?>> routes = new HashMap<>();
    private final IdentityHashMap<MessageType<?>, Integer> ids = new IdentityHashMap<>();

    VppModel(final long seed, final String runtimeDir, final Predicate<String> hostInterfaceExists,
            final boolean tapSupported, final MessageTable table) {
        this.table = table;
        core = new InterfaceCore(seed);
        final List<Handlers.Plugin> plugins = List.of(new VpePlugin(), new InterfacePlugin(core), new IpPlugin(core),
            new L2Plugin(core), new MemifPlugin(core, runtimeDir), new TapPlugin(core, tapSupported),
            new AfPacketPlugin(core, hostInterfaceExists), new VxlanPlugin(core), new WireguardPlugin(core),
            new L3xcPlugin(core));
        final Handlers.Table handlers = new Handlers.Table();
        for (Handlers.Plugin plugin : plugins) {
            plugin.register(handlers);
        }
        for (var route : handlers.routes()) {
            final int id = table.id(route.type().nameCrc());
            if (id < 0) {
                LOG.warn("{} is not in the v26.06 table: not served", route.type().nameCrc());
                continue;
            }
            routes.put(id, route);
        }
    }

    /** The message table of this run, as sockclnt_create_reply hands it out. */
    MessageTable table() {
        return table;
    }

    /** The handler of the request with this run's message id {@code id}, or null when none serves it. */
    Handlers.Route<?> route(final int id) {
        return routes.get(id);
    }

    /** This run's message id of {@code type}, or -1. */
    int idOf(final MessageType<?> type) {
        return ids.computeIfAbsent(type, t -> table.id(t.nameCrc()));
    }

    /** Gives the sw_if_index pool a VPP's history: see {@link Simulator.Builder#freeInterfaceIndexes(List)}. */
    void presetFreeInterfaceIndexes(final List<Integer> nextFirst) {
        core.presetFreeInterfaceIndexes(nextFirst);
    }

    int interfaceCount() {
        return core.interfaceCount();
    }

    /** Deletes any interface but local0, as an operator with vppctl would. Returns false when there is none. */
    boolean deleteOutOfBand(final long swIfIndex) {
        return core.deleteOutOfBand(swIfIndex);
    }

    boolean hasPendingEvents() {
        return core.hasPendingEvents();
    }

    /** One run of VPP's interface event process: see {@link InterfaceCore#drainEvents}. */
    void drainEvents(final InterfaceCore.EventSink sink) {
        core.drainEvents(sink);
    }
}

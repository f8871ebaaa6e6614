/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * One simulated VPP: the interface core and the plugins this VPP v26.06 runs, each with its own state and handlers,
 * as VPP's source tree has them. It knows nothing of the wire: the server decodes a request, looks its handler up in
 * {@link #routes()} and encodes what the handler replies. A restart makes a new one. Single-threaded by design,
 * like VPP's main thread.
 *
 * <p>A new plugin is a class implementing {@link Handlers.Plugin} (and {@link InterfaceCore.DeviceClass} when it
 * makes interfaces), added to the list below.
 */
final class VppModel {
    private final InterfaceCore core;
    private final Handlers.Table table = new Handlers.Table();

    VppModel(final long seed, final String runtimeDir, final Predicate<String> hostInterfaceExists,
            final boolean tapSupported) {
        core = new InterfaceCore(seed);
        final List<Handlers.Plugin> plugins = List.of(new VpePlugin(), new InterfacePlugin(core), new IpPlugin(core),
            new L2Plugin(core), new MemifPlugin(core, runtimeDir), new TapPlugin(core, tapSupported),
            new AfPacketPlugin(core, hostInterfaceExists), new VxlanPlugin(core), new WireguardPlugin(core),
            new L3xcPlugin(core));
        for (Handlers.Plugin plugin : plugins) {
            plugin.register(table);
        }
    }

    /** Every request this VPP serves, with its handler. */
    Collection<Handlers.Route<?>> routes() {
        return table.routes();
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

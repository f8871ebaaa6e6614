/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.L2XconnectDetails;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2XconnectReply;
import java.util.TreeMap;

/**
 * vnet's l2 cross-connects: an rx interface in xconnect mode sends what it receives to its tx interface. Neither
 * message checks the interface kind. Deleting an interface takes its own cross-connect and its tx peer's (whatever
 * that peer pointed at) back to L3; interfaces cross-connected <em>to</em> it keep the stale index.
 */
final class L2Plugin implements Handlers.Plugin {
    private final InterfaceCore core;
    /** rx sw_if_index to tx sw_if_index, in sw_if_index order as l2_xconnect_dump walks the interfaces. */
    private final TreeMap<Integer, Long> xconnects = new TreeMap<>();

    L2Plugin(final InterfaceCore core) {
        this.core = core;
        core.onDelete(iface -> {
            final Long tx = xconnects.remove(iface.swIfIndex);
            if (tx != null) {
                xconnects.remove(tx.intValue());
            }
        });
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(SwInterfaceSetL2Xconnect.TYPE, SwInterfaceSetL2XconnectReply.TYPE, (call, request) ->
            call.reply(new SwInterfaceSetL2XconnectReply(setL2Xconnect(request.rxSwIfIndex(), request.txSwIfIndex(),
                request.enable()))));
        table.add(L2XconnectDump.TYPE, null, (call, request) ->
            xconnects.forEach((rx, tx) -> call.reply(new L2XconnectDetails(rx, tx))));
    }

    /** Enabling needs both interfaces; disabling ignores tx. */
    int setL2Xconnect(final long rx, final long tx, final boolean enable) {
        final Iface rxIface = core.iface(rx);
        if (rxIface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (!enable) {
            xconnects.remove(rxIface.swIfIndex);
            return Retval.OK;
        }
        if (core.iface(tx) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        xconnects.put(rxIface.swIfIndex, tx);
        return Retval.OK;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.AfPacketCreateV3;
import io.nsmvpp.vpp.client.msg.AfPacketCreateV3Reply;
import io.nsmvpp.vpp.client.msg.AfPacketDelete;
import io.nsmvpp.vpp.client.msg.AfPacketDeleteReply;
import io.nsmvpp.vpp.client.msg.AfPacketDetails;
import io.nsmvpp.vpp.client.msg.AfPacketDump;
import io.nsmvpp.vpp.sim.InterfaceCore.Created;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The af_packet plugin: {@code host-<name>} interfaces on host interfaces, one per host interface. Any host
 * interface exists unless the simulator was told otherwise.
 */
final class AfPacketPlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    /** Born link up (VPP sets the host interface up); after that the link follows admin, as for a tap. */
    record AfPacket(int poolIndex, String hostIfName) implements Iface.Device {
    }

    private final InterfaceCore core;
    private final Predicate<String> hostInterfaceExists;
    private final Pool pool = new Pool();
    private final Map<String, Iface> byHost = new HashMap<>();

    AfPacketPlugin(final InterfaceCore core, final Predicate<String> hostInterfaceExists) {
        this.core = core;
        this.hostInterfaceExists = hostInterfaceExists;
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(AfPacketCreateV3.TYPE, AfPacketCreateV3Reply.TYPE, (call, request) -> {
            final var created = afPacketCreate(request.mode() > 2 ? 0 : (int) request.mode(), request.hostIfName(),
                request.hwAddr().toBytes(), request.useRandomHwAddr());
            call.reply(new AfPacketCreateV3Reply(created.retval(), created.swIfIndex()));
        });
        table.add(AfPacketDelete.TYPE, AfPacketDeleteReply.TYPE, (call, request) ->
            call.reply(new AfPacketDeleteReply(afPacketDelete(request.hostIfName()))));
        table.add(AfPacketDump.TYPE, null, (call, request) -> {
            final List<Iface> all = new ArrayList<>(byHost.values());
            all.sort((a, b) -> Integer.compare(((AfPacket) a.device).poolIndex(), ((AfPacket) b.device).poolIndex()));
            for (Iface iface : all) {
                call.reply(new AfPacketDetails(iface.swIfIndex, ((AfPacket) iface.device).hostIfName()));
            }
        });
    }

    /**
     * af_packet_create_v3: mode 1 ethernet, 2 ip. A duplicate answers -79 with the existing index, a missing host
     * interface -71 with index 0.
     */
    Created afPacketCreate(final int mode, final String hostIfName, final byte[] hwAddr,
            final boolean useRandomHwAddr) {
        if (mode != 1 && mode != 2) {
            return Created.fail(Retval.INVALID_VALUE, InterfaceCore.NONE);
        }
        if (hostIfName.isEmpty() || !hostInterfaceExists.test(hostIfName)) {
            return Created.fail(Retval.INVALID_INTERFACE, 0);
        }
        final Iface existing = byHost.get(hostIfName);
        if (existing != null) {
            return Created.fail(Retval.IF_ALREADY_EXISTS, existing.swIfIndex);
        }
        final boolean ip = mode == 2;
        final byte[] mac = ip ? new byte[6] : useRandomHwAddr ? core.randomMac() : hwAddr.clone();
        final Iface iface = core.register("host-" + hostIfName, "af-packet", mac, ip ? 0 : InterfaceCore.DEFAULT_MTU,
            this, new AfPacket(pool.get(), hostIfName), false, true);
        byHost.put(hostIfName, iface);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    /** af_packet_delete takes the host name, not {@code host-<name>}; an unknown one gives -11. */
    int afPacketDelete(final String hostIfName) {
        final Iface iface = byHost.remove(hostIfName);
        if (iface == null) {
            return Retval.SYSCALL_ERROR_1;
        }
        pool.put(((AfPacket) iface.device).poolIndex());
        core.unregister(iface);
        return Retval.OK;
    }

    @Override
    public void delete(final Iface iface) {
        afPacketDelete(((AfPacket) iface.device).hostIfName());
    }
}

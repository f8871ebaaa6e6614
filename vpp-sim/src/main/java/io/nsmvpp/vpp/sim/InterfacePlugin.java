/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackInstance;
import io.nsmvpp.vpp.client.msg.CreateLoopbackInstanceReply;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.InterfaceMtu;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlagsReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDelReply;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.msg.WantInterfaceEventsReply;
import io.nsmvpp.vpp.client.wire.WireWriter;
import io.nsmvpp.vpp.sim.Handlers.Call;
import java.util.BitSet;
import java.util.Locale;

/**
 * vnet's interface API (interface.api) over {@link InterfaceCore}: the interface dump, admin state, tags and event
 * subscriptions, plus the loopback interfaces (vnet's ethernet code), which no plugin owns.
 */
final class InterfacePlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    static final int LOOPBACK_MAX_INSTANCE = 16383;

    record Loopback(int instance) implements Iface.Device {
    }

    private final InterfaceCore core;
    private final BitSet loopInstances = new BitSet();

    InterfacePlugin(final InterfaceCore core) {
        this.core = core;
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(SwInterfaceDump.TYPE, null, this::swInterfaceDump);
        table.add(SwInterfaceSetFlags.TYPE, SwInterfaceSetFlagsReply.TYPE, (call, request) ->
            call.reply(new SwInterfaceSetFlagsReply(core.setFlags(request.swIfIndex(), request.flags()))));
        table.add(SwInterfaceTagAddDel.TYPE, SwInterfaceTagAddDelReply.TYPE, (call, request) ->
            call.reply(new SwInterfaceTagAddDelReply(core.tag(request.swIfIndex(), request.isAdd(),
                request.tag()))));
        table.add(WantInterfaceEvents.TYPE, WantInterfaceEventsReply.TYPE, (call, request) ->
            call.reply(new WantInterfaceEventsReply(call.wantInterfaceEvents(request.enableDisable() != 0,
                request.pid()))));
        table.add(CreateLoopback.TYPE, CreateLoopbackReply.TYPE, (call, request) -> {
            final var created = createLoopback(request.macAddress().toBytes(), false, 0);
            call.reply(new CreateLoopbackReply(created.retval(), created.swIfIndex()));
        });
        table.add(CreateLoopbackInstance.TYPE, CreateLoopbackInstanceReply.TYPE, (call, request) -> {
            final var created = createLoopback(request.macAddress().toBytes(), request.isSpecified(),
                request.userInstance());
            call.reply(new CreateLoopbackInstanceReply(created.retval(), created.swIfIndex()));
        });
        table.add(DeleteLoopback.TYPE, DeleteLoopbackReply.TYPE, (call, request) ->
            call.reply(new DeleteLoopbackReply(deleteLoopback(request.swIfIndex()))));
    }

    // ---------------------------------------------------------------- sw_interface_dump

    private static SwInterfaceDetails details(final Iface iface) {
        return new SwInterfaceDetails(iface.swIfIndex, iface.swIfIndex, MacAddress.of(iface.mac), iface.flags(), 0,
            0, 0, iface.linkMtu, iface.linkMtu == 0 ? InterfaceMtu.ZERO : new InterfaceMtu(iface.linkMtu, 0, 0, 0),
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MacAddress.ZERO, MacAddress.ZERO, 0, 0, iface.name, iface.devType,
            iface.tag);
    }

    /**
     * With a sw_if_index other than ~0 only that interface is sent, filter ignored; otherwise every interface whose
     * name contains the filter, ignoring case, when {@code name_filter_valid}.
     */
    private void swInterfaceDump(final Call call, final SwInterfaceDump request) {
        // As VPP's handler: an index selects one interface only without a name filter, and 0 means "all" like ~0
        // (a legacy kept by interface_api.c), so a dump for sw_if_index 0 does not return local0 alone.
        if (!request.nameFilterValid() && request.swIfIndex() != InterfaceCore.NONE && request.swIfIndex() != 0) {
            final Iface iface = core.iface(request.swIfIndex());
            if (iface != null) {
                call.replyEncoded(SwInterfaceDetails.TYPE, encodedDetails(iface));
            }
            return;
        }
        final String filter = request.nameFilterValid() ? request.nameFilter().toLowerCase(Locale.ROOT) : null;
        core.forEachIface(iface -> {
            if (filter == null || iface.name.toLowerCase(Locale.ROOT).contains(filter)) {
                call.replyEncoded(SwInterfaceDetails.TYPE, encodedDetails(iface));
            }
        });
    }

    private static byte[] encodedDetails(final Iface iface) {
        byte[] cached = iface.detailsCache;
        if (cached == null) {
            final var out = new WireWriter(SwInterfaceDetails.SIZE, SwInterfaceDetails.SIZE);
            details(iface).encode(out);
            cached = out.toByteArray();
            iface.detailsCache = cached;
        }
        return cached;
    }

    // ---------------------------------------------------------------- loopback

    InterfaceCore.Created createLoopback(final byte[] mac, final boolean specified, final long userInstance) {
        final int instance;
        if (specified) {
            if (userInstance > LOOPBACK_MAX_INSTANCE || loopInstances.get((int) userInstance)) {
                return InterfaceCore.Created.fail(Retval.INVALID_REGISTRATION, InterfaceCore.NONE);
            }
            instance = (int) userInstance;
        } else {
            instance = loopInstances.nextClearBit(0);
            if (instance > LOOPBACK_MAX_INSTANCE) {
                // as loopback_instance_alloc: every instance is taken
                return InterfaceCore.Created.fail(Retval.INVALID_REGISTRATION, InterfaceCore.NONE);
            }
        }
        loopInstances.set(instance);
        final byte[] address = InterfaceCore.isZero(mac)
            ? new byte[] { (byte) 0xde, (byte) 0xad, 0, 0, 0, (byte) instance } : mac.clone();
        final Iface iface = core.register("loop" + instance, "Loopback", address, InterfaceCore.DEFAULT_MTU, this,
            new Loopback(instance), false, false);
        return new InterfaceCore.Created(Retval.OK, iface.swIfIndex);
    }

    int deleteLoopback(final long swIfIndex) {
        final Iface iface = core.iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Loopback loopback)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        loopInstances.clear(loopback.instance());
        core.unregister(iface);
        return Retval.OK;
    }

    @Override
    public void delete(final Iface iface) {
        deleteLoopback(iface.swIfIndex);
    }
}

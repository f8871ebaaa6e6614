/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3Reply;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import io.nsmvpp.vpp.sim.InterfaceCore.Created;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The vxlan plugin: {@code vxlan_tunnel<instance>} interfaces, found by their key for a delete. */
final class VxlanPlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    static final int VXLAN_DEFAULT_PORT = 4789;

    record Vxlan(int poolIndex, int instance, InetAddress src, InetAddress dst, int srcPort, int dstPort,
            long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni, boolean l3) implements Iface.Device {
    }

    record VxlanArgs(boolean add, long instance, InetAddress src, InetAddress dst, int srcPort, int dstPort,
            long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni, boolean l3) {
    }

    private final InterfaceCore core;
    private final Pool pool = new Pool();
    private final BitSet instances = new BitSet();
    private final Map<List<Object>, Iface> byKey = new HashMap<>();

    VxlanPlugin(final InterfaceCore core) {
        this.core = core;
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(VxlanAddDelTunnelV3.TYPE, VxlanAddDelTunnelV3Reply.TYPE, (call, request) -> {
            final var created = vxlan(new VxlanArgs(request.isAdd(), request.instance(),
                Handlers.inet(request.srcAddress()), Handlers.inet(request.dstAddress()), request.srcPort(),
                request.dstPort(), request.mcastSwIfIndex(), request.encapVrfId(), request.decapNextIndex(),
                request.vni(), request.isL3()));
            call.reply(new VxlanAddDelTunnelV3Reply(created.retval(), created.swIfIndex()));
        });
        table.add(VxlanTunnelV2Dump.TYPE, null, (call, request) -> {
            final List<Iface> tunnels = core.ifacesOf(Vxlan.class, request.swIfIndex());
            tunnels.sort((a, b) -> Integer.compare(((Vxlan) a.device).poolIndex(), ((Vxlan) b.device).poolIndex()));
            for (Iface iface : tunnels) {
                final var v = (Vxlan) iface.device;
                call.reply(new VxlanTunnelV2Details(iface.swIfIndex, v.instance(), Handlers.address(v.src()),
                    Handlers.address(v.dst()), v.srcPort(), v.dstPort(), v.mcastSwIfIndex(), v.encapVrfId(),
                    v.decapNextIndex(), v.vni()));
            }
        });
    }

    private static List<Object> key(final InetAddress src, final InetAddress dst, final int srcPort,
            final int dstPort, final long vrf, final long vni) {
        return List.of(src, dst, srcPort, dstPort, vrf, vni);
    }

    /**
     * vxlan_add_del_tunnel_v3. The auto instance is the tunnel's pool index, so it can collide with an explicit
     * instance (-147); a delete finds the tunnel by its key and ignores {@code instance}.
     */
    Created vxlan(final VxlanArgs args) {
        final int srcPort = args.srcPort() == 0 ? VXLAN_DEFAULT_PORT : args.srcPort();
        final int dstPort = args.dstPort() == 0 ? VXLAN_DEFAULT_PORT : args.dstPort();
        final List<Object> key = key(args.src(), args.dst(), srcPort, dstPort, args.encapVrfId(), args.vni());
        // VPP's vxlan_add_del_tunnel_clean_input runs first, for deletes too, in this order.
        if (args.encapVrfId() != 0) {
            return Created.fail(Retval.NO_SUCH_FIB, InterfaceCore.NONE);
        }
        if (args.src() instanceof Inet4Address != args.dst() instanceof Inet4Address) {
            return Created.fail(Retval.INVALID_VALUE, InterfaceCore.NONE);
        }
        if (args.src().equals(args.dst())) {
            return Created.fail(Retval.SAME_SRC_DST, InterfaceCore.NONE);
        }
        if (args.dst().isMulticastAddress() && core.iface(args.mcastSwIfIndex()) == null) {
            return Created.fail(Retval.INVALID_SW_IF_INDEX, InterfaceCore.NONE);
        }
        if (!args.add()) {
            final Iface iface = byKey.get(key);
            if (iface == null) {
                return Created.fail(Retval.NO_SUCH_ENTRY, InterfaceCore.NONE);
            }
            delete(iface);
            return new Created(Retval.OK, iface.swIfIndex);
        }
        if (byKey.containsKey(key)) {
            return Created.fail(Retval.TUNNEL_EXIST, InterfaceCore.NONE);
        }
        final long decapNext = args.decapNextIndex() == InterfaceCore.NONE ? 1 : args.decapNextIndex();
        if (decapNext > 2) {
            return Created.fail(Retval.INVALID_DECAP_NEXT, InterfaceCore.NONE);
        }
        final int poolIndex = pool.peek();
        final long instance = args.instance() == InterfaceCore.NONE ? poolIndex : args.instance();
        if (instance > Integer.MAX_VALUE || instances.get((int) instance)) {
            return Created.fail(Retval.INSTANCE_IN_USE, InterfaceCore.NONE);
        }
        pool.get();
        instances.set((int) instance);
        final Vxlan vxlan = new Vxlan(poolIndex, (int) instance, args.src(), args.dst(), srcPort, dstPort,
            args.mcastSwIfIndex(), args.encapVrfId(), decapNext, args.vni(), args.l3());
        final Iface iface = core.register("vxlan_tunnel" + instance, "VXLAN",
            args.l3() ? new byte[6] : core.randomMac(), args.l3() ? 0 : InterfaceCore.DEFAULT_MTU, this, vxlan, true,
            true);
        byKey.put(key, iface);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    @Override
    public void delete(final Iface iface) {
        final Vxlan vxlan = (Vxlan) iface.device;
        byKey.values().remove(iface);
        instances.clear(vxlan.instance());
        pool.put(vxlan.poolIndex());
        core.unregister(iface);
    }
}

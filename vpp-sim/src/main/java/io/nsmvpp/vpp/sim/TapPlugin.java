/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Ip4Prefix;
import io.nsmvpp.vpp.client.msg.Ip6Prefix;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Details;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Dump;
import io.nsmvpp.vpp.client.msg.TapCreateV2;
import io.nsmvpp.vpp.client.msg.TapCreateV2Reply;
import io.nsmvpp.vpp.client.msg.TapCreateV3;
import io.nsmvpp.vpp.client.msg.TapCreateV3Reply;
import io.nsmvpp.vpp.client.msg.TapDeleteV2;
import io.nsmvpp.vpp.client.msg.TapDeleteV2Reply;
import io.nsmvpp.vpp.sim.Handlers.Call;
import io.nsmvpp.vpp.sim.InterfaceCore.Created;
import java.util.BitSet;
import java.util.List;

/**
 * The tap plugin (tapv2): {@code tap<id>} interfaces, born link up. Without /dev/vhost-net (configurable, the
 * measured lab's case) every create fails with -11 as the real one did.
 */
final class TapPlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    static final int TAP_MAX_INSTANCE = 8192;

    /** A tap v3; the attributes are echoed by {@code sw_interface_tap_v2_dump}. */
    record Tap(int poolIndex, int id, String hostIfName, String hostNamespace, String hostBridge, byte[] hostMac,
            IpPrefix hostIp4, IpPrefix hostIp6, int hostMtu, long tapFlags, int rxRingSize, int txRingSize)
            implements Iface.Device {
    }

    private final InterfaceCore core;
    private final boolean supported;
    private final BitSet ids = new BitSet();
    private final Pool pool = new Pool();

    TapPlugin(final InterfaceCore core, final boolean supported) {
        this.core = core;
        this.supported = supported;
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(TapCreateV3.TYPE, TapCreateV3Reply.TYPE, (call, request) -> {
            final var created = tapCreate(request);
            call.reply(new TapCreateV3Reply(created.retval(), created.swIfIndex()));
        });
        table.add(TapCreateV2.TYPE, TapCreateV2Reply.TYPE, this::tapCreateV2);
        table.add(TapDeleteV2.TYPE, TapDeleteV2Reply.TYPE, (call, request) ->
            call.reply(new TapDeleteV2Reply(tapDelete(request.swIfIndex()))));
        table.add(SwInterfaceTapV2Dump.TYPE, null, this::tapDump);
    }

    /** tap_create_v2 differs from v3 only in its queue fields, which the simulator does not model. */
    private void tapCreateV2(final Call call, final TapCreateV2 req) {
        final var v3 = new TapCreateV3(req.id(), req.useRandomMac(), req.macAddress(), req.numRxQueues(), 1,
            req.txRingSz(), req.rxRingSz(), req.hostMtuSet(), req.hostMtuSize(), req.hostMacAddrSet(),
            req.hostMacAddr(), req.hostIp4PrefixSet(), req.hostIp4Prefix(), req.hostIp6PrefixSet(),
            req.hostIp6Prefix(), req.hostIp4GwSet(), req.hostIp4Gw(), req.hostIp6GwSet(), req.hostIp6Gw(),
            req.tapFlags(), req.hostNamespaceSet(), req.hostNamespace(), req.hostIfNameSet(), req.hostIfName(),
            req.hostBridgeSet(), req.hostBridge(), req.tag());
        final var created = tapCreate(v3);
        call.reply(new TapCreateV2Reply(created.retval(), created.swIfIndex()));
    }

    private void tapDump(final Call call, final SwInterfaceTapV2Dump request) {
        for (Iface iface : taps()) {
            if (request.swIfIndex() != InterfaceCore.NONE && request.swIfIndex() != iface.swIfIndex) {
                continue;
            }
            final var tap = (Tap) iface.device;
            final Ip4Prefix ip4 = tap.hostIp4() == null ? Ip4Prefix.ZERO
                : new Ip4Prefix(Handlers.address(tap.hostIp4().address()).un().ip4(), tap.hostIp4().length());
            final Ip6Prefix ip6 = tap.hostIp6() == null ? Ip6Prefix.ZERO
                : new Ip6Prefix(Handlers.address(tap.hostIp6().address()).un().ip6(), tap.hostIp6().length());
            call.reply(new SwInterfaceTapV2Details(iface.swIfIndex, tap.id(), tap.txRingSize(), tap.rxRingSize(),
                tap.hostMtu(), MacAddress.of(tap.hostMac()), ip4, ip6, tap.tapFlags(), iface.name, tap.hostIfName(),
                tap.hostNamespace(), tap.hostBridge()));
        }
    }

    private List<Iface> taps() {
        final List<Iface> out = core.ifacesOf(Tap.class, InterfaceCore.NONE);
        out.sort((a, b) -> Integer.compare(((Tap) a.device).poolIndex(), ((Tap) b.device).poolIndex()));
        return out;
    }

    /**
     * tap_create_v3 as VPP does it on a host with /dev/vhost-net: {@code tap<id>}, born link up, its tag set when
     * the request has one.
     */
    private Created tapCreate(final TapCreateV3 request) {
        if (!supported) {
            return Created.fail(Retval.SYSCALL_ERROR_1, InterfaceCore.NONE);
        }
        final int id;
        if (request.id() != InterfaceCore.NONE) {
            if (request.id() > TAP_MAX_INSTANCE || ids.get((int) request.id())) {
                return Created.fail(Retval.INVALID_INTERFACE, InterfaceCore.NONE);
            }
            id = (int) request.id();
        } else {
            id = ids.nextClearBit(0);
        }
        final int rx = request.rxRingSz() == 0 ? 256 : request.rxRingSz();
        final int tx = request.txRingSz() == 0 ? 256 : request.txRingSz();
        if (Integer.bitCount(rx) != 1 || Integer.bitCount(tx) != 1 || rx > 32768 || tx > 32768) {
            return Created.fail(Retval.SYSCALL_ERROR_1, InterfaceCore.NONE);
        }
        ids.set(id);
        final byte[] macAddress = request.macAddress().toBytes();
        final byte[] mac = request.useRandomMac() || InterfaceCore.isZero(macAddress) ? core.randomMac()
            : macAddress.clone();
        final String hostIfName = request.hostIfNameSet() ? request.hostIfName() : "";
        final Tap tap = new Tap(pool.get(), id, hostIfName.isEmpty() ? "tap" + id : hostIfName,
            request.hostNamespaceSet() ? request.hostNamespace() : "",
            request.hostBridgeSet() ? request.hostBridge() : "",
            request.hostMacAddrSet() ? request.hostMacAddr().toBytes() : new byte[6],
            request.hostIp4PrefixSet() ? new IpPrefix(Handlers.inet(Address.of(request.hostIp4Prefix().address())),
                request.hostIp4Prefix().len()) : null,
            request.hostIp6PrefixSet() ? new IpPrefix(Handlers.inet(Address.of(request.hostIp6Prefix().address())),
                request.hostIp6Prefix().len()) : null,
            request.hostMtuSet() ? Handlers.u32ToInt(request.hostMtuSize()) : 0, request.tapFlags(), rx, tx);
        // v26.06 ships tap as its own plugin (tapv2 ids follow af_packet's), whose device class is "tap"; the
        // "virtio" of older VPPs came from the class tap shared with virtio before the split.
        final Iface iface = core.register("tap" + id, "tap", mac, InterfaceCore.DEFAULT_MTU, this, tap, false, true);
        if (!request.tag().isEmpty()) {
            core.tag(iface.swIfIndex, true, request.tag());
        }
        return new Created(Retval.OK, iface.swIfIndex);
    }

    int tapDelete(final long swIfIndex) {
        final Iface iface = core.iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Tap tap)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        ids.clear(tap.id());
        pool.put(tap.poolIndex());
        core.unregister(iface);
        return Retval.OK;
    }

    @Override
    public void delete(final Iface iface) {
        tapDelete(iface.swIfIndex);
    }
}

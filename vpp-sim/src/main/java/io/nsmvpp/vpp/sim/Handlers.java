/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.AddressUnion;
import io.nsmvpp.vpp.client.msg.AfPacketCreateV3;
import io.nsmvpp.vpp.client.msg.AfPacketCreateV3Reply;
import io.nsmvpp.vpp.client.msg.AfPacketDelete;
import io.nsmvpp.vpp.client.msg.AfPacketDeleteReply;
import io.nsmvpp.vpp.client.msg.AfPacketDetails;
import io.nsmvpp.vpp.client.msg.AfPacketDump;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackInstance;
import io.nsmvpp.vpp.client.msg.CreateLoopbackInstanceReply;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.FibPath;
import io.nsmvpp.vpp.client.msg.FibPathNh;
import io.nsmvpp.vpp.client.msg.InterfaceMtu;
import io.nsmvpp.vpp.client.msg.Ip4Address;
import io.nsmvpp.vpp.client.msg.Ip4Prefix;
import io.nsmvpp.vpp.client.msg.Ip6Address;
import io.nsmvpp.vpp.client.msg.Ip6Prefix;
import io.nsmvpp.vpp.client.msg.IpAddressDetails;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.L2XconnectDetails;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xc;
import io.nsmvpp.vpp.client.msg.L3xcDel;
import io.nsmvpp.vpp.client.msg.L3xcDelReply;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.L3xcPluginGetVersion;
import io.nsmvpp.vpp.client.msg.L3xcPluginGetVersionReply;
import io.nsmvpp.vpp.client.msg.L3xcUpdate;
import io.nsmvpp.vpp.client.msg.L3xcUpdateReply;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreate;
import io.nsmvpp.vpp.client.msg.MemifCreateReply;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MemifCreateV2Reply;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifDeleteReply;
import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDel;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelReply;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2Reply;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDetails;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import io.nsmvpp.vpp.client.msg.ShowVersionReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddressReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlagsReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2XconnectReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDelReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Details;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Dump;
import io.nsmvpp.vpp.client.msg.TapCreateV2;
import io.nsmvpp.vpp.client.msg.TapCreateV2Reply;
import io.nsmvpp.vpp.client.msg.TapCreateV3;
import io.nsmvpp.vpp.client.msg.TapCreateV3Reply;
import io.nsmvpp.vpp.client.msg.TapDeleteV2;
import io.nsmvpp.vpp.client.msg.TapDeleteV2Reply;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3Reply;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.msg.WireguardInterface;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreate;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceCreateReply;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDelete;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDeleteReply;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeerAdd;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddReply;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddV2;
import io.nsmvpp.vpp.client.msg.WireguardPeerAddV2Reply;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemove;
import io.nsmvpp.vpp.client.msg.WireguardPeerRemoveReply;
import io.nsmvpp.vpp.client.msg.WireguardPeerV2;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.client.msg.WireguardPeersV2Details;
import io.nsmvpp.vpp.client.msg.WireguardPeersV2Dump;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps each request record of vpp-client onto {@link VppModel} and the model's answer back onto reply and details
 * records, filling every field as VPP v26.06 does. One static method per message; {@link #routes()} lists them.
 */
final class Handlers {
    /** What a handler needs from the server: the model, where its replies go, and the run's constants. */
    interface Call {
        VppModel model();

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

    /** A request type and its handler; the reply type is what a failure injection answers with. */
    record Route<T extends VppMessage>(MessageType<T> type, MessageType<?> replyType, Handler<T> handler) {
        @SuppressWarnings("unchecked")
        void dispatch(final Call call, final VppMessage request) {
            handler.handle(call, (T) request);
        }
    }

    private static final long NONE = VppModel.NONE;
    private static final InterfaceMtu NO_MTU = InterfaceMtu.ZERO;

    private Handlers() {
        // static handlers
    }

    static List<Route<?>> routes() {
        return List.of(
            new Route<>(ControlPing.TYPE, ControlPingReply.TYPE, Handlers::controlPing),
            new Route<>(ShowVersion.TYPE, ShowVersionReply.TYPE, Handlers::showVersion),
            new Route<>(SwInterfaceDump.TYPE, null, Handlers::swInterfaceDump),
            new Route<>(SwInterfaceSetFlags.TYPE, SwInterfaceSetFlagsReply.TYPE, Handlers::setFlags),
            new Route<>(SwInterfaceTagAddDel.TYPE, SwInterfaceTagAddDelReply.TYPE, Handlers::tag),
            new Route<>(SwInterfaceAddDelAddress.TYPE, SwInterfaceAddDelAddressReply.TYPE, Handlers::addDelAddress),
            new Route<>(IpAddressDump.TYPE, null, Handlers::ipAddressDump),
            new Route<>(CreateLoopback.TYPE, CreateLoopbackReply.TYPE, Handlers::createLoopback),
            new Route<>(CreateLoopbackInstance.TYPE, CreateLoopbackInstanceReply.TYPE,
                Handlers::createLoopbackInstance),
            new Route<>(DeleteLoopback.TYPE, DeleteLoopbackReply.TYPE, Handlers::deleteLoopback),
            new Route<>(MemifSocketFilenameAddDel.TYPE, MemifSocketFilenameAddDelReply.TYPE,
                Handlers::memifSocketV1),
            new Route<>(MemifSocketFilenameAddDelV2.TYPE, MemifSocketFilenameAddDelV2Reply.TYPE,
                Handlers::memifSocketV2),
            new Route<>(MemifCreate.TYPE, MemifCreateReply.TYPE, Handlers::memifCreate),
            new Route<>(MemifCreateV2.TYPE, MemifCreateV2Reply.TYPE, Handlers::memifCreateV2),
            new Route<>(MemifDelete.TYPE, MemifDeleteReply.TYPE, Handlers::memifDelete),
            new Route<>(MemifDump.TYPE, null, Handlers::memifDump),
            new Route<>(MemifSocketFilenameDump.TYPE, null, Handlers::memifSocketDump),
            new Route<>(TapCreateV3.TYPE, TapCreateV3Reply.TYPE, Handlers::tapCreate),
            new Route<>(TapCreateV2.TYPE, TapCreateV2Reply.TYPE, Handlers::tapCreateV2),
            new Route<>(TapDeleteV2.TYPE, TapDeleteV2Reply.TYPE, Handlers::tapDelete),
            new Route<>(SwInterfaceTapV2Dump.TYPE, null, Handlers::tapDump),
            new Route<>(AfPacketCreateV3.TYPE, AfPacketCreateV3Reply.TYPE, Handlers::afPacketCreate),
            new Route<>(AfPacketDelete.TYPE, AfPacketDeleteReply.TYPE, Handlers::afPacketDelete),
            new Route<>(AfPacketDump.TYPE, null, Handlers::afPacketDump),
            new Route<>(VxlanAddDelTunnelV3.TYPE, VxlanAddDelTunnelV3Reply.TYPE, Handlers::vxlan),
            new Route<>(VxlanTunnelV2Dump.TYPE, null, Handlers::vxlanDump),
            new Route<>(WireguardInterfaceCreate.TYPE, WireguardInterfaceCreateReply.TYPE, Handlers::wgCreate),
            new Route<>(WireguardInterfaceDelete.TYPE, WireguardInterfaceDeleteReply.TYPE, Handlers::wgDelete),
            new Route<>(WireguardInterfaceDump.TYPE, null, Handlers::wgDump),
            new Route<>(WireguardPeerAdd.TYPE, WireguardPeerAddReply.TYPE, Handlers::wgPeerAdd),
            new Route<>(WireguardPeerAddV2.TYPE, WireguardPeerAddV2Reply.TYPE, Handlers::wgPeerAddV2),
            new Route<>(WireguardPeerRemove.TYPE, WireguardPeerRemoveReply.TYPE, Handlers::wgPeerRemove),
            new Route<>(WireguardPeersDump.TYPE, null, Handlers::wgPeersDump),
            new Route<>(WireguardPeersV2Dump.TYPE, null, Handlers::wgPeersV2Dump),
            new Route<>(SwInterfaceSetL2Xconnect.TYPE, SwInterfaceSetL2XconnectReply.TYPE, Handlers::l2xc),
            new Route<>(L2XconnectDump.TYPE, null, Handlers::l2xcDump),
            new Route<>(L3xcUpdate.TYPE, L3xcUpdateReply.TYPE, Handlers::l3xcUpdate),
            new Route<>(L3xcDel.TYPE, L3xcDelReply.TYPE, Handlers::l3xcDel),
            new Route<>(L3xcDump.TYPE, null, Handlers::l3xcDump),
            new Route<>(L3xcPluginGetVersion.TYPE, L3xcPluginGetVersionReply.TYPE, Handlers::l3xcVersion),
            new Route<>(WantInterfaceEvents.TYPE, io.nsmvpp.vpp.client.msg.WantInterfaceEventsReply.TYPE,
                Handlers::wantInterfaceEvents));
    }

    // ---------------------------------------------------------------- conversions

    static InetAddress inet(final Address address) {
        final byte[] bytes = address.un().toBytes();
        return IpPrefix.of(address.isIp6() ? bytes : java.util.Arrays.copyOf(bytes, 4));
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

    private static MacAddress mac(final byte[] bytes) {
        return MacAddress.of(bytes);
    }

    // ---------------------------------------------------------------- core

    private static void controlPing(final Call call, final ControlPing request) {
        call.reply(new ControlPingReply(0, 0, call.vpePid()));
    }

    private static void showVersion(final Call call, final ShowVersion request) {
        call.reply(new ShowVersionReply(0, "vpe", "26.06-release", "2026-11-27T22:13:47", "vpp-sim"));
    }

    static SwInterfaceDetails details(final Iface iface) {
        return new SwInterfaceDetails(iface.swIfIndex, iface.swIfIndex, mac(iface.mac), iface.flags(), 0, 0, 0,
            iface.linkMtu, iface.linkMtu == 0 ? NO_MTU : new InterfaceMtu(iface.linkMtu, 0, 0, 0), 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, MacAddress.ZERO, MacAddress.ZERO, 0, 0, iface.name, iface.devType, iface.tag);
    }

    /**
     * With a sw_if_index other than ~0 only that interface is sent, filter ignored; otherwise every interface whose
     * name contains the filter, ignoring case, when {@code name_filter_valid}.
     */
    private static void swInterfaceDump(final Call call, final SwInterfaceDump request) {
        final VppModel model = call.model();
        // As VPP's handler: an index selects one interface only without a name filter, and 0 means "all" like ~0
        // (a legacy kept by interface_api.c), so a dump for sw_if_index 0 does not return local0 alone.
        if (!request.nameFilterValid() && request.swIfIndex() != NONE && request.swIfIndex() != 0) {
            final Iface iface = model.iface(request.swIfIndex());
            if (iface != null) {
                call.replyEncoded(SwInterfaceDetails.TYPE, encodedDetails(iface));
            }
            return;
        }
        final String filter = request.nameFilterValid() ? request.nameFilter().toLowerCase(Locale.ROOT) : null;
        model.forEachIface(iface -> {
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

    private static void setFlags(final Call call, final SwInterfaceSetFlags request) {
        call.reply(new SwInterfaceSetFlagsReply(call.model().setFlags(request.swIfIndex(), request.flags())));
    }

    private static void tag(final Call call, final SwInterfaceTagAddDel request) {
        call.reply(new SwInterfaceTagAddDelReply(call.model().tag(request.swIfIndex(), request.isAdd(),
            request.tag())));
    }

    private static void addDelAddress(final Call call, final SwInterfaceAddDelAddress request) {
        call.reply(new SwInterfaceAddDelAddressReply(call.model().addDelAddress(request.swIfIndex(),
            request.isAdd(), request.delAll(), prefix(request.prefix()))));
    }

    private static void wantInterfaceEvents(final Call call, final WantInterfaceEvents request) {
        call.reply(new io.nsmvpp.vpp.client.msg.WantInterfaceEventsReply(
            call.wantInterfaceEvents(request.enableDisable() != 0, request.pid())));
    }

    // ---------------------------------------------------------------- loopback

    private static void createLoopback(final Call call, final CreateLoopback request) {
        final var created = call.model().createLoopback(request.macAddress().toBytes(), false, 0);
        call.reply(new CreateLoopbackReply(created.retval(), created.swIfIndex()));
    }

    private static void createLoopbackInstance(final Call call, final CreateLoopbackInstance request) {
        final var created = call.model().createLoopback(request.macAddress().toBytes(), request.isSpecified(),
            request.userInstance());
        call.reply(new CreateLoopbackInstanceReply(created.retval(), created.swIfIndex()));
    }

    private static void deleteLoopback(final Call call, final DeleteLoopback request) {
        call.reply(new DeleteLoopbackReply(call.model().deleteLoopback(request.swIfIndex())));
    }

    // ---------------------------------------------------------------- memif

    private static void memifSocketV1(final Call call, final MemifSocketFilenameAddDel request) {
        final var result = call.model().memifSocket(request.isAdd(), request.socketId(), request.socketFilename(),
            true);
        call.reply(new MemifSocketFilenameAddDelReply(result.retval()));
    }

    private static void memifSocketV2(final Call call, final MemifSocketFilenameAddDelV2 request) {
        final var result = call.model().memifSocket(request.isAdd(), request.socketId(), request.socketFilename(),
            false);
        call.reply(new MemifSocketFilenameAddDelV2Reply(result.retval(), result.socketId()));
    }

    private static int u32ToInt(final long value) {
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    private static void memifCreate(final Call call, final MemifCreate request) {
        final var created = call.model().memifCreate(new VppModel.MemifArgs(request.role() == 0, request.mode(),
            request.id(), request.socketId(), u32ToInt(request.ringSize()), request.bufferSize(),
            request.hwAddr().toBytes(), request.noZeroCopy(), request.secret()));
        call.reply(new MemifCreateReply(created.retval(), created.swIfIndex()));
    }

    private static void memifCreateV2(final Call call, final MemifCreateV2 request) {
        final var created = call.model().memifCreate(new VppModel.MemifArgs(request.role() == 0, request.mode(),
            request.id(), request.socketId(), u32ToInt(request.ringSize()), request.bufferSize(),
            request.hwAddr().toBytes(), request.noZeroCopy(), request.secret()));
        call.reply(new MemifCreateV2Reply(created.retval(), created.swIfIndex()));
    }

    private static void memifDelete(final Call call, final MemifDelete request) {
        call.reply(new MemifDeleteReply(call.model().memifDelete(request.swIfIndex())));
    }

    private static void memifDump(final Call call, final MemifDump request) {
        for (Iface iface : call.model().memifs()) {
            final var memif = (Iface.Memif) iface.device;
            final boolean showRuntime = memif.runKnown && !memif.master;
            call.reply(new MemifDetails(iface.swIfIndex, mac(iface.mac), memif.id, memif.master ? 0 : 1,
                memif.ipMode ? 1 : 0, memif.zeroCopy, memif.socketId, showRuntime ? memif.ringSize : 1,
                showRuntime ? memif.bufferSize : 0, iface.flags(), iface.name));
        }
    }

    private static void memifSocketDump(final Call call, final MemifSocketFilenameDump request) {
        for (var socket : call.model().memifSockets()) {
            call.reply(new MemifSocketFilenameDetails(socket.socketId(), socket.filename()));
        }
    }

    // ---------------------------------------------------------------- tap

    private static void tapCreate(final Call call, final TapCreateV3 request) {
        final var created = tapCreateCore(call, request);
        call.reply(new TapCreateV3Reply(created.retval(), created.swIfIndex()));
    }

    private static VppModel.Created tapCreateCore(final Call call, final TapCreateV3 request) {
        final IpPrefix ip4 = request.hostIp4PrefixSet() ? new IpPrefix(inet(Address.of(
            request.hostIp4Prefix().address())), request.hostIp4Prefix().len()) : null;
        final IpPrefix ip6 = request.hostIp6PrefixSet() ? new IpPrefix(inet(Address.of(
            request.hostIp6Prefix().address())), request.hostIp6Prefix().len()) : null;
        final var created = call.model().tapCreate(new VppModel.TapArgs(request.id(), request.useRandomMac(),
            request.macAddress().toBytes(), request.rxRingSz(), request.txRingSz(),
            request.hostIfNameSet() ? request.hostIfName() : "",
            request.hostNamespaceSet() ? request.hostNamespace() : "",
            request.hostBridgeSet() ? request.hostBridge() : "",
            request.hostMacAddrSet() ? request.hostMacAddr().toBytes() : new byte[6], ip4, ip6,
            request.hostMtuSet() ? u32ToInt(request.hostMtuSize()) : 0, request.tapFlags()));
        if (created.retval() == Retval.OK && !request.tag().isEmpty()) {
            call.model().tag(created.swIfIndex(), true, request.tag());
        }
        return created;
    }

    /** tap_create_v2 differs from v3 only in its queue fields, which the simulator does not model. */
    private static void tapCreateV2(final Call call, final TapCreateV2 req) {
        final var v3 = new TapCreateV3(req.id(), req.useRandomMac(), req.macAddress(), req.numRxQueues(), 1,
            req.txRingSz(), req.rxRingSz(), req.hostMtuSet(), req.hostMtuSize(), req.hostMacAddrSet(),
            req.hostMacAddr(), req.hostIp4PrefixSet(), req.hostIp4Prefix(), req.hostIp6PrefixSet(),
            req.hostIp6Prefix(), req.hostIp4GwSet(), req.hostIp4Gw(), req.hostIp6GwSet(), req.hostIp6Gw(),
            req.tapFlags(), req.hostNamespaceSet(), req.hostNamespace(), req.hostIfNameSet(), req.hostIfName(),
            req.hostBridgeSet(), req.hostBridge(), req.tag());
        final var created = tapCreateCore(call, v3);
        call.reply(new TapCreateV2Reply(created.retval(), created.swIfIndex()));
    }

    private static void tapDelete(final Call call, final TapDeleteV2 request) {
        call.reply(new TapDeleteV2Reply(call.model().tapDelete(request.swIfIndex())));
    }

    private static void tapDump(final Call call, final SwInterfaceTapV2Dump request) {
        for (Iface iface : call.model().taps()) {
            if (request.swIfIndex() != NONE && request.swIfIndex() != iface.swIfIndex) {
                continue;
            }
            final var tap = (Iface.Tap) iface.device;
            final Ip4Prefix ip4 = tap.hostIp4() == null ? Ip4Prefix.ZERO
                : new Ip4Prefix(address(tap.hostIp4().address()).un().ip4(), tap.hostIp4().length());
            final Ip6Prefix ip6 = tap.hostIp6() == null ? Ip6Prefix.ZERO
                : new Ip6Prefix(address(tap.hostIp6().address()).un().ip6(), tap.hostIp6().length());
            call.reply(new SwInterfaceTapV2Details(iface.swIfIndex, tap.id(), tap.txRingSize(), tap.rxRingSize(),
                tap.hostMtu(), mac(tap.hostMac()), ip4, ip6, tap.tapFlags(), iface.name, tap.hostIfName(),
                tap.hostNamespace(), tap.hostBridge()));
        }
    }

    // ---------------------------------------------------------------- af_packet

    private static void afPacketCreate(final Call call, final AfPacketCreateV3 request) {
        final var created = call.model().afPacketCreate(request.mode() > 2 ? 0 : (int) request.mode(),
            request.hostIfName(), request.hwAddr().toBytes(), request.useRandomHwAddr());
        call.reply(new AfPacketCreateV3Reply(created.retval(), created.swIfIndex()));
    }

    private static void afPacketDelete(final Call call, final AfPacketDelete request) {
        call.reply(new AfPacketDeleteReply(call.model().afPacketDelete(request.hostIfName())));
    }

    private static void afPacketDump(final Call call, final AfPacketDump request) {
        for (Iface iface : call.model().afPackets()) {
            call.reply(new AfPacketDetails(iface.swIfIndex, ((Iface.AfPacket) iface.device).hostIfName()));
        }
    }

    // ---------------------------------------------------------------- vxlan

    private static void vxlan(final Call call, final VxlanAddDelTunnelV3 request) {
        final var created = call.model().vxlan(new VppModel.VxlanArgs(request.isAdd(), request.instance(),
            inet(request.srcAddress()), inet(request.dstAddress()), request.srcPort(), request.dstPort(),
            request.mcastSwIfIndex(), request.encapVrfId(), request.decapNextIndex(), request.vni(),
            request.isL3()));
        call.reply(new VxlanAddDelTunnelV3Reply(created.retval(), created.swIfIndex()));
    }

    private static void vxlanDump(final Call call, final VxlanTunnelV2Dump request) {
        for (Iface iface : call.model().vxlans(request.swIfIndex())) {
            final var v = (Iface.Vxlan) iface.device;
            call.reply(new VxlanTunnelV2Details(iface.swIfIndex, v.instance(), address(v.src()), address(v.dst()),
                v.srcPort(), v.dstPort(), v.mcastSwIfIndex(), v.encapVrfId(), v.decapNextIndex(), v.vni()));
        }
    }

    // ---------------------------------------------------------------- wireguard

    private static void wgCreate(final Call call, final WireguardInterfaceCreate request) {
        final WireguardInterface wg = request.iface();
        final var created = call.model().wireguardInterfaceCreate(wg.userInstance(), wg.privateKey().toBytes(),
            request.generateKey(), wg.port(), inet(wg.srcIp()));
        call.reply(new WireguardInterfaceCreateReply(created.retval(), created.swIfIndex()));
    }

    private static void wgDelete(final Call call, final WireguardInterfaceDelete request) {
        call.reply(new WireguardInterfaceDeleteReply(call.model().wireguardInterfaceDelete(request.swIfIndex())));
    }

    private static void wgDump(final Call call, final WireguardInterfaceDump request) {
        for (Iface iface : call.model().wireguards(request.swIfIndex())) {
            final var wg = (Iface.Wireguard) iface.device;
            call.reply(new WireguardInterfaceDetails(new WireguardInterface(wg.instance(), iface.swIfIndex,
                request.showPrivateKey() ? WireguardKey.of(wg.privateKey()) : WireguardKey.ZERO,
                WireguardKey.of(wg.publicKey()), wg.port(), address(wg.srcIp()))));
        }
    }

    private static VppModel.PeerResult addPeer(final Call call, final long swIfIndex, final WireguardKey key,
            final WireguardKey presharedKey, final int port, final int keepalive, final long tableId,
            final Address endpoint, final List<Prefix> allowed) {
        final var prefixes = new ArrayList<IpPrefix>(allowed.size());
        for (Prefix p : allowed) {
            prefixes.add(prefix(p));
        }
        return call.model().wireguardPeerAdd(new VppModel.PeerArgs(swIfIndex, key.toBytes(),
            presharedKey == null ? null : presharedKey.toBytes(), port, keepalive, tableId, inet(endpoint),
            prefixes));
    }

    private static void wgPeerAdd(final Call call, final WireguardPeerAdd request) {
        final WireguardPeer p = request.peer();
        final var result = addPeer(call, p.swIfIndex(), p.publicKey(), null, p.port(), p.persistentKeepalive(),
            p.tableId(), p.endpoint(), p.allowedIps());
        call.reply(new WireguardPeerAddReply(result.retval(), result.peerIndex()));
    }

    /** v2 adds a preshared key, used only when {@code preshared_key_set}. */
    private static void wgPeerAddV2(final Call call, final WireguardPeerAddV2 request) {
        final var p = request.peer();
        final var result = addPeer(call, p.swIfIndex(), p.publicKey(), p.presharedKeySet() ? p.presharedKey() : null,
            p.port(), p.persistentKeepalive(), p.tableId(), p.endpoint(), p.allowedIps());
        call.reply(new WireguardPeerAddV2Reply(result.retval(), result.peerIndex()));
    }

    private static void wgPeerRemove(final Call call, final WireguardPeerRemove request) {
        call.reply(new WireguardPeerRemoveReply(call.model().wireguardPeerRemove(request.peerIndex())));
    }

    private static List<Prefix> allowed(final VppModel.WgPeer peer) {
        final var allowed = new ArrayList<Prefix>(peer.allowedIps().size());
        for (IpPrefix p : peer.allowedIps()) {
            allowed.add(prefix(p));
        }
        return allowed;
    }

    private static void wgPeersDump(final Call call, final WireguardPeersDump request) {
        for (var peer : call.model().wireguardPeers(request.peerIndex())) {
            call.reply(new WireguardPeersDetails(new WireguardPeer(peer.peerIndex(),
                WireguardKey.of(peer.publicKey()), peer.port(), peer.keepalive(), peer.tableId(),
                address(peer.endpoint()), peer.swIfIndex(), 0, allowed(peer))));
        }
    }

    /** As v1, plus the preshared key and whether it is set (VPP: whether it is not all zeros). */
    private static void wgPeersV2Dump(final Call call, final WireguardPeersV2Dump request) {
        for (var peer : call.model().wireguardPeers(request.peerIndex())) {
            final WireguardKey psk = WireguardKey.of(peer.presharedKey());
            call.reply(new WireguardPeersV2Details(new WireguardPeerV2(peer.peerIndex(), psk,
                !psk.equals(WireguardKey.ZERO), WireguardKey.of(peer.publicKey()), peer.port(), peer.keepalive(),
                peer.tableId(), address(peer.endpoint()), peer.swIfIndex(), 0, allowed(peer))));
        }
    }

    // ---------------------------------------------------------------- cross-connects

    private static void l2xc(final Call call, final SwInterfaceSetL2Xconnect request) {
        call.reply(new SwInterfaceSetL2XconnectReply(call.model().setL2Xconnect(request.rxSwIfIndex(),
            request.txSwIfIndex(), request.enable())));
    }

    /**
     * ip_address_dump: one interface's addresses of one family, in the order they were added, as given (host bits
     * kept). {@code ~0} or a missing index gives nothing; the automatic ip6 link-local address is not listed.
     */
    private static void ipAddressDump(final Call call, final IpAddressDump request) {
        final Iface iface = call.model().iface(request.swIfIndex());
        if (iface == null) {
            return;
        }
        for (IpPrefix address : request.isIpv6() ? iface.ip6 : iface.ip4) {
            call.reply(new IpAddressDetails(iface.swIfIndex, prefix(address)));
        }
    }

    private static void l2xcDump(final Call call, final L2XconnectDump request) {
        call.model().forEachIface(iface -> {
            if (iface.xconnectTx >= 0) {
                call.reply(new L2XconnectDetails(iface.swIfIndex, iface.xconnectTx));
            }
        });
    }

    private static void l3xcUpdate(final Call call, final L3xcUpdate request) {
        final L3xc l3xc = request.l3xc();
        final var vias = new ArrayList<Long>(l3xc.paths().size());
        final var paths = new ArrayList<FibPath>(l3xc.paths().size());
        for (FibPath path : l3xc.paths()) {
            vias.add(path.swIfIndex());
            paths.add(asVppKeepsIt(path));
        }
        paths.sort(Handlers::comparePaths);
        call.reply(new L3xcUpdateReply(call.model().l3xcUpdate(l3xc.swIfIndex(), l3xc.isIp6(), paths, vias), 0));
    }

    /**
     * A path as VPP's fib_path_encode gives it back: weight 0 becomes 1; rpf_id, table_id, flags, labels and the
     * next hop's label, object and classify fields are not kept (0); interface, preference, type, proto and address
     * are.
     */
    private static FibPath asVppKeepsIt(final FibPath path) {
        final FibPathNh nh = new FibPathNh(path.nh().address(), 0, 0, 0);
        return new FibPath(path.swIfIndex(), 0, 0, path.weight() == 0 ? 1 : path.weight(), path.preference(),
            path.type(), 0, path.proto(), nh, 0, FibPath.NO_LABELS);
    }

    /** VPP's fib_path type of a normal path: attached-nexthop 0, attached 1, recursive 2, deag 5. */
    private static int pathType(final FibPath path) {
        final boolean noAddress = isZero(path.nh().address());
        if (path.swIfIndex() != NONE) {
            return noAddress ? 1 : 0;
        }
        return noAddress ? 5 : 2;
    }

    private static boolean isZero(final AddressUnion address) {
        for (byte b : address.toBytes()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The 16 bytes of VPP's ip46_address_t: an ip4 address sits in the last four. */
    private static byte[] ip46(final FibPath path) {
        final byte[] raw = path.nh().address().toBytes();
        if (path.proto() == 0) {
            final byte[] out = new byte[16];
            System.arraycopy(raw, 0, out, 12, 4);
            return out;
        }
        return raw;
    }

    /**
     * fib_path_cmp_for_sort, by which fib_path_list_create sorts a path list (and so what l3xc_dump lists): by
     * preference, then path type, then proto, then per type the next hop (bytewise) and the interface.
     */
    static int comparePaths(final FibPath one, final FibPath two) {
        int res = Integer.compare(one.preference(), two.preference());
        if (res == 0) {
            res = Integer.compare(pathType(one), pathType(two));
        }
        if (res == 0) {
            res = Long.compare(one.proto(), two.proto());
        }
        if (res == 0 && (pathType(one) == 0 || pathType(one) == 2)) {
            res = java.util.Arrays.compareUnsigned(ip46(one), ip46(two));
        }
        if (res == 0 && pathType(one) <= 1) {
            res = Long.compare(one.swIfIndex(), two.swIfIndex());
        }
        return res;
    }

    private static void l3xcDel(final Call call, final L3xcDel request) {
        call.reply(new L3xcDelReply(call.model().l3xcDel(request.swIfIndex(), request.isIp6())));
    }

    /** VPP v26.06 reports {@code is_ip6 = false} for every entry; the paths are kept as VPP keeps them. */
    private static void l3xcDump(final Call call, final L3xcDump request) {
        for (var entry : call.model().l3xcs(request.swIfIndex())) {
            final var paths = new ArrayList<FibPath>(entry.paths().size());
            for (Object o : entry.paths()) {
                paths.add((FibPath) o);
            }
            call.reply(new L3xcDetails(new L3xc(entry.swIfIndex(), false, paths)));
        }
    }

    private static void l3xcVersion(final Call call, final L3xcPluginGetVersion request) {
        call.reply(new L3xcPluginGetVersionReply(1, 0));
    }

    static AddressUnion unionOf(final InetAddress inet) {
        return address(inet).un();
    }
}

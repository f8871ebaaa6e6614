/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.sim.Iface.AfPacket;
import io.nsmvpp.vpp.sim.Iface.Local;
import io.nsmvpp.vpp.sim.Iface.Loopback;
import io.nsmvpp.vpp.sim.Iface.Memif;
import io.nsmvpp.vpp.sim.Iface.Tap;
import io.nsmvpp.vpp.sim.Iface.Vxlan;
import io.nsmvpp.vpp.sim.Iface.Wireguard;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one simulated VPP and the rules by which its binary API changes it, as measured on a real VPP v26.06
 * (see the conformance suite). It knows nothing of the wire: the dispatcher decodes a request, calls one method
 * here and encodes what it returns. Single-threaded by design, like VPP's main thread.
 *
 * <p>u32 request values that may be {@code ~0} travel as {@code long}; sw_if_indexes that exist fit an {@code int}.
 */
final class VppModel {
    private static final Logger LOG = LoggerFactory.getLogger(VppModel.class);

    static final long NONE = 0xFFFF_FFFFL;
    static final int DEFAULT_MTU = 9000;
    static final int LOOPBACK_MAX_INSTANCE = 16383;
    static final int TAP_MAX_INSTANCE = 8192;
    /** wireguard_if.c: WG_ITF_MAX_INSTANCE; instances at or above it are refused with -31. */
    static final int WIREGUARD_MAX_INSTANCE = 16 * 1024;
    static final int VXLAN_DEFAULT_PORT = 4789;

    /** Event bits, as VPP's interface event process collects them between two runs. */
    static final int EV_ADMIN_UP = 1;
    static final int EV_LINK_UP = 2;
    static final int EV_DELETED = 4;
    static final int EV_ANY = 8;

    /** Receives the events of one run of the event process, in sw_if_index order. */
    @FunctionalInterface
    interface EventSink {
        void event(int swIfIndex, int flags, boolean deleted);
    }

    record Created(int retval, long swIfIndex) {
        static Created fail(final int retval, final long swIfIndex) {
            return new Created(retval, swIfIndex);
        }
    }

    record SocketResult(int retval, long socketId) {
    }

    record PeerResult(int retval, long peerIndex) {
    }

    /**
     * A memif socket file registration, with what VPP's {@code memif_socket_file_t} keeps about its use: how many
     * memifs use it, whether they are masters (the first one decides) and whether it listens on its file.
     */
    static final class MemifSocket {
        private final long socketId;
        private final String filename;
        int refCount;
        boolean listener;
        boolean listening;

        MemifSocket(final long socketId, final String filename) {
            this.socketId = socketId;
            this.filename = filename;
        }

        long socketId() {
            return socketId;
        }

        String filename() {
            return filename;
        }
    }

    /** A wireguard peer; {@code presharedKey} is 32 zero bytes when none was given. */
    record WgPeer(int peerIndex, byte[] publicKey, byte[] presharedKey, int port, int keepalive, long tableId,
            InetAddress endpoint, int swIfIndex, List<IpPrefix> allowedIps, long added) {
    }

    /** What wireguard_peer_add(_v2) asks for; {@code presharedKey} is null for v1 or when not set. */
    record PeerArgs(long swIfIndex, byte[] publicKey, byte[] presharedKey, int port, int keepalive, long tableId,
            InetAddress endpoint, List<IpPrefix> allowedIps) {
    }

    /** An l3xc entry; {@code paths} are kept as the dispatcher decoded them and echoed by the dump. */
    record L3xc(int poolIndex, long swIfIndex, boolean ip6, List<?> paths) {
    }

    private final Random random;
    private final String runtimeDir;
    private final Predicate<String> hostInterfaceExists;
    private final boolean tapSupported;

    private final Pool swPool = new Pool();
    private Iface[] ifaces = new Iface[64];
    private int ifaceCount;
    private final BitSet loopInstances = new BitSet();
    private final BitSet wgInstances = new BitSet();
    /** Every sw_if_index that has been a wireguard interface: VPP never forgets the mapping (see wireguardPeerAdd). */
    private final BitSet wgEver = new BitSet();
    private final BitSet tapIds = new BitSet();

    private final LinkedHashMap<Long, MemifSocket> memifSockets = new LinkedHashMap<>();
    private int memifSeed;
    private boolean memifConnectScheduled;
    private final Pool memifPool = new Pool();
    private final Pool tapPool = new Pool();
    private final Pool afPacketPool = new Pool();
    private final Map<String, Iface> afPacketByHost = new HashMap<>();
    private final Pool vxlanPool = new Pool();
    private final BitSet vxlanInstances = new BitSet();
    private final Map<List<Object>, Iface> vxlanByKey = new HashMap<>();
    private final Pool peerPool = new Pool();
    private final List<WgPeer> peers = new ArrayList<>();
    private long peersAdded;
    private final Pool l3xcPool = new Pool();
    private final List<L3xc> l3xcs = new ArrayList<>();

    private final BitSet dirty = new BitSet();
    private int[] eventBits = new int[64];
    private final List<Runnable> afterEvents = new ArrayList<>();

    VppModel(final long seed, final String runtimeDir, final Predicate<String> hostInterfaceExists,
            final boolean tapSupported) {
        this.random = new Random(seed);
        this.runtimeDir = runtimeDir;
        this.hostInterfaceExists = hostInterfaceExists;
        this.tapSupported = tapSupported;
        final int local = swPool.get();
        put(new Iface(local, "local0", "local", new byte[6], 0, new Local()));
        memifSockets.put(0L, new MemifSocket(0, runtimeDir + "/memif.sock"));
    }

    // ---------------------------------------------------------------- interface table

    /** Gives the sw_if_index pool a VPP's history: see {@link Simulator.Builder#freeInterfaceIndexes(List)}. */
    void presetFreeInterfaceIndexes(final List<Integer> nextFirst) {
        swPool.preset(nextFirst);
    }

    /** The interface at {@code swIfIndex}, or null; any u32 is accepted. */
    Iface iface(final long swIfIndex) {
        return swIfIndex >= 0 && swIfIndex < ifaces.length ? ifaces[(int) swIfIndex] : null;
    }

    int interfaceCount() {
        return ifaceCount;
    }

    /** Every interface in pool (sw_if_index) order, as sw_interface_dump walks them. */
    void forEachIface(final java.util.function.Consumer<Iface> action) {
        final int size = Math.min(swPool.size(), ifaces.length);
        for (int i = 0; i < size; i++) {
            final Iface iface = ifaces[i];
            if (iface != null) {
                action.accept(iface);
            }
        }
    }

    private void put(final Iface iface) {
        if (iface.swIfIndex >= ifaces.length) {
            ifaces = Arrays.copyOf(ifaces, Math.max(iface.swIfIndex + 1, ifaces.length * 2));
        }
        ifaces[iface.swIfIndex] = iface;
        ifaceCount++;
    }

    private Iface register(final String name, final String devType, final byte[] mac, final int mtu,
            final Iface.Device device, final boolean adminUp, final boolean linkUp) {
        final int index = swPool.get();
        final Iface iface = new Iface(index, name, devType, mac, mtu, device);
        iface.adminUp = adminUp;
        iface.linkUp = linkUp;
        put(iface);
        signal(index, (adminUp ? EV_ADMIN_UP : 0) | (linkUp ? EV_LINK_UP : 0));
        return iface;
    }

    /**
     * Removes an interface as every mechanism's delete does: the tag and addresses go with it, its xconnect tx peer
     * falls back to L3 (whatever that peer pointed at), interfaces xconnected <em>to</em> it keep the stale index,
     * and l3xc entries stay.
     */
    private void unregister(final Iface iface) {
        final int index = iface.swIfIndex;
        if (iface.xconnectTx >= 0) {
            final Iface peer = iface(iface.xconnectTx);
            if (peer != null) {
                peer.xconnectTx = -1;
            }
        }
        ifaces[index] = null;
        ifaceCount--;
        swPool.put(index);
        signal(index, EV_DELETED);
    }

    /** Deletes any interface but local0, as an operator with vppctl would. Returns false when there is none. */
    boolean deleteOutOfBand(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null || iface.device instanceof Local) {
            return false;
        }
        switch (iface.device) {
            case Loopback l -> deleteLoopback(swIfIndex);
            case Memif m -> memifDelete(swIfIndex);
            case Tap t -> tapDelete(swIfIndex);
            case AfPacket a -> afPacketDelete(a.hostIfName());
            case Vxlan v -> deleteVxlan(iface, v);
            case Wireguard w -> wireguardInterfaceDelete(swIfIndex);
            case Local l -> throw new IllegalStateException("unreachable");
        }
        return true;
    }

    private byte[] randomMac() {
        final byte[] mac = new byte[6];
        random.nextBytes(mac);
        mac[0] = 0x02;
        mac[1] = (byte) 0xfe;
        return mac;
    }

    private static boolean isZero(final byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- events

    private void signal(final int swIfIndex, final int bits) {
        if (swIfIndex >= eventBits.length) {
            eventBits = Arrays.copyOf(eventBits, Math.max(swIfIndex + 1, eventBits.length * 2));
        }
        eventBits[swIfIndex] |= bits | EV_ANY;
        dirty.set(swIfIndex);
    }

    boolean hasPendingEvents() {
        return !dirty.isEmpty() || !afterEvents.isEmpty();
    }

    /**
     * One run of VPP's interface event process: one event per interface that changed since the last run, its flags
     * the OR of the "up" changes seen meanwhile (not the current state), in sw_if_index order. Work that VPP does
     * asynchronously after such a run (a memif peer connecting) happens next, and its events form later runs.
     */
    void drainEvents(final EventSink sink) {
        int rounds = 0;
        while ((!dirty.isEmpty() || !afterEvents.isEmpty()) && rounds++ < 4) {
            for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) {
                final int bits = eventBits[i];
                eventBits[i] = 0;
                sink.event(i, bits & (EV_ADMIN_UP | EV_LINK_UP), (bits & EV_DELETED) != 0);
            }
            dirty.clear();
            if (!afterEvents.isEmpty()) {
                final List<Runnable> work = new ArrayList<>(afterEvents);
                afterEvents.clear();
                work.forEach(Runnable::run);
            }
        }
    }

    // ---------------------------------------------------------------- generic interface messages

    int setFlags(final long swIfIndex, final long flags) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        setAdmin(iface, (flags & 1) != 0);
        return Retval.OK;
    }

    private void setAdmin(final Iface iface, final boolean up) {
        if (iface.adminUp != up) {
            iface.adminUp = up;
            iface.detailsCache = null;
            signal(iface.swIfIndex, up ? EV_ADMIN_UP : 0);
            if (iface.device.linkFollowsAdmin()) {
                setLink(iface, up);
            } else if (iface.device instanceof Memif memif) {
                memifAdminChanged(iface, memif);
            }
        }
    }

    private void setLink(final Iface iface, final boolean up) {
        if (iface.linkUp != up) {
            iface.linkUp = up;
            iface.detailsCache = null;
            signal(iface.swIfIndex, up ? EV_LINK_UP : 0);
        }
    }

    /**
     * Sets or clears a tag. VPP keeps at most 63 bytes (the dispatcher's fixed-string decode already cut a 64-byte
     * tag there and dropped what follows a NUL), refuses an empty tag on add, and ignores the text on delete.
     */
    int tag(final long swIfIndex, final boolean add, final String tag) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (add) {
            if (tag.isEmpty()) {
                return Retval.INVALID_VALUE;
            }
            iface.tag = tag;
            iface.detailsCache = null;
        } else {
            iface.tag = "";
            iface.detailsCache = null;
        }
        return Retval.OK;
    }

    // ---------------------------------------------------------------- loopback

    Created createLoopback(final byte[] mac, final boolean specified, final long userInstance) {
        final int instance;
        if (specified) {
            if (userInstance > LOOPBACK_MAX_INSTANCE || loopInstances.get((int) userInstance)) {
                return Created.fail(Retval.INVALID_REGISTRATION, NONE);
            }
            instance = (int) userInstance;
        } else {
            instance = loopInstances.nextClearBit(0);
        }
        loopInstances.set(instance);
        final byte[] address = isZero(mac) ? new byte[] { (byte) 0xde, (byte) 0xad, 0, 0, 0, (byte) instance }
            : mac.clone();
        final Iface iface = register("loop" + instance, "Loopback", address, DEFAULT_MTU, new Loopback(instance),
            false, false);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    int deleteLoopback(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Loopback loopback)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        loopInstances.clear(loopback.instance());
        unregister(iface);
        return Retval.OK;
    }

    // ---------------------------------------------------------------- memif

    Iterable<MemifSocket> memifSockets() {
        return memifSockets.values();
    }

    /**
     * memif_socket_filename_add_del(_v2); {@code v1} refuses {@code ~0} as VPP's older message does. With v2, an add
     * of {@code ~0} takes an id from {@link #unusedMemifSocketId()} before anything else is checked, so even a
     * refused add answers (and uses up) a fresh id.
     */
    SocketResult memifSocket(final boolean add, final long socketId, final String filename, final boolean v1) {
        if (socketId == 0 || v1 && socketId == NONE) {
            return new SocketResult(Retval.INVALID_ARGUMENT, socketId);
        }
        if (!add) {
            final MemifSocket socket = memifSockets.get(socketId);
            if (socket == null) {
                return new SocketResult(Retval.INVALID_ARGUMENT, socketId);
            }
            if (socket.refCount > 0) {
                return new SocketResult(Retval.UNEXPECTED_INTF_STATE, socketId);
            }
            memifSockets.remove(socketId);
            return new SocketResult(Retval.OK, socketId);
        }
        final long id = socketId == NONE ? unusedMemifSocketId() : socketId;
        if (id == NONE || filename.isEmpty()) {
            return new SocketResult(Retval.INVALID_ARGUMENT, id);
        }
        final String path = filename.startsWith("/") ? filename : runtimeDir + "/" + filename;
        final MemifSocket existing = memifSockets.get(id);
        if (existing != null) {
            return new SocketResult(existing.filename().equals(path) ? Retval.OK : Retval.ENTRY_ALREADY_EXISTS, id);
        }
        memifSockets.put(id, new MemifSocket(id, path));
        return new SocketResult(Retval.OK, id);
    }

    /**
     * VPP's memif_get_unused_socket_id: a process-wide seed stepped by VPP's LCG, then a walk around it (+1, -2, +3,
     * ...) until an id is free; 1013904223 and then 1196435762 in a fresh process.
     */
    private long unusedMemifSocketId() {
        for (int j = 0; j < 1 << 10; j++) {
            memifSeed = 1664525 * memifSeed + 1013904223;
            for (int i = 0; i < 1 << 10; i++) {
                memifSeed += (2 * (i % 2) - 1) * i;
                final long candidate = memifSeed & 0xFFFF_FFFFL;
                if (candidate != NONE && !memifSockets.containsKey(candidate)) {
                    return candidate;
                }
            }
        }
        return NONE;
    }

    /** Memifs in pool order, as memif_dump lists them. */
    List<Iface> memifs() {
        final List<Iface> out = new ArrayList<>();
        forEachIface(iface -> {
            if (iface.device instanceof Memif) {
                out.add(iface);
            }
        });
        out.sort((a, b) -> Integer.compare(((Memif) a.device).poolIndex, ((Memif) b.device).poolIndex));
        return out;
    }

    /** What memif_create(_v2) asks for, as VPP's handler decodes it (an unknown role is a slave). */
    record MemifArgs(boolean master, long mode, long id, long socketId, int ringSize, int bufferSize, byte[] hwAddr,
            boolean noZeroCopy, String secret) {
    }

    /**
     * memif_create(_v2), in VPP's order: ring size, socket id, then on a socket already in use the role (a socket
     * file serves masters or slaves, never both) and the id. The first master of a socket id listens on its file.
     * Modes other than ethernet (0) and ip (1) make VPP v26.06 crash with SIGSEGV. A master whose file another
     * socket id already listens on does not crash it but corrupts it (measured): VPP fails to listen ("Active
     * listener", -14) and leaves that socket id's use count at -1, so the next master on it neither listens nor
     * counts, and the socket id can then be deleted while that memif still uses it. Both are refused with
     * {@link Retval#SIM_WOULD_CRASH_VPP}.
     */
    Created memifCreate(final MemifArgs args) {
        if (args.mode() != 0 && args.mode() != 1) {
            LOG.error("memif_create with mode {} (id {} socket {}): real VPP v26.06 crashes with SIGSEGV on this "
                + "request; the simulator refuses it with retval {}", args.mode(), args.id(), args.socketId(),
                Retval.SIM_WOULD_CRASH_VPP);
            return Created.fail(Retval.SIM_WOULD_CRASH_VPP, 0);
        }
        if (args.ringSize() != 0 && Integer.bitCount(args.ringSize()) != 1) {
            return Created.fail(Retval.INVALID_ARGUMENT, 0);
        }
        final MemifSocket socket = memifSockets.get(args.socketId());
        if (socket == null) {
            return Created.fail(Retval.INVALID_ARGUMENT, 0);
        }
        if (socket.refCount > 0) {
            if (socket.listener != args.master()) {
                return Created.fail(Retval.SUBIF_ALREADY_EXISTS, 0);
            }
            for (Iface other : memifs()) {
                final Memif m = (Memif) other.device;
                if (m.socketId == args.socketId() && m.id == args.id()) {
                    return Created.fail(Retval.SUBIF_ALREADY_EXISTS, 0);
                }
            }
        } else if (args.master()) {
            final MemifSocket rival = listenerOn(socket.filename());
            if (rival != null) {
                LOG.error("memif_create master on socket id {} ({}), a file socket id {} already listens on: real "
                    + "VPP v26.06 answers -14 and corrupts the socket's use count (it can then be deleted while in "
                    + "use); the simulator refuses it with retval {}", args.socketId(), socket.filename(),
                    rival.socketId(), Retval.SIM_WOULD_CRASH_VPP);
                return Created.fail(Retval.SIM_WOULD_CRASH_VPP, 0);
            }
        }
        final boolean ip = args.mode() == 1;
        final byte[] mac = ip ? new byte[6] : isZero(args.hwAddr()) ? randomMac() : args.hwAddr().clone();
        final Memif memif = new Memif(memifPool.get(), args.socketId(), args.id(), args.master(), ip,
            !args.master() && !args.noZeroCopy(), args.ringSize() == 0 ? 1024 : args.ringSize(),
            args.bufferSize() == 0 ? 2048 : args.bufferSize(), args.secret());
        if (socket.refCount == 0) {
            socket.listener = args.master();
            socket.listening = args.master();
        }
        socket.refCount++;
        final Iface iface = register("memif" + args.socketId() + "/" + args.id(), "memif", mac, ip ? 0
            : DEFAULT_MTU, memif, false, false);
        scheduleMemifConnections();
        return new Created(Retval.OK, iface.swIfIndex);
    }

    /** The socket registration whose masters listen on {@code filename}, or null. */
    private MemifSocket listenerOn(final String filename) {
        for (MemifSocket socket : memifSockets.values()) {
            if (socket.listening && socket.filename().equals(filename)) {
                return socket;
            }
        }
        return null;
    }

    /**
     * memif_delete: the interface goes, its peer (in this VPP) loses its connection and its link, and the last
     * memif of a listening socket id closes the listener. A surviving slave looks for another master later.
     */
    int memifDelete(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Memif memif)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        final Iface peer = memif.peer;
        memif.peer = null;
        memifPool.put(memif.poolIndex);
        final MemifSocket socket = memifSockets.get(memif.socketId);
        if (socket != null && --socket.refCount == 0) {
            socket.listening = false;
        }
        unregister(iface);
        if (peer != null) {
            ((Memif) peer.device).peer = null;
            setLink(peer, false);
        }
        scheduleMemifConnections();
        return Retval.OK;
    }

    private void scheduleMemifConnections() {
        if (!memifConnectScheduled) {
            memifConnectScheduled = true;
            afterEvents.add(this::connectMemifs);
        }
    }

    /**
     * One pass of VPP's memif process: every slave that is admin up and not connected connects to its file's
     * listener, which accepts it when a master with the same id and mode is there and not connected yet (and the
     * secret, if the master has one, matches). Both ends come link up, the master even when admin down: only an
     * admin-down transition takes a link down. On VPP the pass runs on each memif admin change and every 3 s, so a
     * real VPP may take up to 3 s to do what the simulator does at once.
     */
    private void connectMemifs() {
        memifConnectScheduled = false;
        for (Iface slave : memifs()) {
            final Memif s = (Memif) slave.device;
            if (s.master || !slave.adminUp || s.peer != null) {
                continue;
            }
            final MemifSocket own = memifSockets.get(s.socketId);
            final MemifSocket listener = own == null ? null : listenerOn(own.filename());
            if (listener == null) {
                continue;
            }
            // The listener greets every slave that reaches it, and the slave takes its rings from that greeting
            // before the listener checks id, mode and secret: a refused slave shows them too (found by
            // DifferentialTest).
            s.runKnown = true;
            for (Iface master : memifs()) {
                final Memif m = (Memif) master.device;
                if (m.master && m.socketId == listener.socketId() && m.id == s.id && m.peer == null
                        && m.ipMode == s.ipMode && (m.secret.isEmpty() || m.secret.equals(s.secret))) {
                    m.peer = slave;
                    s.peer = master;
                    setLink(master, true);
                    setLink(slave, true);
                    break;
                }
            }
        }
    }

    /**
     * A memif's admin state does not touch its connection: going down takes the link down (as for every VPP
     * interface), coming up brings it back if still connected, and lets a slave connect.
     */
    private void memifAdminChanged(final Iface iface, final Memif memif) {
        if (!iface.adminUp) {
            setLink(iface, false);
            return;
        }
        if (memif.peer != null) {
            setLink(iface, true);
        } else if (!memif.master) {
            scheduleMemifConnections();
        }
    }

    // ---------------------------------------------------------------- tap

    record TapArgs(long id, boolean useRandomMac, byte[] mac, int rxRingSize, int txRingSize, String hostIfName,
            String hostNamespace, String hostBridge, byte[] hostMac, IpPrefix hostIp4, IpPrefix hostIp6, int hostMtu,
            long tapFlags) {
    }

    /**
     * tap_create_v3 as VPP does it on a host with /dev/vhost-net: {@code tap<id>}, born link up. Without vhost-net
     * (configurable, the lab's case) it fails with -11 as the real one did.
     */
    Created tapCreate(final TapArgs args) {
        if (!tapSupported) {
            return Created.fail(Retval.SYSCALL_ERROR_1, NONE);
        }
        final int id;
        if (args.id() != NONE) {
            if (args.id() > TAP_MAX_INSTANCE || tapIds.get((int) args.id())) {
                return Created.fail(Retval.INVALID_INTERFACE, NONE);
            }
            id = (int) args.id();
        } else {
            id = tapIds.nextClearBit(0);
        }
        final int rx = args.rxRingSize() == 0 ? 256 : args.rxRingSize();
        final int tx = args.txRingSize() == 0 ? 256 : args.txRingSize();
        if (Integer.bitCount(rx) != 1 || Integer.bitCount(tx) != 1 || rx > 32768 || tx > 32768) {
            return Created.fail(Retval.SYSCALL_ERROR_1, NONE);
        }
        tapIds.set(id);
        final byte[] mac = args.useRandomMac() || isZero(args.mac()) ? randomMac() : args.mac().clone();
        final String host = args.hostIfName().isEmpty() ? "tap" + id : args.hostIfName();
        final Tap tap = new Tap(tapPool.get(), id, host, args.hostNamespace(), args.hostBridge(), args.hostMac(),
            args.hostIp4(), args.hostIp6(), args.hostMtu(), args.tapFlags(), rx, tx);
        // v26.06 ships tap as its own plugin (tapv2 ids follow af_packet's), whose device class is "tap"; the
        // "virtio" of older VPPs came from the class tap shared with virtio before the split.
        final Iface iface = register("tap" + id, "tap", mac, DEFAULT_MTU, tap, false, true);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    int tapDelete(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Tap tap)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        tapIds.clear(tap.id());
        tapPool.put(tap.poolIndex());
        unregister(iface);
        return Retval.OK;
    }

    List<Iface> taps() {
        final List<Iface> out = new ArrayList<>();
        forEachIface(iface -> {
            if (iface.device instanceof Tap) {
                out.add(iface);
            }
        });
        out.sort((a, b) -> Integer.compare(((Tap) a.device).poolIndex(), ((Tap) b.device).poolIndex()));
        return out;
    }

    // ---------------------------------------------------------------- af_packet

    /**
     * af_packet_create_v3: mode 1 ethernet, 2 ip. Any host interface name exists unless the simulator was told
     * otherwise; a duplicate answers -79 with the existing index, a missing host interface -71 with index 0.
     */
    Created afPacketCreate(final int mode, final String hostIfName, final byte[] hwAddr,
            final boolean useRandomHwAddr) {
        if (mode != 1 && mode != 2) {
            return Created.fail(Retval.INVALID_VALUE, NONE);
        }
        if (hostIfName.isEmpty() || !hostInterfaceExists.test(hostIfName)) {
            return Created.fail(Retval.INVALID_INTERFACE, 0);
        }
        final Iface existing = afPacketByHost.get(hostIfName);
        if (existing != null) {
            return Created.fail(Retval.IF_ALREADY_EXISTS, existing.swIfIndex);
        }
        final boolean ip = mode == 2;
        final byte[] mac = ip ? new byte[6] : useRandomHwAddr ? randomMac() : hwAddr.clone();
        final Iface iface = register("host-" + hostIfName, "af-packet", mac, ip ? 0 : DEFAULT_MTU,
            new AfPacket(afPacketPool.get(), hostIfName), false, true);
        afPacketByHost.put(hostIfName, iface);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    /** af_packet_delete takes the host name, not {@code host-<name>}; an unknown one gives -11. */
    int afPacketDelete(final String hostIfName) {
        final Iface iface = afPacketByHost.remove(hostIfName);
        if (iface == null) {
            return Retval.SYSCALL_ERROR_1;
        }
        afPacketPool.put(((AfPacket) iface.device).poolIndex());
        unregister(iface);
        return Retval.OK;
    }

    List<Iface> afPackets() {
        final List<Iface> out = new ArrayList<>(afPacketByHost.values());
        out.sort((a, b) -> Integer.compare(((AfPacket) a.device).poolIndex(), ((AfPacket) b.device).poolIndex()));
        return out;
    }

    // ---------------------------------------------------------------- vxlan

    record VxlanArgs(boolean add, long instance, InetAddress src, InetAddress dst, int srcPort, int dstPort,
            long mcastSwIfIndex, long encapVrfId, long decapNextIndex, long vni, boolean l3) {
    }

    private static List<Object> vxlanKey(final InetAddress src, final InetAddress dst, final int srcPort,
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
        final List<Object> key = vxlanKey(args.src(), args.dst(), srcPort, dstPort, args.encapVrfId(), args.vni());
        // VPP's vxlan_add_del_tunnel_clean_input runs first, for deletes too, in this order.
        if (args.encapVrfId() != 0) {
            return Created.fail(Retval.NO_SUCH_FIB, NONE);
        }
        if (args.src() instanceof Inet4Address != args.dst() instanceof Inet4Address) {
            return Created.fail(Retval.INVALID_VALUE, NONE);
        }
        if (args.src().equals(args.dst())) {
            return Created.fail(Retval.SAME_SRC_DST, NONE);
        }
        if (args.dst().isMulticastAddress() && iface(args.mcastSwIfIndex()) == null) {
            return Created.fail(Retval.INVALID_SW_IF_INDEX, NONE);
        }
        if (!args.add()) {
            final Iface iface = vxlanByKey.get(key);
            if (iface == null) {
                return Created.fail(Retval.NO_SUCH_ENTRY, NONE);
            }
            deleteVxlan(iface, (Vxlan) iface.device);
            return new Created(Retval.OK, iface.swIfIndex);
        }
        if (vxlanByKey.containsKey(key)) {
            return Created.fail(Retval.TUNNEL_EXIST, NONE);
        }
        final long decapNext = args.decapNextIndex() == NONE ? 1 : args.decapNextIndex();
        if (decapNext > 2) {
            return Created.fail(Retval.INVALID_DECAP_NEXT, NONE);
        }
        final int poolIndex = vxlanPool.peek();
        final long instance = args.instance() == NONE ? poolIndex : args.instance();
        if (instance > Integer.MAX_VALUE || vxlanInstances.get((int) instance)) {
            return Created.fail(Retval.INSTANCE_IN_USE, NONE);
        }
        vxlanPool.get();
        vxlanInstances.set((int) instance);
        final Vxlan vxlan = new Vxlan(poolIndex, (int) instance, args.src(), args.dst(), srcPort, dstPort,
            args.mcastSwIfIndex(), args.encapVrfId(), decapNext, args.vni(), args.l3());
        final Iface iface = register("vxlan_tunnel" + instance, "VXLAN", args.l3() ? new byte[6] : randomMac(),
            args.l3() ? 0 : DEFAULT_MTU, vxlan, true, true);
        vxlanByKey.put(key, iface);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    private void deleteVxlan(final Iface iface, final Vxlan vxlan) {
        vxlanByKey.values().remove(iface);
        vxlanInstances.clear(vxlan.instance());
        vxlanPool.put(vxlan.poolIndex());
        unregister(iface);
    }

    List<Iface> vxlans(final long swIfIndex) {
        final List<Iface> out = new ArrayList<>();
        forEachIface(iface -> {
            if (iface.device instanceof Vxlan && (swIfIndex == NONE || iface.swIfIndex == swIfIndex)) {
                out.add(iface);
            }
        });
        out.sort((a, b) -> Integer.compare(((Vxlan) a.device).poolIndex(), ((Vxlan) b.device).poolIndex()));
        return out;
    }

    // ---------------------------------------------------------------- wireguard

    Created wireguardInterfaceCreate(final long userInstance, final byte[] privateKey, final boolean generateKey,
            final int port, final InetAddress srcIp) {
        final int instance;
        if (userInstance != NONE) {
            if (userInstance >= WIREGUARD_MAX_INSTANCE || wgInstances.get((int) userInstance)) {
                return Created.fail(Retval.INVALID_REGISTRATION, NONE);
            }
            instance = (int) userInstance;
        } else {
            instance = wgInstances.nextClearBit(0);
            if (instance >= WIREGUARD_MAX_INSTANCE) {
                return Created.fail(Retval.INVALID_REGISTRATION, NONE);
            }
        }
        final byte[] priv;
        if (generateKey) {
            priv = new byte[32];
            random.nextBytes(priv);
        } else {
            priv = privateKey.clone();
        }
        wgInstances.set(instance);
        final Wireguard wg = new Wireguard(instance, priv, Curve25519.publicKey(priv), port, srcIp);
        final Iface iface = register("wg" + instance, "Wireguard Tunnel", new byte[6], 0, wg, false, false);
        wgEver.set(iface.swIfIndex);
        return new Created(Retval.OK, iface.swIfIndex);
    }

    int wireguardInterfaceDelete(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (!(iface.device instanceof Wireguard wg)) {
            return Retval.INVALID_VALUE;
        }
        // wg_if_delete walks the interface's peer hash (uword keys, 64 buckets) and removes each peer as it goes,
        // so the peer pool gets the indexes back in bucket order, and the next peers reuse them last-freed first.
        final List<WgPeer> own = new ArrayList<>();
        for (WgPeer peer : peers) {
            if (peer.swIfIndex() == iface.swIfIndex) {
                own.add(peer);
            }
        }
        own.sort((a, b) -> peerBucket(a.peerIndex()) != peerBucket(b.peerIndex())
            ? Long.compare(peerBucket(a.peerIndex()), peerBucket(b.peerIndex())) : Long.compare(a.added(), b.added()));
        for (WgPeer peer : own) {
            peers.remove(peer);
            peerPool.put(peer.peerIndex());
        }
        wgInstances.clear(wg.instance());
        unregister(iface);
        return Retval.OK;
    }

    /**
     * The bucket of {@code key} in a fresh VPP uword hash (64 buckets): vppinfra's hash_uword, Bob Jenkins' mix on
     * 64-bit words. Peers of one bucket stay in the order they were added (two per bucket at most is modelled).
     */
    static long peerBucket(final long key) {
        long ha = 0x9e3779b97f4a7c13L + key;
        long hb = 0x9e3779b97f4a7c13L;
        long hc = 0;
        final int[][] shifts = { { 43, 9, 8 }, { 38, 23, 5 }, { 35, 49, 11 }, { 12, 18, 22 } };
        for (int[] shift : shifts) {
            ha -= hb + hc;
            ha ^= hc >>> shift[0];
            hb -= hc + ha;
            hb ^= ha << shift[1];
            hc -= ha + hb;
            hc ^= hb >>> shift[2];
        }
        return hc & 63;
    }

    List<Iface> wireguards(final long swIfIndex) {
        final List<Iface> out = new ArrayList<>();
        forEachIface(iface -> {
            if (iface.device instanceof Wireguard && (swIfIndex == NONE || iface.swIfIndex == swIfIndex)) {
                out.add(iface);
            }
        });
        return out;
    }

    /**
     * wireguard_peer_add(_v2): peer keys are unique across all wireguard interfaces. Allowed IPs are kept exactly as
     * sent: VPP does not clear host bits (the normalisation seen in the v26.06 capture was vpp_papi's, done on the
     * client side; a raw client sending 10.1.2.3/16 reads 10.1.2.3/16 back from a real VPP).
     *
     * <p>VPP finds the wireguard interface through a sw_if_index map that wg_if_delete never clears. On an index
     * that was a wireguard interface once and is something else now (a loopback that reused it), VPP v26.06 does not
     * answer -2 but attaches the peer to the deleted interface's freed state and answers 0: a use after free, which
     * the simulator refuses with {@link Retval#SIM_WOULD_CRASH_VPP}.
     */
    PeerResult wireguardPeerAdd(final PeerArgs args) {
        // As VPP's handler: the index must exist, then allowed IPs are needed, then it must be wireguard.
        final Iface iface = iface(args.swIfIndex());
        if (iface == null) {
            return new PeerResult(Retval.INVALID_SW_IF_INDEX, NONE);
        }
        if (args.allowedIps().isEmpty()) {
            return new PeerResult(Retval.INVALID_VALUE, NONE);
        }
        final boolean stale = !(iface.device instanceof Wireguard) && wgEver.get(iface.swIfIndex);
        if (!(iface.device instanceof Wireguard) && !stale) {
            return new PeerResult(Retval.INVALID_SW_IF_INDEX, NONE);
        }
        for (WgPeer peer : peers) {
            if (Arrays.equals(peer.publicKey(), args.publicKey())) {
                return new PeerResult(Retval.ENTRY_ALREADY_EXISTS, NONE);
            }
        }
        if (stale) {
            LOG.error("wireguard_peer_add on {}, which was a wireguard interface once: real VPP v26.06 attaches the "
                + "peer to that deleted interface's freed state (use after free); the simulator refuses it with "
                + "retval {}", describe(iface), Retval.SIM_WOULD_CRASH_VPP);
            return new PeerResult(Retval.SIM_WOULD_CRASH_VPP, NONE);
        }
        final int index = peerPool.get();
        peers.add(new WgPeer(index, args.publicKey().clone(),
            args.presharedKey() == null ? new byte[32] : args.presharedKey().clone(), args.port(), args.keepalive(),
            args.tableId(), args.endpoint(), iface.swIfIndex, List.copyOf(args.allowedIps()), peersAdded++));
        peers.sort((a, b) -> Integer.compare(a.peerIndex(), b.peerIndex()));
        return new PeerResult(Retval.OK, index);
    }

    int wireguardPeerRemove(final long peerIndex) {
        for (Iterator<WgPeer> it = peers.iterator(); it.hasNext();) {
            final WgPeer peer = it.next();
            if (peer.peerIndex() == peerIndex) {
                it.remove();
                peerPool.put(peer.peerIndex());
                return Retval.OK;
            }
        }
        return Retval.NO_SUCH_ENTRY;
    }

    List<WgPeer> wireguardPeers(final long peerIndex) {
        return peerIndex == NONE ? List.copyOf(peers)
            : peers.stream().filter(p -> p.peerIndex() == peerIndex).toList();
    }

    // ---------------------------------------------------------------- l2 xconnect

    /** Enabling needs both interfaces; disabling ignores tx. Neither checks the interface kind. */
    int setL2Xconnect(final long rx, final long tx, final boolean enable) {
        final Iface rxIface = iface(rx);
        if (rxIface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (!enable) {
            rxIface.xconnectTx = -1;
            return Retval.OK;
        }
        if (iface(tx) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        rxIface.xconnectTx = tx;
        return Retval.OK;
    }

    // ---------------------------------------------------------------- l3xc

    /** l3xc_update: replaces the paths of the (interface, family) entry, or makes one. */
    int l3xcUpdate(final long swIfIndex, final boolean ip6, final List<?> paths, final List<Long> pathSwIfIndexes) {
        if (iface(swIfIndex) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (paths.isEmpty()) {
            return Retval.INVALID_VALUE;
        }
        for (long via : pathSwIfIndexes) {
            if (via != NONE && iface(via) == null) {
                return Retval.NO_MATCHING_INTERFACE;
            }
        }
        for (int i = 0; i < l3xcs.size(); i++) {
            final L3xc entry = l3xcs.get(i);
            if (entry.swIfIndex() == swIfIndex && entry.ip6() == ip6) {
                l3xcs.set(i, new L3xc(entry.poolIndex(), swIfIndex, ip6, List.copyOf(paths)));
                return Retval.OK;
            }
        }
        l3xcs.add(new L3xc(l3xcPool.get(), swIfIndex, ip6, List.copyOf(paths)));
        l3xcs.sort((a, b) -> Integer.compare(a.poolIndex(), b.poolIndex()));
        return Retval.OK;
    }

    int l3xcDel(final long swIfIndex, final boolean ip6) {
        if (iface(swIfIndex) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        for (Iterator<L3xc> it = l3xcs.iterator(); it.hasNext();) {
            final L3xc entry = it.next();
            if (entry.swIfIndex() == swIfIndex && entry.ip6() == ip6) {
                it.remove();
                l3xcPool.put(entry.poolIndex());
                return Retval.OK;
            }
        }
        return Retval.INVALID_VALUE;
    }

    /**
     * l3xc entries outlive their interface, so the dump may name deleted indexes. All of them come in pool order;
     * those of one interface ip4 first, as VPP looks each family up in turn.
     */
    List<L3xc> l3xcs(final long swIfIndex) {
        return swIfIndex == NONE ? List.copyOf(l3xcs)
            : l3xcs.stream().filter(e -> e.swIfIndex() == swIfIndex)
                .sorted((a, b) -> Boolean.compare(a.ip6(), b.ip6())).toList();
    }

    // ---------------------------------------------------------------- addresses

    /**
     * sw_interface_add_del_address. An ip4 address may not overlap an address of another interface, nor the same
     * address with another length; several addresses of one subnet on one interface are fine. A delete matches the
     * address alone, whatever the length.
     */
    private static boolean isLinkLocal(final IpPrefix prefix) {
        final byte[] bytes = prefix.address().getAddress();
        return (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xC0) == 0x80;
    }

    int addDelAddress(final long swIfIndex, final boolean add, final boolean delAll, final IpPrefix prefix) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (delAll) {
            iface.ip4.clear();
            for (int i = iface.ip6.size(); i > 0; i--) {
                unlockIp6Link(iface);
            }
            iface.ip6.clear();
            return Retval.OK;
        }
        if (swIfIndex == 0) {
            // vnet_sw_interface_supports_addressing: local0 takes no address, and none can be deleted from it.
            return Retval.UNSUPPORTED;
        }
        final boolean ip6 = prefix.isIp6();
        final List<IpPrefix> own = ip6 ? iface.ip6 : iface.ip4;
        if (ip6 && isLinkLocal(prefix)) {
            // ip6_add_del_interface_address: a link-local address must be a /128; adding one makes it the interface's
            // link-local address (not listed by ip_address_dump), and it cannot be deleted, only replaced.
            if (prefix.length() != 128) {
                return Retval.ADDRESS_LENGTH_MISMATCH;
            }
            if (add) {
                // ip6_link_set_local_address: a new link (locked once, for good), or a new address for the link.
                if (iface.ip6Locks == 0) {
                    iface.ip6Locks = 1;
                }
                iface.linkLocal = prefix.address();
                return Retval.OK;
            }
            if (iface.ip6Locks == 0) {
                // ip6_add_del_interface_address compares with ip6_get_link_local_address(), which is NULL while the
                // interface has no ip6 link: VPP v26.06 dies with SIGSEGV (measured). That includes an interface
                // whose link-local address was set while a global address held the link, once that address is
                // gone (found by DifferentialTest, seed 22, which crashed VPP). Never let it reach VPP.
                LOG.error("sw_interface_add_del_address deleting link-local {} from {}, which has no ip6 link, "
                    + "crashes real VPP v26.06 (SIGSEGV); the simulator refuses it with retval {}", prefix,
                    iface.name, Retval.SIM_WOULD_CRASH_VPP);
                return Retval.SIM_WOULD_CRASH_VPP;
            }
            return prefix.address().equals(iface.linkLocal) ? Retval.ADDRESS_NOT_DELETABLE
                : Retval.ADDRESS_NOT_FOUND_FOR_INTERFACE;
        }
        if (!add) {
            for (Iterator<IpPrefix> it = own.iterator(); it.hasNext();) {
                if (it.next().address().equals(prefix.address())) {
                    it.remove();
                    if (ip6) {
                        unlockIp6Link(iface);
                    }
                    return Retval.OK;
                }
            }
            return Retval.ADDRESS_NOT_FOUND_FOR_INTERFACE;
        }
        // Both families (ip4_ and ip6_add_del_interface_address) allow several addresses of one subnet, with the
        // same length, on one interface, and refuse any other overlap on any interface: ip4 with -105, ip6 with
        // -127. (An earlier model refused every ip6 overlap; DifferentialTest found VPP accepting 2001:db8:1::/64
        // next to 2001:db8:1::3/64 on the same interface.)
        final int[] conflict = { Retval.OK };
        forEachIface(other -> {
            if (conflict[0] != Retval.OK) {
                return;
            }
            for (IpPrefix p : ip6 ? other.ip6 : other.ip4) {
                if (p.covers(prefix.address()) || prefix.covers(p.address())) {
                    final boolean sameSubnet = other == iface && p.length() == prefix.length()
                        && !p.address().equals(prefix.address());
                    if (!sameSubnet) {
                        conflict[0] = ip6 ? Retval.DUPLICATE_IF_ADDRESS : Retval.ADDRESS_IN_USE;
                        return;
                    }
                }
            }
        });
        if (conflict[0] != Retval.OK) {
            return conflict[0];
        }
        if (prefix.length() == 0 || prefix.length() > prefix.maxLength()) {
            // ip_interface_address_add checks the length only after the overlap checks above.
            return Retval.ADDRESS_LENGTH_MISMATCH;
        }
        own.add(prefix);
        if (ip6) {
            // ip6_link_enable: a new link (with a link-local address VPP makes up), or one more lock on it.
            iface.ip6Locks++;
        }
        return Retval.OK;
    }

    /** ip6_link_disable: the last lock takes the link, and its link-local address, away. */
    private static void unlockIp6Link(final Iface iface) {
        if (iface.ip6Locks > 0 && --iface.ip6Locks == 0) {
            iface.linkLocal = null;
        }
    }

    // ---------------------------------------------------------------- misc

    static String describe(final Iface iface) {
        return iface.name + "(" + iface.swIfIndex + ")";
    }

    @Override
    public String toString() {
        return "VppModel{" + ifaceCount + " interfaces, " + Objects.requireNonNullElse(runtimeDir, "") + "}";
    }
}

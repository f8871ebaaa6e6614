/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

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
import io.nsmvpp.vpp.sim.Handlers.Call;
import io.nsmvpp.vpp.sim.InterfaceCore.Created;
import io.nsmvpp.vpp.sim.MemifSockets.MemifSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The memif plugin: memif interfaces, their socket files ({@link MemifSockets}) and the connections between a
 * slave and a master of this same VPP, made as VPP's memif process makes them.
 */
final class MemifPlugin implements Handlers.Plugin, InterfaceCore.DeviceClass {
    private static final Logger LOG = LoggerFactory.getLogger(MemifPlugin.class);

    /** A memif; {@code poolIndex} orders {@code memif_dump} as VPP's pool does. */
    static final class Memif implements Iface.Device {
        final int poolIndex;
        final long socketId;
        final long id;
        final boolean master;
        final boolean ipMode;
        final boolean zeroCopy;
        final int ringSize;
        final int bufferSize;
        final String secret;
        /** The memif at the other end of this one's connection, or null. */
        Iface peer;
        /** A slave that has connected once shows its negotiated rings in memif_dump from then on, as VPP does. */
        boolean runKnown;

        Memif(final int poolIndex, final MemifArgs args) {
            this.poolIndex = poolIndex;
            this.socketId = args.socketId();
            this.id = args.id();
            this.master = args.master();
            this.ipMode = args.mode() == 1;
            this.zeroCopy = !args.master() && !args.noZeroCopy();
            this.ringSize = args.ringSize() == 0 ? 1024 : args.ringSize();
            this.bufferSize = args.bufferSize() == 0 ? 2048 : args.bufferSize();
            this.secret = args.secret();
        }
    }

    /** What memif_create(_v2) asks for, as VPP's handler decodes it (an unknown role is a slave). */
    record MemifArgs(boolean master, long mode, long id, long socketId, int ringSize, int bufferSize, byte[] hwAddr,
            boolean noZeroCopy, String secret) {
    }

    private final InterfaceCore core;
    private final MemifSockets sockets;
    private final Pool pool = new Pool();
    private boolean connectScheduled;

    MemifPlugin(final InterfaceCore core, final String runtimeDir) {
        this.core = core;
        this.sockets = new MemifSockets(runtimeDir);
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(MemifSocketFilenameAddDel.TYPE, MemifSocketFilenameAddDelReply.TYPE, (call, request) -> {
            final var result = sockets.addDel(request.isAdd(), request.socketId(), request.socketFilename(), true);
            call.reply(new MemifSocketFilenameAddDelReply(result.retval()));
        });
        table.add(MemifSocketFilenameAddDelV2.TYPE, MemifSocketFilenameAddDelV2Reply.TYPE, (call, request) -> {
            final var result = sockets.addDel(request.isAdd(), request.socketId(), request.socketFilename(), false);
            call.reply(new MemifSocketFilenameAddDelV2Reply(result.retval(), result.socketId()));
        });
        table.add(MemifCreate.TYPE, MemifCreateReply.TYPE, (call, request) -> {
            final var created = memifCreate(new MemifArgs(request.role() == 0, request.mode(), request.id(),
                request.socketId(), Handlers.u32ToInt(request.ringSize()), request.bufferSize(),
                request.hwAddr().toBytes(), request.noZeroCopy(), request.secret()));
            call.reply(new MemifCreateReply(created.retval(), created.swIfIndex()));
        });
        table.add(MemifCreateV2.TYPE, MemifCreateV2Reply.TYPE, (call, request) -> {
            final var created = memifCreate(new MemifArgs(request.role() == 0, request.mode(), request.id(),
                request.socketId(), Handlers.u32ToInt(request.ringSize()), request.bufferSize(),
                request.hwAddr().toBytes(), request.noZeroCopy(), request.secret()));
            call.reply(new MemifCreateV2Reply(created.retval(), created.swIfIndex()));
        });
        table.add(MemifDelete.TYPE, MemifDeleteReply.TYPE, (call, request) ->
            call.reply(new MemifDeleteReply(memifDelete(request.swIfIndex()))));
        table.add(MemifDump.TYPE, null, this::memifDump);
        table.add(MemifSocketFilenameDump.TYPE, null, (call, request) -> {
            for (MemifSocket socket : sockets.all()) {
                call.reply(new MemifSocketFilenameDetails(socket.socketId(), socket.filename()));
            }
        });
    }

    private void memifDump(final Call call, final MemifDump request) {
        for (Iface iface : memifs()) {
            final var memif = (Memif) iface.device;
            final boolean showRuntime = memif.runKnown && !memif.master;
            call.reply(new MemifDetails(iface.swIfIndex, MacAddress.of(iface.mac), memif.id, memif.master ? 0 : 1,
                memif.ipMode ? 1 : 0, memif.zeroCopy, memif.socketId, showRuntime ? memif.ringSize : 1,
                showRuntime ? memif.bufferSize : 0, iface.flags(), iface.name));
        }
    }

    /** Whether a slave is admin up and not connected: only then has the memif process anything to do. */
    private boolean aSlaveWaits() {
        final boolean[] waits = {false};
        core.forEachIface(iface -> {
            if (iface.device instanceof Memif memif && !memif.master && iface.adminUp && memif.peer == null) {
                waits[0] = true;
            }
        });
        return waits[0];
    }

    /** Memifs in pool order, as memif_dump lists them. */
    private List<Iface> memifs() {
        final List<Iface> out = core.ifacesOf(Memif.class, InterfaceCore.NONE);
        out.sort((a, b) -> Integer.compare(((Memif) a.device).poolIndex, ((Memif) b.device).poolIndex));
        return out;
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
        final MemifSocket socket = sockets.get(args.socketId());
        if (socket == null) {
            return Created.fail(Retval.INVALID_ARGUMENT, 0);
        }
        if (socket.refCount > 0) {
            if (socket.listener != args.master()) {
                return Created.fail(Retval.SUBIF_ALREADY_EXISTS, 0);
            }
            for (Iface other : core.ifacesOf(Memif.class, InterfaceCore.NONE)) {
                final Memif m = (Memif) other.device;
                if (m.socketId == args.socketId() && m.id == args.id()) {
                    return Created.fail(Retval.SUBIF_ALREADY_EXISTS, 0);
                }
            }
        } else if (args.master()) {
            final MemifSocket rival = sockets.listenerOn(socket.filename());
            if (rival != null) {
                LOG.error("memif_create master on socket id {} ({}), a file socket id {} already listens on: real "
                    + "VPP v26.06 answers -14 and corrupts the socket's use count (it can then be deleted while in "
                    + "use); the simulator refuses it with retval {}", args.socketId(), socket.filename(),
                    rival.socketId(), Retval.SIM_WOULD_CRASH_VPP);
                return Created.fail(Retval.SIM_WOULD_CRASH_VPP, 0);
            }
        }
        final boolean ip = args.mode() == 1;
        final byte[] mac = ip ? new byte[6]
            : InterfaceCore.isZero(args.hwAddr()) ? core.randomMac() : args.hwAddr().clone();
        final Memif memif = new Memif(pool.get(), args);
        if (socket.refCount == 0) {
            socket.listener = args.master();
            socket.listening = args.master();
        }
        socket.refCount++;
        final Iface iface = core.register("memif" + args.socketId() + "/" + args.id(), "memif", mac, ip ? 0
            : InterfaceCore.DEFAULT_MTU, this, memif, false, false);
        scheduleConnections();
        return new Created(Retval.OK, iface.swIfIndex);
    }

    /**
     * memif_delete: the interface goes, its peer (in this VPP) loses its connection and its link, and the last
     * memif of a listening socket id closes the listener. A surviving slave looks for another master later.
     */
    int memifDelete(final long swIfIndex) {
        final Iface iface = core.iface(swIfIndex);
        if (iface == null || !(iface.device instanceof Memif memif)) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        final Iface peer = memif.peer;
        memif.peer = null;
        pool.put(memif.poolIndex);
        final MemifSocket socket = sockets.get(memif.socketId);
        if (socket != null && --socket.refCount == 0) {
            socket.listening = false;
        }
        core.unregister(iface);
        if (peer != null) {
            ((Memif) peer.device).peer = null;
            core.setLink(peer, false);
        }
        scheduleConnections();
        return Retval.OK;
    }

    @Override
    public void delete(final Iface iface) {
        memifDelete(iface.swIfIndex);
    }

    private void scheduleConnections() {
        if (!connectScheduled) {
            connectScheduled = true;
            core.afterEvents(this::connect);
        }
    }

    /**
     * One pass of VPP's memif process: every slave that is admin up and not connected connects to its file's
     * listener, which accepts it when a master with the same id and mode is there and not connected yet (and the
     * secret, if the master has one, matches). Both ends come link up, the master even when admin down: only an
     * admin-down transition takes a link down. On VPP the pass runs on each memif admin change and every 3 s, so a
     * real VPP may take up to 3 s to do what the simulator does at once.
     */
    private void connect() {
        connectScheduled = false;
        if (!aSlaveWaits()) {
            // nothing to connect: skip listing and sorting every memif (thousands of masters, one pass per batch)
            return;
        }
        final List<Iface> all = memifs();
        for (Iface slave : all) {
            final Memif s = (Memif) slave.device;
            if (s.master || !slave.adminUp || s.peer != null) {
                continue;
            }
            final MemifSocket own = sockets.get(s.socketId);
            final MemifSocket listener = own == null ? null : sockets.listenerOn(own.filename());
            if (listener == null) {
                continue;
            }
            // The listener greets every slave that reaches it, and the slave takes its rings from that greeting
            // before the listener checks id, mode and secret: a refused slave shows them too (found by
            // DifferentialTest).
            s.runKnown = true;
            for (Iface master : all) {
                final Memif m = (Memif) master.device;
                if (m.master && m.socketId == listener.socketId() && m.id == s.id && m.peer == null
                        && m.ipMode == s.ipMode && (m.secret.isEmpty() || m.secret.equals(s.secret))) {
                    m.peer = slave;
                    s.peer = master;
                    core.setLink(master, true);
                    core.setLink(slave, true);
                    break;
                }
            }
        }
    }

    /**
     * A memif's admin state does not touch its connection: going down takes the link down (as for every VPP
     * interface), coming up brings it back if still connected, and lets a slave connect.
     */
    @Override
    public void adminChanged(final InterfaceCore unused, final Iface iface) {
        final Memif memif = (Memif) iface.device;
        if (!iface.adminUp) {
            core.setLink(iface, false);
            return;
        }
        if (memif.peer != null) {
            core.setLink(iface, true);
        } else if (!memif.master) {
            scheduleConnections();
        }
    }
}

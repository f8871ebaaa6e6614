/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.util.LinkedHashMap;

/**
 * The memif plugin's socket file registrations (memif_socket_filename_add_del(_v2)), by socket id. Socket id 0 is
 * VPP's default, {@code <runtime dir>/memif.sock}, and cannot be deleted.
 */
final class MemifSockets {
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

    record SocketResult(int retval, long socketId) {
    }

    private final String runtimeDir;
    private final LinkedHashMap<Long, MemifSocket> sockets = new LinkedHashMap<>();
    private int memifSeed;

    MemifSockets(final String runtimeDir) {
        this.runtimeDir = runtimeDir;
        sockets.put(0L, new MemifSocket(0, runtimeDir + "/memif.sock"));
    }

    /** In insertion order, as memif_socket_filename_dump lists them here (VPP: hash order). */
    Iterable<MemifSocket> all() {
        return sockets.values();
    }

    MemifSocket get(final long socketId) {
        return sockets.get(socketId);
    }

    /**
     * memif_socket_filename_add_del(_v2); {@code v1} refuses {@code ~0} as VPP's older message does. With v2, an add
     * of {@code ~0} takes an id from {@link #unusedSocketId()} before anything else is checked, so even a refused
     * add answers (and uses up) a fresh id.
     */
    SocketResult addDel(final boolean add, final long socketId, final String filename, final boolean v1) {
        if (socketId == 0 || v1 && socketId == InterfaceCore.NONE) {
            return new SocketResult(Retval.INVALID_ARGUMENT, socketId);
        }
        if (!add) {
            final MemifSocket socket = sockets.get(socketId);
            if (socket == null) {
                return new SocketResult(Retval.INVALID_ARGUMENT, socketId);
            }
            if (socket.refCount > 0) {
                return new SocketResult(Retval.UNEXPECTED_INTF_STATE, socketId);
            }
            sockets.remove(socketId);
            return new SocketResult(Retval.OK, socketId);
        }
        final long id = socketId == InterfaceCore.NONE ? unusedSocketId() : socketId;
        if (id == InterfaceCore.NONE || filename.isEmpty()) {
            return new SocketResult(Retval.INVALID_ARGUMENT, id);
        }
        final String path = filename.startsWith("/") ? filename : runtimeDir + "/" + filename;
        final MemifSocket existing = sockets.get(id);
        if (existing != null) {
            return new SocketResult(existing.filename().equals(path) ? Retval.OK : Retval.ENTRY_ALREADY_EXISTS, id);
        }
        sockets.put(id, new MemifSocket(id, path));
        return new SocketResult(Retval.OK, id);
    }

    /**
     * VPP's memif_get_unused_socket_id: a process-wide seed stepped by VPP's LCG, then a walk around it (+1, -2, +3,
     * ...) until an id is free; 1013904223 and then 1196435762 in a fresh process.
     */
    private long unusedSocketId() {
        for (int j = 0; j < 1 << 10; j++) {
            memifSeed = 1664525 * memifSeed + 1013904223;
            for (int i = 0; i < 1 << 10; i++) {
                memifSeed += (2 * (i % 2) - 1) * i;
                final long candidate = memifSeed & 0xFFFF_FFFFL;
                if (candidate != InterfaceCore.NONE && !sockets.containsKey(candidate)) {
                    return candidate;
                }
            }
        }
        return InterfaceCore.NONE;
    }

    /** The socket registration whose masters listen on {@code filename}, or null. */
    MemifSocket listenerOn(final String filename) {
        for (MemifSocket socket : sockets.values()) {
            if (socket.listening && socket.filename().equals(filename)) {
                return socket;
            }
        }
        return null;
    }
}

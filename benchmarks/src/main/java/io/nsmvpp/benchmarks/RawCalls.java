/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MemifCreateV2Reply;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifMode;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The VPP calls the engine makes for an l2xc connection, made directly on the client with no engine in between: the
 * raw rate the engine's is compared with. Same messages, same fields, same order per connection, and the same
 * pipelining (per connection, the two sides' chains of dependent calls at once and the cross-connect after both; all
 * connections in flight at once). It keeps only the bookkeeping those calls need: the interfaces' indexes, and memif
 * socket files shared by reference count.
 *
 * <p>Per connection, created ({@code [memif]} only with a memif client side):
 * <pre>
 *   client side: [memif_socket_filename_add_del_v2 add with socket id ~0 (VPP picks it), when the file is new],
 *                memif_create_v2 or create_loopback, sw_interface_tag_add_del, sw_interface_set_flags up
 *   server side, at the same time: create_loopback, sw_interface_tag_add_del, sw_interface_set_flags up
 *   once both are up: sw_interface_set_l2_xconnect x2, both at once
 * </pre>
 * deleted (each sw_interface_dump is of one interface, to re-check its tag, read once per transaction and shared by
 * the cross-connect, the sides and the mechanisms; a dump ends with a control_ping):
 * <pre>
 *   sw_interface_dump x2 (both at once), sw_interface_set_l2_xconnect off x2 (both at once, server's first)
 *   then at the same time: delete_loopback (server's loopback) and memif_delete or delete_loopback (client's
 *   interface), [memif_socket_filename_add_del_v2 del, with the file's last memif]
 * </pre>
 * The engine benchmark checks this against the simulator's operation log, call by call.
 */
final class RawCalls {
    /** One connection's VPP objects. */
    static final class Conn {
        final String clientTag;
        final String serverTag;
        /** The memif socket file of the client side, or null for a loopback client side. */
        final String socketFile;
        volatile long clientIndex = -1;
        volatile long serverIndex = -1;

        Conn(final String clientTag, final String serverTag, final String socketFile) {
            this.clientTag = clientTag;
            this.serverTag = serverTag;
            this.socketFile = socketFile;
        }
    }

    private static final class Socket {
        final CompletableFuture<Long> id = new CompletableFuture<>();
        int users;
        long nextMemifId;
    }

    private final VppClient client;
    private final Map<String, Socket> sockets = new HashMap<>();

    RawCalls(final VppClient client) {
        this.client = client;
    }

    /**
     * Creates the connections, every connection's chain in flight at once.
     *
     * @param oneTransaction as one transaction of all or one transaction each (the same calls since socket ids are
     *     VPP's choice; kept so the two modes stay comparable line by line)
     */
    CompletableFuture<Void> create(final List<Conn> conns, final boolean oneTransaction) {
        final CompletableFuture<?>[] all = new CompletableFuture<?>[conns.size()];
        for (int i = 0; i < all.length; i++) {
            final Conn conn = conns.get(i);
            final String file = conn.socketFile;
            final CompletableFuture<Long> clientSide;
            if (file == null) {
                clientSide = client.send(new CreateLoopback(MacAddress.ZERO)).thenApply(CreateLoopbackReply::swIfIndex);
            } else {
                clientSide = acquire(file)
                    .thenCompose(socketId -> client.send(new MemifCreateV2(0, MemifMode.ETHERNET, 0, 0,
                        reserveId(file), socketId, 0, 0, false, false, MacAddress.ZERO, "")))
                    .thenApply(MemifCreateV2Reply::swIfIndex);
            }
            final CompletableFuture<?> clientUp = clientSide.thenCompose(index -> {
                conn.clientIndex = index;
                return client.send(new SwInterfaceTagAddDel(true, index, conn.clientTag));
            }).thenCompose(ok -> client.send(new SwInterfaceSetFlags(conn.clientIndex, IfStatusFlags.ADMIN_UP)));
            final CompletableFuture<?> serverUp = client.send(new CreateLoopback(MacAddress.ZERO))
                .thenCompose(reply -> {
                    conn.serverIndex = reply.swIfIndex();
                    return client.send(new SwInterfaceTagAddDel(true, reply.swIfIndex(), conn.serverTag));
                })
                .thenCompose(ok -> client.send(new SwInterfaceSetFlags(conn.serverIndex, IfStatusFlags.ADMIN_UP)));
            all[i] = CompletableFuture.allOf(clientUp, serverUp)
                .thenCompose(ok -> CompletableFuture.allOf(client.send(new SwInterfaceSetL2Xconnect(conn.clientIndex,
                    conn.serverIndex, true)).toCompletableFuture(), client.send(new SwInterfaceSetL2Xconnect(
                        conn.serverIndex, conn.clientIndex, true)).toCompletableFuture()));
        }
        return CompletableFuture.allOf(all);
    }

    /** Deletes the connections, every connection's chain in flight at once. */
    CompletableFuture<Void> delete(final List<Conn> conns) {
        final CompletableFuture<?>[] all = new CompletableFuture<?>[conns.size()];
        for (int i = 0; i < all.length; i++) {
            final Conn conn = conns.get(i);
            final long a = conn.clientIndex;
            final long b = conn.serverIndex;
            final String file = conn.socketFile;
            all[i] = client.dump(new SwInterfaceDump(a, false, ""))
                .thenCombine(client.dump(new SwInterfaceDump(b, false, "")), (rowsA, rowsB) -> rowsA)
                .thenCompose(rows -> CompletableFuture.allOf(
                    client.send(new SwInterfaceSetL2Xconnect(b, a, false)).toCompletableFuture(),
                    client.send(new SwInterfaceSetL2Xconnect(a, b, false)).toCompletableFuture()))
                .thenCompose(off -> CompletableFuture.allOf(client.send(new DeleteLoopback(b)).toCompletableFuture(),
                    (file == null ? client.send(new DeleteLoopback(a)).thenApply(ok -> (Void) null)
                        : client.send(new MemifDelete(a)).thenCompose(ok -> release(file))).toCompletableFuture()));
        }
        return CompletableFuture.allOf(all);
    }

    private synchronized CompletableFuture<Long> acquire(final String file) {
        final Socket existing = sockets.get(file);
        if (existing != null) {
            existing.users++;
            return existing.id;
        }
        final long id = 0xFFFF_FFFFL;
        final Socket socket = new Socket();
        socket.users = 1;
        sockets.put(file, socket);
        client.send(new MemifSocketFilenameAddDelV2(true, id, file)).whenComplete((reply, error) -> {
            if (error != null) {
                socket.id.completeExceptionally(error);
            } else {
                socket.id.complete(reply.socketId());
            }
        });
        return socket.id;
    }

    private synchronized long reserveId(final String file) {
        return sockets.get(file).nextMemifId++;
    }

    private CompletableFuture<Void> release(final String file) {
        final Socket socket;
        synchronized (this) {
            socket = sockets.get(file);
            if (--socket.users > 0) {
                return CompletableFuture.completedFuture(null);
            }
            sockets.remove(file);
        }
        return socket.id.thenCompose(id -> client.send(new MemifSocketFilenameAddDelV2(false, id, "")))
            .thenApply(ok -> (Void) null);
    }
}

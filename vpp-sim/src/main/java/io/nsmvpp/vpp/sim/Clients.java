/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's client connections, as VPP's socket API keeps them: each connection's frames as they arrive, its
 * registration (the handle {@code sockclnt_create} hands out), the interface-event subscriptions, and what is
 * waiting to be written. Replies
 * of one read go out in one write; a delayed chunk waits until its time, and everything after it waits too, so the
 * order is kept. Touched only by the server's loop thread.
 */
final class Clients {
    private static final Logger LOG = LoggerFactory.getLogger(Clients.class);
    static final int HEADER = 16;
    /** VPP fills the first 8 header bytes with junk; so does the simulator, so that no client relies on them. */
    static final long HEADER_JUNK = 0x0000_7f3a_c0de_0000L;
    private static final long SOCKET_HANDLE_BIT = 0x8000_0000L;

    /** One client connection. */
    static final class Conn {
        final SocketChannel channel;
        final SelectionKey key;
        byte[] in = new byte[64 * 1024];
        int inLen;
        long handle = -1;
        final ArrayDeque<Chunk> pending = new ArrayDeque<>();
        final WireWriter out = new WireWriter(4096, Integer.MAX_VALUE - 16);
        boolean closeAfterFlush;

        Conn(final SocketChannel channel, final SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }
    }

    /** Receives each complete frame's body (msg id onwards) in arrival order. */
    @FunctionalInterface
    interface FrameSink {
        void frame(Conn conn, byte[] buf, int off, int len);
    }

    /** Bytes to write, not before {@code releaseAt} (System.nanoTime). */
    private static final class Chunk {
        final ByteBuffer data;
        final long releaseAt;

        Chunk(final byte[] data, final long releaseAt) {
            this.data = ByteBuffer.wrap(data);
            this.releaseAt = releaseAt;
        }
    }

    private final Selector selector;
    private final Map<Long, Conn> registrations = new HashMap<>();
    private Pool registrationPool;
    private final LinkedHashMap<Long, Long> subscriptions = new LinkedHashMap<>();
    private final Set<Conn> touched = new LinkedHashSet<>();

    Clients(final Selector selector) {
        this.selector = selector;
        reset();
    }

    /** Forgets every registration and subscription, as a restarted VPP has none. */
    void reset() {
        registrations.clear();
        registrationPool = new Pool();
        // VPP's socket registration pool index 0 is its own listener: handles start at 0x80000001.
        registrationPool.get();
        subscriptions.clear();
    }

    void accept(final ServerSocketChannel server) throws IOException {
        final SocketChannel channel = server.accept();
        if (channel == null) {
            return;
        }
        channel.configureBlocking(false);
        try {
            // A big send buffer lets a 10,000-row dump leave in a few writes instead of dozens of selector rounds.
            channel.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot enlarge the send buffer", e);
        }
        final SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        key.attach(new Conn(channel, key));
    }

    /** Every open connection, registered or not. */
    List<Conn> all() {
        final List<Conn> conns = new ArrayList<>();
        for (var key : selector.keys()) {
            if (key.attachment() instanceof Conn conn) {
                conns.add(conn);
            }
        }
        return conns;
    }

    void close(final Conn conn) {
        conn.key.cancel();
        try {
            conn.channel.close();
        } catch (IOException e) {
            LOG.debug("closing a client", e);
        }
        if (conn.handle >= 0) {
            registrations.remove(conn.handle);
            subscriptions.remove(conn.handle);
        }
        registrations.values().removeIf(c -> c == conn);
        touched.remove(conn);
    }

    void closeAll() {
        all().forEach(this::close);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads what a client sent and hands every complete frame to {@code sink}, as VPP parses its socket: a 16-byte
     * header whose bytes 8..11 are the body length, big-endian. Returns false when the connection was closed.
     */
    boolean read(final Conn conn, final long maxBodyBytes, final FrameSink sink) {
        int count;
        try {
            if (conn.inLen == conn.in.length) {
                // Grow only as data actually arrives, as VPP does: a header announcing 2 GiB costs nothing until
                // the bytes come. Past the limit VPP would run out of heap and abort; the simulator drops the client.
                if (conn.in.length * 2L > maxBodyBytes + HEADER) {
                    LOG.error("client sent more than {} bytes of one message: real VPP v26.06 would run out of "
                        + "memory and abort; the simulator closes this connection", maxBodyBytes);
                    close(conn);
                    return false;
                }
                conn.in = Arrays.copyOf(conn.in, conn.in.length * 2);
            }
            count = conn.channel.read(ByteBuffer.wrap(conn.in, conn.inLen, conn.in.length - conn.inLen));
        } catch (IOException e) {
            count = -1;
        }
        if (count < 0) {
            close(conn);
            return false;
        }
        conn.inLen += count;
        int pos = 0;
        while (conn.channel.isOpen() && conn.inLen - pos >= HEADER) {
            final long length = u32(conn.in, pos + 8);
            if (conn.inLen - pos < HEADER + length) {
                break;
            }
            sink.frame(conn, conn.in, pos + HEADER, (int) length);
            pos += HEADER + (int) length;
        }
        if (pos > 0) {
            System.arraycopy(conn.in, pos, conn.in, 0, conn.inLen - pos);
            conn.inLen -= pos;
        }
        return true;
    }

    private static long u32(final byte[] buf, final int at) {
        return ((buf[at] & 0xFFL) << 24) | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8 | buf[at + 3] & 0xFF;
    }

    // ---------------------------------------------------------------- registrations and subscriptions

    /** sockclnt_create: the connection's handle, a new one on its first call. */
    long register(final Conn conn) {
        if (conn.handle < 0) {
            conn.handle = SOCKET_HANDLE_BIT | registrationPool.get();
            registrations.put(conn.handle, conn);
        }
        return conn.handle;
    }

    /** The connection registered with {@code handle} (a request's client_index), or null. */
    Conn byHandle(final long handle) {
        return registrations.get(handle);
    }

    /** sockclnt_delete of {@code handle}: the registration and its subscription go, the socket stays open. */
    void unregister(final long handle) {
        registrations.remove(handle);
        subscriptions.remove(handle);
    }

    /** The client index VPP logs for an unknown handle. */
    static long clientId(final long handle) {
        return handle & ~SOCKET_HANDLE_BIT;
    }

    /** want_interface_events for {@code clientIndex}; a second subscribe or an unsubscribe of none gives -31. */
    int wantInterfaceEvents(final long clientIndex, final boolean enable, final long pid) {
        if (enable) {
            if (subscriptions.containsKey(clientIndex)) {
                return Retval.INVALID_REGISTRATION;
            }
            subscriptions.put(clientIndex, pid);
        } else if (subscriptions.remove(clientIndex) == null) {
            return Retval.INVALID_REGISTRATION;
        }
        return Retval.OK;
    }

    /** Subscribed client index to the pid it gave, in subscription order. */
    Map<Long, Long> subscriptions() {
        return subscriptions;
    }

    // ---------------------------------------------------------------- writing

    /** Encodes a message with its header into the connection's batch; it leaves with the next flush. */
    void send(final Conn conn, final int id, final VppMessage message, final long context, final long clientIndex) {
        final WireWriter out = conn.out;
        final int start = out.position();
        out.u64(HEADER_JUNK);
        out.u32(0);
        out.u32(0);
        MessageCodec.encode(out, id, clientIndex, context, message);
        out.putU32At(start + 8, out.position() - start - HEADER);
        touched.add(conn);
    }

    /** As {@link #send}, for a message whose fields after msg id and context are already encoded. */
    void sendEncoded(final Conn conn, final int id, final long context, final byte[] fields) {
        final WireWriter out = conn.out;
        out.u64(HEADER_JUNK);
        out.u32(fields.length + 6L);
        out.u32(0);
        out.u16(id);
        out.u32(context);
        out.bytes(fields);
        touched.add(conn);
    }

    /** Adds raw bytes (a corrupt frame) to the connection's batch. */
    void sendRaw(final Conn conn, final byte[] bytes) {
        conn.out.bytes(bytes);
        touched.add(conn);
    }

    /** Marks a connection as having something to write, for the next flush. */
    void touch(final Conn conn) {
        touched.add(conn);
    }

    /** Closes the batch written so far into a chunk that leaves no earlier than {@code releaseAt} (0: at once). */
    void seal(final Conn conn, final long releaseAt) {
        if (conn.out.position() > 0) {
            conn.pending.add(new Chunk(conn.out.toByteArray(), releaseAt));
            conn.out.reset();
        }
    }

    /** How long the loop may sleep before a delayed chunk is due; 0 for "until something happens". */
    long nextTimerMillis() {
        long next = Long.MAX_VALUE;
        for (var key : selector.keys()) {
            if (key.attachment() instanceof Conn conn && !conn.pending.isEmpty()
                && conn.pending.peekFirst().releaseAt != 0) {
                next = Math.min(next, conn.pending.peekFirst().releaseAt);
            }
        }
        if (next == Long.MAX_VALUE) {
            return 0;
        }
        final long millis = TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime());
        return Math.max(1, millis + 1);
    }

    void flushTouched() {
        if (touched.isEmpty() && !hasPendingChunks()) {
            return;
        }
        for (Conn conn : all()) {
            if (!conn.pending.isEmpty()) {
                touched.add(conn);
            }
        }
        for (Conn conn : new ArrayList<>(touched)) {
            if (conn.pending.isEmpty() && conn.out.position() > 0 && conn.channel.isOpen()) {
                writeDirect(conn);
            }
            seal(conn, 0);
            flush(conn);
        }
        touched.clear();
    }

    /**
     * The common case, nothing queued before this batch: write straight from the batch buffer and keep only what
     * the socket did not take, instead of copying every batch into a chunk first.
     */
    private void writeDirect(final Conn conn) {
        final int length = conn.out.position();
        final ByteBuffer buf = ByteBuffer.wrap(conn.out.array(), 0, length);
        try {
            conn.channel.write(buf);
        } catch (IOException e) {
            LOG.debug("client went away while writing", e);
            close(conn);
            return;
        }
        if (buf.hasRemaining()) {
            conn.pending.add(new Chunk(Arrays.copyOfRange(conn.out.array(), buf.position(), length), 0));
        }
        conn.out.reset();
    }

    private boolean hasPendingChunks() {
        for (var key : selector.keys()) {
            if (key.attachment() instanceof Conn conn && !conn.pending.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void flush(final Conn conn) {
        if (!conn.channel.isOpen()) {
            return;
        }
        final long now = System.nanoTime();
        try {
            while (!conn.pending.isEmpty()) {
                final Chunk chunk = conn.pending.peekFirst();
                if (chunk.releaseAt != 0 && chunk.releaseAt - now > 0) {
                    break;
                }
                conn.channel.write(chunk.data);
                if (chunk.data.hasRemaining()) {
                    conn.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    return;
                }
                conn.pending.pollFirst();
            }
            if (conn.key.isValid()) {
                conn.key.interestOps(SelectionKey.OP_READ);
            }
            if (conn.closeAfterFlush && conn.pending.isEmpty()) {
                close(conn);
            }
        } catch (ClosedChannelException e) {
            close(conn);
        } catch (IOException e) {
            LOG.debug("client went away while writing", e);
            close(conn);
        }
    }
}

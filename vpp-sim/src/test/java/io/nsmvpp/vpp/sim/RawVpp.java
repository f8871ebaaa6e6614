/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.SockclntCreate;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.VppDump;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.msg.VppRequest;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately minimal raw client for the conformance suite: it frames vpp-client's message records by hand, so
 * the suite can also send what a proper client never would (a zero client_index, truncated bodies, unknown ids).
 * One reader thread queues every received frame; requests wait for the frame with their context.
 */
final class RawVpp implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How often a wait for a reply looks whether the socket has closed. */
    private static final long EOF_CHECK_NANOS = 50_000_000L;
    private static final AtomicInteger CONTEXTS = new AtomicInteger(0x1000);

    /** A received frame. */
    record Frame(int msgId, byte[] body) {
        /** The context; sockclnt_create_reply (id 16) has client_index before it. */
        long context() {
            final int at = msgId == 16 ? 6 : 2;
            return body.length < at + 4 ? -1 : (body[at] & 0xFFL) << 24 | (body[at + 1] & 0xFF) << 16
                | (body[at + 2] & 0xFF) << 8 | body[at + 3] & 0xFF;
        }
    }

    private final Path socket;
    /** Whether this connection reports to {@link VppWatch} (every one but its probe). */
    private final boolean watched;
    private final SocketChannel channel;
    private final Thread reader;
    private final LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<SwInterfaceEvent> events = new LinkedBlockingQueue<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, MessageType<?>> types = new HashMap<>();
    private volatile boolean closed;
    private Duration timeout = TIMEOUT;
    private volatile boolean eof;
    private long handle;
    private List<MessageTableEntry> table = List.of();
    private final Map<Integer, String> names = new HashMap<>(Map.of(15, "sockclnt_create"));

    private RawVpp(final Path socket, final boolean watched, final SocketChannel channel) {
        this.socket = socket;
        this.watched = watched;
        this.channel = channel;
        reader = new Thread(this::readLoop, "raw-vpp reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects and handshakes with sockclnt_create. */
    static RawVpp connect(final Path socket) throws IOException {
        final RawVpp vpp = open(socket);
        vpp.handshake("conformance");
        return vpp;
    }

    /** Connects without a handshake; fails at once when {@link VppWatch} knows that VPP is dead. */
    static RawVpp open(final Path socket) throws IOException {
        VppWatch.checkAlive(socket);
        return openChannel(socket, true);
    }

    /** Connects without a handshake and without reporting to {@link VppWatch}: its probe. */
    static RawVpp unwatched(final Path socket) throws IOException {
        return openChannel(socket, false);
    }

    private static RawVpp openChannel(final Path socket, final boolean watched) throws IOException {
        final SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new RawVpp(socket, watched, channel);
    }

    SockclntCreateReply handshake(final String name) throws IOException {
        final long context = nextContext();
        sendBody(MessageCodec.encode(15, 0, context, new SockclntCreate(name)));
        final Frame frame = awaitContext(context);
        final SockclntCreateReply reply = MessageCodec.decode(SockclntCreateReply.TYPE, frame.body()).message();
        handle = reply.index();
        table = reply.messageTable();
        for (MessageTableEntry entry : table) {
            ids.put(entry.name(), entry.index());
            names.put(entry.index(), entry.name());
        }
        for (MessageType<?> type : Messages.ALL) {
            final Integer id = ids.get(type.nameCrc());
            if (id != null) {
                types.put(id, type);
            }
        }
        return reply;
    }

    /** How long a request waits for its reply ({@link #TIMEOUT} unless changed). */
    RawVpp timeout(final Duration wait) {
        timeout = wait;
        return this;
    }

    boolean isClosed() {
        return eof || closed;
    }

    long handle() {
        return handle;
    }

    List<MessageTableEntry> table() {
        return table;
    }

    int id(final MessageType<?> type) {
        final Integer id = ids.get(type.nameCrc());
        if (id == null) {
            throw new IllegalStateException(type.nameCrc() + " is not in VPP's message table");
        }
        return id;
    }

    boolean has(final MessageType<?> type) {
        return ids.containsKey(type.nameCrc());
    }

    static long nextContext() {
        return CONTEXTS.incrementAndGet() & 0xFFFF_FFFFL;
    }

    // ---------------------------------------------------------------- sending

    byte[] body(final VppMessage message, final long clientIndex, final long context) {
        return MessageCodec.encode(id(message.type()), clientIndex, context, message);
    }

    void sendBody(final byte[] body) throws IOException {
        send(frame(body));
    }

    static byte[] frame(final byte[] body) {
        final var out = new WireWriter(body.length + 16, Integer.MAX_VALUE);
        out.u64(0).u32(body.length).u32(0).bytes(body);
        return out.toByteArray();
    }

    synchronized void send(final byte[] bytes) throws IOException {
        if (watched) {
            VppWatch.checkAlive(socket);
            VppWatch.sent(socket, describe(bytes));
        }
        final ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Sends a request with this connection's handle and waits for its reply. */
    <R extends VppReply> R request(final VppRequest<R> request) throws IOException {
        final long context = nextContext();
        sendBody(body(request, handle, context));
        return decode(request.replyType(), awaitContext(context));
    }

    /** Sends a dump followed by control_ping on the same context and collects the details. */
    <D extends VppMessage> List<D> dump(final VppDump<D> dump) throws IOException {
        final long context = nextContext();
        final var out = new WireWriter(256, Integer.MAX_VALUE);
        for (byte[] body : List.of(body(dump, handle, context), body(new ControlPing(), handle, context))) {
            out.u64(0).u32(body.length).u32(0).bytes(body);
        }
        send(out.toByteArray());
        final int pingReply = id(ControlPingReply.TYPE);
        final int details = id(dump.detailsType());
        final var rows = new ArrayList<D>();
        while (true) {
            final Frame frame = awaitContext(context);
            if (frame.msgId() == pingReply) {
                return rows;
            }
            if (frame.msgId() != details) {
                throw new IllegalStateException("unexpected message id " + frame.msgId() + " in a dump");
            }
            rows.add(decode(dump.detailsType(), frame));
        }
    }

    /**
     * What {@code bytes} hold, frame by frame, for {@link VppWatch}'s record: names, body lengths, client indexes
     * (sockclnt_create has none).
     */
    private String describe(final byte[] bytes) {
        final var out = new StringBuilder();
        final ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.remaining() >= 16) {
            final int length = buf.getInt(buf.position() + 8);
            buf.position(buf.position() + 16);
            final int present = Math.min(Math.max(length, 0), buf.remaining());
            out.append(out.isEmpty() ? "" : ", ");
            if (present < 2) {
                out.append("a frame with a body of ").append(length).append(" bytes");
            } else {
                final int id = buf.getShort(buf.position()) & 0xFFFF;
                out.append(names.getOrDefault(id, "unknown id " + id)).append(" (").append(length).append(" bytes");
                if (present >= 6 && id != 15) {
                    final long clientIndex = buf.getInt(buf.position() + 2) & 0xFFFF_FFFFL;
                    out.append(", client_index ").append(Long.toHexString(clientIndex));
                }
                out.append(present < length ? ", of which " + present + " in this write)" : ")");
            }
            buf.position(buf.position() + present);
        }
        if (buf.hasRemaining()) {
            out.append(out.isEmpty() ? "" : ", ").append(buf.remaining()).append(" bytes of a frame");
        }
        return out.toString();
    }

    static <T extends VppMessage> T decode(final MessageType<T> type, final Frame frame) {
        return MessageCodec.decode(type, frame.body()).message();
    }

    // ---------------------------------------------------------------- receiving

    /**
     * The next frame with this context; events met on the way are queued, other frames are dropped. When none comes
     * in time (or the socket closes first), {@link VppWatch} probes VPP and, if VPP is gone, the failure says so.
     */
    Frame awaitContext(final long context) throws IOException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            final Frame frame = poll(Math.min(deadline - System.nanoTime(), EOF_CHECK_NANOS));
            if (frame == null && (eof && frames.isEmpty() || System.nanoTime() - deadline >= 0)) {
                final String what = "no reply with context " + Long.toHexString(context) + " within " + timeout
                    + (eof ? " (socket closed)" : "");
                final String dead = watched ? VppWatch.stoppedAnswering(socket, what) : null;
                throw new IOException(dead != null ? dead : what);
            }
            if (frame == null) {
                continue;
            }
            if (frame.context() == context && !isEvent(frame)) {
                return frame;
            }
        }
    }

    /** Every frame (events excluded) that arrives within {@code wait}. */
    List<Frame> drain(final Duration wait) {
        final long deadline = System.nanoTime() + wait.toNanos();
        final var out = new ArrayList<Frame>();
        while (true) {
            final Frame frame = poll(deadline - System.nanoTime());
            if (frame == null) {
                return out;
            }
            if (!isEvent(frame)) {
                out.add(frame);
            }
        }
    }

    /** Every frame, events included and left undecoded, that arrives within {@code wait}, in arrival order. */
    List<Frame> drainRaw(final Duration wait) throws InterruptedException {
        final long deadline = System.nanoTime() + wait.toNanos();
        final var out = new ArrayList<Frame>();
        while (true) {
            final Frame frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                return out;
            }
            out.add(frame);
        }
    }

    boolean isEventId(final int msgId) {
        return types.get(msgId) == SwInterfaceEvent.TYPE;
    }

    private Frame poll(final long nanos) {
        try {
            final Frame frame = frames.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
            if (frame != null && isEvent(frame)) {
                events.add(decode(SwInterfaceEvent.TYPE, frame));
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean isEvent(final Frame frame) {
        return types.get(frame.msgId()) == SwInterfaceEvent.TYPE;
    }

    /** Events received so far plus those arriving within {@code wait}. */
    List<SwInterfaceEvent> events(final Duration wait) {
        drain(wait);
        final var out = new ArrayList<SwInterfaceEvent>();
        events.drainTo(out);
        return out;
    }

    /** Whether the peer closed the socket within {@code wait}. */
    boolean closedWithin(final Duration wait) throws InterruptedException {
        final long deadline = System.nanoTime() + wait.toNanos();
        while (!eof && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return eof;
    }

    private void readLoop() {
        final ByteBuffer header = ByteBuffer.allocate(16);
        try {
            while (!closed) {
                header.clear();
                if (!fill(header)) {
                    break;
                }
                final int length = header.getInt(8);
                if (length < 0 || length > 64 << 20) {
                    break;
                }
                final ByteBuffer body = ByteBuffer.allocate(length);
                if (!fill(body)) {
                    break;
                }
                final byte[] bytes = body.array();
                frames.add(new Frame(bytes.length < 2 ? -1 : (bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF, bytes));
            }
        } catch (IOException e) {
            // the socket is gone: same as EOF for the tests
        } finally {
            eof = true;
        }
    }

    private boolean fill(final ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}

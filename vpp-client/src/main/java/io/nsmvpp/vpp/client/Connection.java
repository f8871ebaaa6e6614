/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.HeaderLayout;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.SockclntCreate;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.msg.SockclntDelete;
import io.nsmvpp.vpp.client.msg.VppDump;
import io.nsmvpp.vpp.client.msg.VppEvent;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.msg.VppRequest;
import io.nsmvpp.vpp.client.transport.Transport;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import io.nsmvpp.vpp.client.wire.WireFormatException;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session with VPP: a transport, the handshake's client index and message table, and the requests in flight.
 * A reconnect makes a new one; an ended one never comes back.
 *
 * <p>Requests are told apart by a packed u32 context, which VPP echoes in replies and details:
 *
 * <pre>
 *   31        24 23                                   0
 *  +------------+--------------------------------------+
 *  |   epoch    |               sequence               |
 *  +------------+--------------------------------------+
 *   epoch:    8 bits, differs per connection of a client (random start, +1 per reconnect)
 *   sequence: 24 bits, +1 per request, 0 skipped, wraps after 16,777,215
 * </pre>
 *
 * <p>A reply whose context is not pending (its request timed out, or it was meant for another client that used our
 * handle) is discarded and counted, never handed to another caller. A dump and its closing {@code control_ping}
 * share one context.
 */
final class Connection implements Transport.Receiver {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    private static final int SEQUENCE_MASK = 0xFF_FFFF;
    /** Fixed ids of the handshake, the only ones VPP does not assign at run time. */
    static final int SOCKCLNT_CREATE_ID = 15;
    static final int SOCKCLNT_CREATE_REPLY_ID = 16;

    private final VppClient client;
    private final VppClientConfig config;
    private final Transport transport;
    private final int epoch;
    private final AtomicInteger sequence = new AtomicInteger();
    private final ConcurrentHashMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    /**
     * No pending request's deadline comes before this ({@link System#nanoTime()} scale): the sweeper scans the pending
     * table only once it has passed, so that tens of thousands of requests in flight do not cost a full scan every
     * sweep.
     */
    private final AtomicLong nextDeadline = new AtomicLong(System.nanoTime() + Long.MAX_VALUE / 2);
    private final CompletableFuture<SockclntCreateReply> handshake = new CompletableFuture<>();
    private final ThreadLocal<WireWriter> writers;

    private volatile MessageTable table;
    private volatile long clientIndex;
    private volatile Throwable closedCause;
    private volatile boolean closing;
    private volatile Thread readerThread;
    private volatile int handshakeContext;

    final AtomicLong unknownFrames = new AtomicLong();
    final AtomicLong discardedReplies = new AtomicLong();
    final AtomicLong malformedFrames = new AtomicLong();

    Connection(final VppClient client, final VppClientConfig config, final int epoch) {
        this.client = client;
        this.config = config;
        this.transport = config.transports().get();
        this.epoch = epoch & 0xFF;
        final int cap = config.maxSendBody();
        this.writers = ThreadLocal.withInitial(() -> new WireWriter(512, 2 * (FrameCodec.HEADER_SIZE + cap)));
    }

    /** Connects, shakes hands and checks compatibility; on any failure the transport is closed again. */
    @SuppressWarnings({"checkstyle:IllegalCatch", "checkstyle:AvoidHidingCauseException"})
    void open() {
        try {
            transport.connect(this);
        } catch (IOException e) {
            throw new VppConnectionException(e.getMessage(), e);
        }
        try {
            handshakeContext = nextContext();
            final WireWriter out = startFrame();
            MessageCodec.encode(out, SOCKCLNT_CREATE_ID, 0, handshakeContext & 0xFFFF_FFFFL,
                new SockclntCreate(config.clientName()));
            endFrame(out, 0);
            transport.send(out.array(), 0, out.position());
            final SockclntCreateReply reply = handshake.get(config.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
            if (reply.response() != 0) {
                throw new VppConnectionException("sockclnt_create refused: response " + reply.response());
            }
            final MessageTable resolved = MessageTable.of(reply.messageTable(), config.checked());
            final List<String> problems = resolved.incompatibilities(config.plugins(), config.checked());
            if (!problems.isEmpty()) {
                throw new VppIncompatibleException(problems);
            }
            clientIndex = reply.index();
            table = resolved;
        } catch (IOException e) {
            transport.close();
            throw new VppConnectionException("handshake failed: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            transport.close();
            throw new VppConnectionException("no sockclnt_create_reply within " + config.connectTimeout().toMillis()
                + " ms from " + transport, e);
        } catch (ExecutionException e) {
            transport.close();
            throw new VppConnectionException("handshake failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            transport.close();
            Thread.currentThread().interrupt();
            throw new VppConnectionException("interrupted during handshake", e);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    MessageTable table() {
        return table;
    }

    long clientIndex() {
        return clientIndex;
    }

    boolean isOpen() {
        return !closing && closedCause == null && table != null;
    }

    boolean isReaderThread() {
        return Thread.currentThread() == readerThread;
    }

    int pendingCount() {
        return pending.size();
    }

    private int nextContext() {
        int seq;
        do {
            seq = sequence.incrementAndGet() & SEQUENCE_MASK;
        } while (seq == 0);
        return epoch << 24 | seq;
    }

    private WireWriter startFrame() {
        final WireWriter out = writers.get();
        out.reset();
        out.zeros(FrameCodec.HEADER_SIZE);
        return out;
    }

    private void endFrame(final WireWriter out, final int frameStart) {
        final int bodyLength = out.position() - frameStart - FrameCodec.HEADER_SIZE;
        if (bodyLength > config.maxSendBody()) {
            throw new VppException("request body of " + bodyLength + " bytes exceeds the cap of "
                + config.maxSendBody());
        }
        FrameCodec.writeHeader(out.array(), frameStart, bodyLength);
    }

    private int resolve(final MessageType<?> type) {
        final MessageTable current = table;
        final int id = current == null ? -1 : current.idOf(type);
        if (id < 0) {
            throw new VppIncompatibleException(List.of(type.name() + ": not offered by this VPP with "
                + type.nameCrc() + " (plugin " + type.plugin() + ")"));
        }
        return id;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    <R extends VppReply> CompletableFuture<R> send(final VppRequest<R> request, final Duration timeout) {
        final String name = request.type().name();
        final Pending.Reply<R> entry;
        try {
            final int id = resolve(request.type());
            resolve(request.replyType());
            entry = new Pending.Reply<>(nextContext(), name, timeout, request.replyType());
            final WireWriter out = startFrame();
            MessageCodec.encode(out, id, clientIndex, entry.context & 0xFFFF_FFFFL, request,
                table.formOf(request.type()));
            endFrame(out, 0);
            submit(entry, out);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return entry.future();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    <D extends VppMessage> CompletableFuture<List<D>> dump(final VppDump<D> request, final Duration timeout) {
        final String name = request.type().name();
        final Pending.Dump<D> entry;
        try {
            final int id = resolve(request.type());
            resolve(request.detailsType());
            final int pingId = resolve(ControlPing.TYPE);
            resolve(ControlPingReply.TYPE);
            entry = new Pending.Dump<>(nextContext(), name, timeout, request.detailsType(),
                ControlPingReply.TYPE);
            final long context = entry.context & 0xFFFF_FFFFL;
            final WireWriter out = startFrame();
            MessageCodec.encode(out, id, clientIndex, context, request, table.formOf(request.type()));
            endFrame(out, 0);
            final int second = out.position();
            out.zeros(FrameCodec.HEADER_SIZE);
            MessageCodec.encode(out, pingId, clientIndex, context, new ControlPing());
            endFrame(out, second);
            submit(entry, out);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return entry.future();
    }

    private void submit(final Pending entry, final WireWriter out) {
        final Throwable cause = closedCause;
        if (cause != null || closing || table == null) {
            throw new VppConnectionException("not connected to VPP", cause);
        }
        pending.put(entry.context, entry);
        nextDeadline.accumulateAndGet(entry.deadlineNanos, Connection::earlier);
        try {
            transport.send(out.array(), 0, out.position());
        } catch (IOException e) {
            if (pending.remove(entry.context, entry)) {
                throw new VppConnectionException(entry.name + ": send failed: " + e.getMessage(), e);
            }
            return;
        }
        final Throwable closed = closedCause;
        if (closed != null && pending.remove(entry.context, entry)) {
            // The connection ended between the check and the put: fail here, onClosed may have missed it.
            entry.fail(closedFailure(entry, closed));
        }
    }

    /**
     * How a request fails when the connection ends under it, whichever thread fails it: naming the request, as a
     * timeout does, and why the connection ended.
     */
    private static VppConnectionException closedFailure(final Pending entry, final Throwable why) {
        return new VppConnectionException(entry.name + ": connection to VPP closed: " + why.getMessage(), why);
    }

    /** Fails every request whose deadline has passed; called periodically by the client's sweeper. */
    void expire(final long now) {
        if (now - nextDeadline.get() < 0) {
            return;
        }
        // Requests submitted during the scan lower the bound again themselves.
        nextDeadline.set(now + Long.MAX_VALUE / 2);
        long earliest = now + Long.MAX_VALUE / 2;
        for (Pending entry : pending.values()) {
            if (now - entry.deadlineNanos >= 0) {
                if (pending.remove(entry.context, entry)) {
                    entry.fail(new VppTimeoutException(entry.name, entry.timeout));
                }
            } else {
                earliest = earlier(earliest, entry.deadlineNanos);
            }
        }
        nextDeadline.accumulateAndGet(earliest, Connection::earlier);
    }

    /** The earlier of two {@link System#nanoTime()} readings. */
    private static long earlier(final long one, final long other) {
        return one - other <= 0 ? one : other;
    }

    /** Says goodbye with {@code sockclnt_delete}; true if VPP answered {@code response = 1}. */
    boolean goodbye() {
        if (!isOpen()) {
            return false;
        }
        try {
            final var reply = send(new SockclntDelete(clientIndex), config.connectTimeout())
                .get(config.connectTimeout().toMillis() + 100, TimeUnit.MILLISECONDS);
            return reply.isSuccess();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("sockclnt_delete got no clean answer", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void close() {
        closing = true;
        transport.close();
    }

    @Override
    public void onFrame(final byte[] buf, final int offset, final int length) {
        if (readerThread == null) {
            readerThread = Thread.currentThread();
        }
        final int id = MessageCodec.msgId(buf, offset, length);
        final MessageTable current = table;
        if (current == null) {
            onHandshakeFrame(id, buf, offset, length);
            return;
        }
        final MessageType<?> type = current.typeOf(id);
        if (type == null) {
            unknownFrames.incrementAndGet();
            LOG.debug("dropped a frame with unknown message id {} ({} bytes)", id, length);
            return;
        }
        switch (type.role()) {
            case EVENT -> onEvent(type, buf, offset, length);
            case REPLY, DETAILS -> onReply(type, buf, offset, length);
            default -> {
                unknownFrames.incrementAndGet();
                LOG.debug("dropped a {} sent to the client", type.name());
            }
        }
    }

    private void onHandshakeFrame(final int id, final byte[] buf, final int offset, final int length) {
        if (id != SOCKCLNT_CREATE_REPLY_ID) {
            unknownFrames.incrementAndGet();
            return;
        }
        try {
            final var envelope = MessageCodec.decode(SockclntCreateReply.TYPE, buf, offset, length);
            if ((int) envelope.context() == handshakeContext) {
                handshake.complete(envelope.message());
            } else {
                discardedReplies.incrementAndGet();
            }
        } catch (WireFormatException e) {
            malformedFrames.incrementAndGet();
            handshake.completeExceptionally(e);
        }
    }

    private void onReply(final MessageType<?> type, final byte[] buf, final int offset, final int length) {
        final int contextOffset = type.header() == HeaderLayout.CLIENT_CONTEXT ? 6 : 2;
        if (length < type.minSize()) {
            malformedFrames.incrementAndGet();
            LOG.warn("dropped a truncated {}: {} bytes, at least {} needed", type.name(), length, type.minSize());
            return;
        }
        final var in = new WireReader(buf, offset, length);
        in.skip(contextOffset);
        final int context = in.i32();
        final Pending entry = pending.get(context);
        if (entry == null) {
            discardedReplies.incrementAndGet();
            LOG.debug("discarded a {} with context {}: nothing pending (late or not ours)", type.name(),
                Integer.toUnsignedString(context));
            return;
        }
        final boolean done;
        try {
            done = entry.accept(type, in);
        } catch (WireFormatException e) {
            malformedFrames.incrementAndGet();
            if (pending.remove(context, entry)) {
                entry.fail(new VppException(entry.name + ": malformed answer: " + e.getMessage(), e));
            }
            return;
        }
        if (done && pending.remove(context, entry)) {
            entry.complete();
        }
    }

    private void onEvent(final MessageType<?> type, final byte[] buf, final int offset, final int length) {
        final VppMessage event;
        try {
            event = MessageCodec.decode(type, buf, offset, length).message();
        } catch (WireFormatException e) {
            malformedFrames.incrementAndGet();
            LOG.warn("dropped a malformed event: {}", e.getMessage());
            return;
        }
        client.dispatchEvent((VppEvent) event);
    }

    @Override
    public void onClosed(final Throwable cause) {
        final Throwable why = cause == null ? new IOException("connection closed") : cause;
        closedCause = why;
        handshake.completeExceptionally(why);
        for (Pending entry : pending.values()) {
            if (pending.remove(entry.context, entry)) {
                entry.fail(closedFailure(entry, why));
            }
        }
        if (table != null) {
            client.connectionClosed(this, why);
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.SockclntCreate;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.msg.SockclntDelete;
import io.nsmvpp.vpp.client.msg.SockclntDeleteReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.wire.WireFormatException;
import io.nsmvpp.vpp.client.wire.WireWriter;
import io.nsmvpp.vpp.sim.Operation.Outcome;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of the simulator: one thread runs a selector over the listening UNIX socket and every client, as
 * VPP's main thread serves its API socket. Frames are parsed as VPP does (16-byte header, big-endian body length),
 * requests are executed in arrival order, replies go to the client named by {@code client_index}, and interface
 * events go out after all the replies of one read, which is when VPP's event process gets to run.
 */
final class SimServer implements FaultInjector {
    private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);
    private static final int HEADER = 16;
    /** VPP fills the first 8 header bytes with junk; so does the simulator, so that no client relies on them. */
    private static final long HEADER_JUNK = 0x0000_7f3a_c0de_0000L;
    private static final long SOCKET_HANDLE_BIT = 0x8000_0000L;

    private final Simulator.Config config;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Operation> operations = new ArrayDeque<>();
    private final Random shuffleSeeds;
    private final Random junk = new Random(42);
    private final Thread thread;
    private Selector selector;
    private ServerSocketChannel server;
    private volatile boolean running = true;

    private VppModel model;
    private MessageTable table;
    private final Map<Integer, Handlers.Route<?>> routes = new HashMap<>();
    private final IdentityHashMap<MessageType<?>, Integer> ids = new IdentityHashMap<>();
    private final Map<Long, Conn> registrations = new HashMap<>();
    private Pool registrationPool;
    private final LinkedHashMap<Long, Long> subscriptions = new LinkedHashMap<>();
    private final Set<Conn> touched = new LinkedHashSet<>();

    private Duration delayAll = Duration.ZERO;
    private final Map<String, Duration> delayByMessage = new HashMap<>();
    private final Map<String, int[]> failures = new HashMap<>();
    private final Map<String, Integer> swallows = new HashMap<>();
    private long seq;

    /** One client connection. */
    private final class Conn {
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

    /** Bytes to write, not before {@code releaseAt} (System.nanoTime). */
    private static final class Chunk {
        final ByteBuffer data;
        final long releaseAt;

        Chunk(final byte[] data, final long releaseAt) {
            this.data = ByteBuffer.wrap(data);
            this.releaseAt = releaseAt;
        }
    }

    SimServer(final Simulator.Config config) throws IOException {
        this.config = config;
        this.shuffleSeeds = new Random(config.seed());
        reset(config.shuffleIds());
        // Only the first VPP has a history; a restarted one starts afresh.
        model.presetFreeInterfaceIndexes(config.freeInterfaceIndexes());
        selector = Selector.open();
        bind();
        thread = new Thread(this::loop, "vpp-sim " + config.socket().getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void reset(final boolean shuffle) {
        model = new VppModel(config.seed(), config.runtimeDir(), config.hostInterfaceExists(),
            config.tapSupported());
        table = MessageTable.v2606(shuffle ? shuffleSeeds.nextLong() : null);
        routes.clear();
        ids.clear();
        for (var route : model.routes()) {
            final int id = table.id(route.type().nameCrc());
            if (id < 0) {
                LOG.warn("{} is not in the v26.06 table: not served", route.type().nameCrc());
                continue;
            }
            routes.put(id, route);
        }
        registrations.clear();
        registrationPool = new Pool();
        // VPP's socket registration pool index 0 is its own listener: handles start at 0x80000001.
        registrationPool.get();
        subscriptions.clear();
    }

    private void bind() throws IOException {
        Files.deleteIfExists(config.socket());
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(config.socket()));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    // ---------------------------------------------------------------- thread plumbing

    @SuppressWarnings("checkstyle:IllegalCatch")
    <T> T call(final Supplier<T> action) {
        if (Thread.currentThread() == thread) {
            return action.get();
        }
        if (!running) {
            throw new IllegalStateException("the simulator on " + config.socket() + " is closed");
        }
        final var future = new CompletableFuture<T>();
        tasks.add(() -> {
            try {
                future.complete(action.get());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        selector.wakeup();
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulator task failed", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("simulator loop did not answer", e);
        }
    }

    private void run(final Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    void close() {
        if (!running) {
            return;
        }
        run(() -> {
            running = false;
            closeAll();
            try {
                server.close();
                Files.deleteIfExists(config.socket());
            } catch (IOException e) {
                LOG.debug("closing the listener", e);
            }
        });
        try {
            thread.join(5000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("closing the selector", e);
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void loop() {
        while (running) {
            try {
                selector.select(nextTimerMillis());
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                if (!running) {
                    break;
                }
                final var keys = selector.selectedKeys();
                for (var key : keys) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        final Conn conn = (Conn) key.attachment();
                        if (key.isReadable()) {
                            read(conn);
                        }
                        if (key.isValid() && key.isWritable()) {
                            touched.add(conn);
                        }
                    }
                }
                keys.clear();
                flushTouched();
            } catch (IOException | RuntimeException e) {
                LOG.error("simulator loop error", e);
            }
        }
    }

    private long nextTimerMillis() {
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

    private void accept() throws IOException {
        final SocketChannel channel = server.accept();
        if (channel == null) {
            return;
        }
        channel.configureBlocking(false);
        try {
            // A big send buffer lets a 10,000-row dump leave in a few writes instead of dozens of selector rounds.
            channel.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 4 << 20);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot enlarge the send buffer", e);
        }
        final SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        key.attach(new Conn(channel, key));
    }

    private void closeConn(final Conn conn) {
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

    private void closeAll() {
        for (var key : new ArrayList<>(selector.keys())) {
            if (key.attachment() instanceof Conn conn) {
                closeConn(conn);
            }
        }
    }

    // ---------------------------------------------------------------- reading and dispatch

    private void read(final Conn conn) {
        int count;
        try {
            if (conn.inLen == conn.in.length) {
                // Grow only as data actually arrives, as VPP does: a header announcing 2 GiB costs nothing until
                // the bytes come. Past the limit VPP would run out of heap and abort; the simulator drops the client.
                if (conn.in.length * 2L > config.maxBodyBytes() + HEADER) {
                    LOG.error("client sent more than {} bytes of one message: real VPP v26.06 would run out of "
                        + "memory and abort; the simulator closes this connection", config.maxBodyBytes());
                    closeConn(conn);
                    return;
                }
                conn.in = Arrays.copyOf(conn.in, conn.in.length * 2);
            }
            count = conn.channel.read(ByteBuffer.wrap(conn.in, conn.inLen, conn.in.length - conn.inLen));
        } catch (IOException e) {
            count = -1;
        }
        if (count < 0) {
            closeConn(conn);
            return;
        }
        conn.inLen += count;
        int pos = 0;
        while (conn.channel.isOpen() && conn.inLen - pos >= HEADER) {
            final long length = u32(conn.in, pos + 8);
            if (conn.inLen - pos < HEADER + length) {
                break;
            }
            dispatch(conn, conn.in, pos + HEADER, (int) length);
            pos += HEADER + (int) length;
        }
        if (pos > 0) {
            System.arraycopy(conn.in, pos, conn.in, 0, conn.inLen - pos);
            conn.inLen -= pos;
        }
        deliverEvents();
    }

    private static long u32(final byte[] buf, final int at) {
        return ((buf[at] & 0xFFL) << 24) | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8 | buf[at + 3] & 0xFF;
    }

    private void log(final long clientIndex, final String message, final long context, final int retval,
            final Outcome outcome) {
        final int capacity = config.operationLogCapacity();
        if (capacity == 0) {
            return;
        }
        synchronized (operations) {
            if (operations.size() == capacity) {
                // Bounded, so a benchmark's millions of requests cost neither memory nor GC time.
                operations.pollFirst();
            }
            operations.addLast(new Operation(seq++, clientIndex, message, context, retval, outcome));
        }
    }

    private void dispatch(final Conn conn, final byte[] buf, final int off, final int len) {
        final int id = MessageCodec.msgId(buf, off, len);
        if (id == MessageTable.SOCKCLNT_CREATE) {
            sockclntCreate(conn, buf, off, len);
            return;
        }
        final Handlers.Route<?> route = routes.get(id);
        if (route == null) {
            final String known = table.nameCrc(id);
            if (known != null && SockclntDelete.TYPE.nameCrc().equals(known)) {
                sockclntDelete(conn, buf, off, len);
                return;
            }
            LOG.info("{} for msg id {} ({}): message dropped", known == null ? "no handler" : "not simulated", id,
                known);
            log(0, known == null ? "#" + id : known, 0, 0, known == null || !isRequest(known)
                ? Outcome.DROPPED_UNKNOWN_ID : Outcome.UNSUPPORTED);
            return;
        }
        final String name = route.type().name();
        final io.nsmvpp.vpp.client.msg.Envelope<?> envelope;
        try {
            envelope = MessageCodec.decode(route.type(), buf, off, len);
        } catch (WireFormatException e) {
            LOG.info("Truncated message '{}' (id {}) of {} bytes, message dropped: {}", name, id, len,
                e.getMessage());
            log(0, name, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        final Conn target = registrations.get(envelope.clientIndex());
        final Integer failure = countDownFailure(name);
        if (failure != null) {
            if (target != null && route.replyType() != null) {
                reply(target, failureReply(route.replyType(), envelope.context(), failure), envelope.context(), 0);
            }
            log(envelope.clientIndex(), name, envelope.context(), failure, Outcome.FAILED_BY_INJECTION);
            return;
        }
        final boolean swallow = countDownSwallow(name);
        final Duration delay = delayByMessage.getOrDefault(name, delayAll);
        final long releaseAt = delay.isZero() ? 0 : System.nanoTime() + delay.toNanos();
        if (target != null && releaseAt != 0) {
            seal(target, 0);
        }
        final var call = new CallImpl(target == null || swallow ? null : target, envelope.clientIndex(),
            envelope.context());
        if (!execute(route, call, envelope.message())) {
            log(envelope.clientIndex(), name, envelope.context(), 0, Outcome.UNSUPPORTED);
            return;
        }
        if (target != null && releaseAt != 0) {
            seal(target, releaseAt);
        }
        final Outcome outcome = call.crashRefused ? Outcome.REFUSED_WOULD_CRASH
            : swallow ? Outcome.REPLY_SWALLOWED : target == null ? Outcome.REPLY_DROPPED : Outcome.REPLIED;
        log(envelope.clientIndex(), name, envelope.context(), call.retval, outcome);
    }

    /**
     * Runs a handler. A handler bug must not stop the loop half-way through a read (the frames after it would be
     * lost or run twice), so it is logged and the request treated as one VPP does not answer.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private static boolean execute(final Handlers.Route<?> route, final CallImpl call, final VppMessage request) {
        try {
            route.dispatch(call, request);
            return true;
        } catch (RuntimeException e) {
            LOG.error("simulator failed to handle {}; no reply sent", request, e);
            return false;
        }
    }

    private static boolean isRequest(final String nameCrc) {
        final String name = nameCrc.substring(0, nameCrc.lastIndexOf('_'));
        return !name.endsWith("_reply") && !name.endsWith("_details") && !name.endsWith("_event");
    }

    /** The reply a failing VPP handler sends: retval set, a following u32 (an index) ~0, everything else zero. */
    private VppMessage failureReply(final MessageType<?> replyType, final long context, final int retval) {
        final int size = replyType.minSize();
        final byte[] body = new byte[size];
        final int replyId = table.id(replyType.nameCrc());
        body[0] = (byte) (replyId >>> 8);
        body[1] = (byte) replyId;
        body[2] = (byte) (context >>> 24);
        body[3] = (byte) (context >>> 16);
        body[4] = (byte) (context >>> 8);
        body[5] = (byte) context;
        body[6] = (byte) (retval >>> 24);
        body[7] = (byte) (retval >>> 16);
        body[8] = (byte) (retval >>> 8);
        body[9] = (byte) retval;
        if (size == 14) {
            Arrays.fill(body, 10, 14, (byte) 0xFF);
        }
        return MessageCodec.decode(replyType, body).message();
    }

    /** The retval to fail this request with, or null when no injected failure is due. */
    private Integer countDownFailure(final String name) {
        final int[] entry = failures.get(name);
        if (entry == null || --entry[0] > 0) {
            return null;
        }
        failures.remove(name);
        return entry[1];
    }

    private boolean countDownSwallow(final String name) {
        final Integer left = swallows.get(name);
        if (left == null) {
            return false;
        }
        if (left > 1) {
            swallows.put(name, left - 1);
            return false;
        }
        swallows.remove(name);
        return true;
    }

    /** The handler's view of one request. */
    private final class CallImpl implements Handlers.Call {
        private final Conn target;
        private final long clientIndex;
        private final long context;
        int retval;
        boolean crashRefused;

        CallImpl(final Conn target, final long clientIndex, final long context) {
            this.target = target;
            this.clientIndex = clientIndex;
            this.context = context;
        }

        @Override
        public void reply(final VppMessage message) {
            if (message instanceof VppReply r) {
                retval = r.retval();
                crashRefused = retval == Retval.SIM_WOULD_CRASH_VPP;
            }
            if (target != null) {
                SimServer.this.reply(target, message, context, 0);
            }
        }

        @Override
        public void replyEncoded(final MessageType<?> type, final byte[] fields) {
            if (target != null) {
                final int id = ids.computeIfAbsent(type, t -> table.id(t.nameCrc()));
                final WireWriter out = target.out;
                out.u64(HEADER_JUNK);
                out.u32(fields.length + 6L);
                out.u32(0);
                out.u16(id);
                out.u32(context);
                out.bytes(fields);
                touched.add(target);
            }
        }

        @Override
        public int wantInterfaceEvents(final boolean enable, final long pid) {
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

        @Override
        public long vpePid() {
            return config.vpePid();
        }
    }

    private void reply(final Conn conn, final VppMessage message, final long context, final long clientIndex) {
        final int id = ids.computeIfAbsent(message.type(), t -> table.id(t.nameCrc()));
        final WireWriter out = conn.out;
        final int start = out.position();
        out.u64(HEADER_JUNK);
        out.u32(0);
        out.u32(0);
        MessageCodec.encode(out, id, clientIndex, context, message);
        out.putU32At(start + 8, out.position() - start - HEADER);
        touched.add(conn);
    }

    private void sockclntCreate(final Conn conn, final byte[] buf, final int off, final int len) {
        final io.nsmvpp.vpp.client.msg.Envelope<SockclntCreate> envelope;
        try {
            envelope = MessageCodec.decode(SockclntCreate.TYPE, buf, off, len);
        } catch (WireFormatException e) {
            log(0, SockclntCreate.NAME, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        if (conn.handle < 0) {
            conn.handle = SOCKET_HANDLE_BIT | registrationPool.get();
            registrations.put(conn.handle, conn);
        }
        reply(conn, new SockclntCreateReply(0, conn.handle, table.entries()), envelope.context(), 0);
        log(0, SockclntCreate.NAME, envelope.context(), 0, Outcome.REPLIED);
    }

    /** sockclnt_delete answers the requester, 1 when {@code index} was a registration, then closes its socket. */
    private void sockclntDelete(final Conn conn, final byte[] buf, final int off, final int len) {
        final io.nsmvpp.vpp.client.msg.Envelope<SockclntDelete> envelope;
        try {
            envelope = MessageCodec.decode(SockclntDelete.TYPE, buf, off, len);
        } catch (WireFormatException e) {
            log(0, SockclntDelete.NAME, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        final Conn requester = registrations.get(envelope.clientIndex());
        if (requester == null) {
            log(envelope.clientIndex(), SockclntDelete.NAME, envelope.context(), 0, Outcome.REPLY_DROPPED);
            return;
        }
        final long index = envelope.message().index();
        final Conn registered = registrations.get(index);
        if (registered == null) {
            LOG.info("vl_api_sockclnt_delete_t_handler: unknown client ID {}", index & ~SOCKET_HANDLE_BIT);
            reply(requester, new SockclntDeleteReply(-1), envelope.context(), 0);
            log(envelope.clientIndex(), SockclntDelete.NAME, envelope.context(), -1, Outcome.REPLIED);
            return;
        }
        reply(requester, new SockclntDeleteReply(1), envelope.context(), 0);
        registrations.remove(index);
        subscriptions.remove(index);
        requester.closeAfterFlush = true;
        log(envelope.clientIndex(), SockclntDelete.NAME, envelope.context(), 1, Outcome.REPLIED);
    }

    private void deliverEvents() {
        if (!model.hasPendingEvents()) {
            return;
        }
        model.drainEvents((swIfIndex, flags, deleted) -> {
            for (var sub : subscriptions.entrySet()) {
                final Conn conn = registrations.get(sub.getKey());
                if (conn != null) {
                    final boolean delayed = !delayAll.isZero();
                    reply(conn, new SwInterfaceEvent(sub.getValue(), swIfIndex, flags, deleted), 0, sub.getKey());
                    if (delayed) {
                        seal(conn, System.nanoTime() + delayAll.toNanos());
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------- writing

    private void seal(final Conn conn, final long releaseAt) {
        if (conn.out.position() > 0) {
            conn.pending.add(new Chunk(conn.out.toByteArray(), releaseAt));
            conn.out.reset();
        }
    }

    private void flushTouched() {
        if (touched.isEmpty() && !hasTimedChunks()) {
            return;
        }
        for (var key : new ArrayList<>(selector.keys())) {
            if (key.attachment() instanceof Conn conn && !conn.pending.isEmpty()) {
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
            closeConn(conn);
            return;
        }
        if (buf.hasRemaining()) {
            conn.pending.add(new Chunk(Arrays.copyOfRange(conn.out.array(), buf.position(), length), 0));
        }
        conn.out.reset();
    }

    private boolean hasTimedChunks() {
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
                closeConn(conn);
            }
        } catch (ClosedChannelException e) {
            closeConn(conn);
        } catch (IOException e) {
            LOG.debug("client went away while writing", e);
            closeConn(conn);
        }
    }

    // ---------------------------------------------------------------- fault injection

    @Override
    public void restart(final boolean reshuffleIds) {
        run(() -> {
            closeAll();
            reset(reshuffleIds || config.shuffleIds());
            LOG.info("simulated VPP restarted{}", reshuffleIds ? " with new message ids" : "");
        });
    }

    @Override
    public void restart(final boolean reshuffleIds, final Duration downtime) {
        run(() -> {
            closeAll();
            try {
                server.close();
                Files.deleteIfExists(config.socket());
            } catch (IOException e) {
                LOG.warn("closing the listener for an outage", e);
            }
            reset(reshuffleIds || config.shuffleIds());
            LOG.info("simulated VPP down for {}", downtime);
        });
        final Thread waker = new Thread(() -> {
            try {
                Thread.sleep(downtime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running) {
                run(() -> {
                    try {
                        bind();
                        LOG.info("simulated VPP back after {}", downtime);
                    } catch (IOException e) {
                        LOG.error("cannot listen again on {}", config.socket(), e);
                    }
                });
            }
        }, "vpp-sim outage");
        waker.setDaemon(true);
        waker.start();
    }

    @Override
    public void dropConnections() {
        run(this::closeAll);
    }

    @Override
    public boolean dropConnection(final long clientIndex) {
        return call(() -> {
            final Conn conn = registrations.get(clientIndex);
            if (conn == null) {
                return false;
            }
            closeConn(conn);
            return true;
        });
    }

    @Override
    public void delayReplies(final Duration delay) {
        run(() -> delayAll = delay);
    }

    @Override
    public void delayReplies(final String message, final Duration delay) {
        run(() -> {
            if (delay.isZero()) {
                delayByMessage.remove(message);
            } else {
                delayByMessage.put(message, delay);
            }
        });
    }

    @Override
    public void failRequest(final String message, final int nth, final int retval) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth is 1-based: " + nth);
        }
        run(() -> failures.put(message, new int[] { nth, retval }));
    }

    @Override
    public void swallowReply(final String message, final int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth is 1-based: " + nth);
        }
        run(() -> swallows.put(message, nth));
    }

    @Override
    public void corruptFrame(final long clientIndex, final Corruption kind) {
        run(() -> {
            final List<Conn> conns = new ArrayList<>();
            if (clientIndex == 0) {
                for (var key : selector.keys()) {
                    if (key.attachment() instanceof Conn conn) {
                        conns.add(conn);
                    }
                }
            } else if (registrations.containsKey(clientIndex)) {
                conns.add(registrations.get(clientIndex));
            }
            for (Conn conn : conns) {
                conn.out.bytes(corruptBytes(kind));
                touched.add(conn);
            }
            flushTouched();
        });
    }

    private byte[] corruptBytes(final Corruption kind) {
        final var w = new WireWriter(64, 1024);
        switch (kind) {
            case UNKNOWN_MESSAGE_ID -> {
                w.u64(HEADER_JUNK).u32(10).u32(0);
                w.u16(0xFFFF).u32(0).u32(0);
            }
            case TRUNCATED_BODY -> {
                final int ping = table.id(io.nsmvpp.vpp.client.msg.ControlPingReply.TYPE.nameCrc());
                w.u64(HEADER_JUNK).u32(4).u32(0);
                w.u16(ping).u16(0);
            }
            case OVERSIZED_LENGTH -> {
                w.u64(HEADER_JUNK).u32(0x7FFF_FFFFL).u32(0);
                w.u16(0).u32(0);
            }
            case GARBAGE -> {
                final byte[] bytes = new byte[48];
                junk.nextBytes(bytes);
                w.bytes(bytes);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return w.toByteArray();
    }

    @Override
    public boolean deleteInterface(final long swIfIndex) {
        return call(() -> {
            final boolean deleted = model.deleteOutOfBand(swIfIndex);
            if (deleted) {
                log(0, "vppctl delete", 0, 0, Outcome.REPLIED);
                deliverEvents();
                flushTouched();
            }
            return deleted;
        });
    }

    @Override
    public void clear() {
        run(() -> {
            delayAll = Duration.ZERO;
            delayByMessage.clear();
            failures.clear();
            swallows.clear();
        });
    }

    // ---------------------------------------------------------------- inspection

    List<Operation> operations() {
        synchronized (operations) {
            return List.copyOf(operations);
        }
    }

    void clearOperations() {
        synchronized (operations) {
            operations.clear();
        }
    }

    int messageId(final String nameCrc) {
        return call(() -> table.id(nameCrc));
    }

    int interfaceCount() {
        return call(() -> model.interfaceCount());
    }

    Path socket() {
        return config.socket();
    }
}

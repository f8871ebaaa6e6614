/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.Envelope;
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
import io.nsmvpp.vpp.sim.Clients.Conn;
import io.nsmvpp.vpp.sim.Operation.Outcome;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of the simulator: one thread runs a selector over the listening UNIX socket and every client, as
 * VPP's main thread serves its API socket. Frames are parsed as VPP does (16-byte header, big-endian body length),
 * sockclnt_create and sockclnt_delete are answered here, every other request goes to the handler its plugin
 * registered ({@link VppModel#route(int)}), in arrival order, and its replies to the client named by
 * {@code client_index}; interface events go out after all the replies of one read, which is when VPP's event
 * process gets to run. What a test injects ({@link Faults}) is applied here, on the way in and out.
 */
final class SimServer implements EventLoop.Io {
    private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);

    private final Simulator.Config config;
    private final OperationLog operations;
    private final Faults faults = new Faults(this);
    private final Random shuffleSeeds;
    private final Selector selector;
    private final Clients clients;
    private final EventLoop loop;
    private ServerSocketChannel server;

    private VppModel model;

    SimServer(final Simulator.Config config) throws IOException {
        this.config = config;
        this.operations = new OperationLog(config.operationLogCapacity());
        this.shuffleSeeds = new Random(config.seed());
        selector = Selector.open();
        clients = new Clients(selector);
        reset(config.shuffleIds());
        // Only the first VPP has a history; a restarted one starts afresh.
        model.presetFreeInterfaceIndexes(config.freeInterfaceIndexes());
        bind();
        loop = new EventLoop("vpp-sim " + config.socket().getFileName(), selector, this);
        loop.start();
    }

    /** A new VPP: every plugin's state afresh, a new message table, no clients registered. */
    private void reset(final boolean shuffle) {
        model = new VppModel(config.seed(), config.runtimeDir(), config.hostInterfaceExists(),
            config.tapSupported(), MessageTable.v2606(shuffle ? shuffleSeeds.nextLong() : null));
        clients.reset();
    }

    private void bind() throws IOException {
        Files.deleteIfExists(config.socket());
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(config.socket()));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    private void unbind() {
        try {
            server.close();
            Files.deleteIfExists(config.socket());
        } catch (IOException e) {
            LOG.warn("closing the listener", e);
        }
    }

    <T> T call(final Supplier<T> action) {
        return loop.call(action);
    }

    void run(final Runnable action) {
        loop.run(action);
    }

    void close() {
        loop.stop(() -> {
            clients.closeAll();
            unbind();
        });
    }

    @Override
    public long nextTimerMillis() {
        return clients.nextTimerMillis();
    }

    @Override
    public void accept() throws IOException {
        clients.accept(server);
    }

    @Override
    public void ready(final SelectionKey key) {
        final Conn conn = (Conn) key.attachment();
        if (key.isReadable()) {
            read(conn);
        }
        if (key.isValid() && key.isWritable()) {
            clients.touch(conn);
        }
    }

    @Override
    public void afterRound() {
        clients.flushTouched();
    }

    // ---------------------------------------------------------------- reading and dispatch

    private void read(final Conn conn) {
        if (clients.read(conn, config.maxBodyBytes(), this::dispatch)) {
            deliverEvents();
        }
    }

    private void dispatch(final Conn conn, final byte[] buf, final int off, final int len) {
        final int id = MessageCodec.msgId(buf, off, len);
        if (id == MessageTable.SOCKCLNT_CREATE) {
            sockclntCreate(conn, buf, off, len);
            return;
        }
        final Handlers.Route<?> route = model.route(id);
        if (route == null) {
            final String known = model.table().nameCrc(id);
            if (known != null && SockclntDelete.TYPE.nameCrc().equals(known)) {
                sockclntDelete(buf, off, len);
                return;
            }
            LOG.info("{} for msg id {} ({}): message dropped", known == null ? "no handler" : "not simulated", id,
                known);
            operations.log(0, known == null ? "#" + id : known, 0, 0, known == null || !isRequest(known)
                ? Outcome.DROPPED_UNKNOWN_ID : Outcome.UNSUPPORTED);
            return;
        }
        final String name = route.type().name();
        final Envelope<?> envelope;
        try {
            envelope = MessageCodec.decode(route.type(), buf, off, len);
        } catch (WireFormatException e) {
            LOG.info("Truncated message '{}' (id {}) of {} bytes, message dropped: {}", name, id, len,
                e.getMessage());
            operations.log(0, name, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        final Conn target = clients.byHandle(envelope.clientIndex());
        final Integer failure = faults.countDownFailure(name);
        if (failure != null) {
            if (target != null && route.replyType() != null) {
                reply(target, Faults.failureReply(route.replyType(), model.idOf(route.replyType()), envelope.context(),
                    failure), envelope.context(), 0);
            }
            operations.log(envelope.clientIndex(), name, envelope.context(), failure, Outcome.FAILED_BY_INJECTION);
            return;
        }
        final boolean swallow = faults.countDownSwallow(name);
        final Duration delay = faults.delayOf(name);
        final long releaseAt = delay.isZero() ? 0 : System.nanoTime() + delay.toNanos();
        if (target != null && releaseAt != 0) {
            clients.seal(target, 0);
        }
        final var call = new CallImpl(target == null || swallow ? null : target, envelope.clientIndex(),
            envelope.context());
        if (!execute(route, call, envelope.message())) {
            operations.log(envelope.clientIndex(), name, envelope.context(), 0, Outcome.UNSUPPORTED);
            return;
        }
        if (target != null && releaseAt != 0) {
            clients.seal(target, releaseAt);
        }
        final Outcome outcome = call.crashRefused ? Outcome.REFUSED_WOULD_CRASH
            : swallow ? Outcome.REPLY_SWALLOWED : target == null ? Outcome.REPLY_DROPPED : Outcome.REPLIED;
        operations.log(envelope.clientIndex(), name, envelope.context(), call.retval, outcome);
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
                clients.sendEncoded(target, model.idOf(type), context, fields);
            }
        }

        @Override
        public int wantInterfaceEvents(final boolean enable, final long pid) {
            return clients.wantInterfaceEvents(clientIndex, enable, pid);
        }

        @Override
        public long vpePid() {
            return config.vpePid();
        }
    }

    private void reply(final Conn conn, final VppMessage message, final long context, final long clientIndex) {
        clients.send(conn, model.idOf(message.type()), message, context, clientIndex);
    }

    private void sockclntCreate(final Conn conn, final byte[] buf, final int off, final int len) {
        final Envelope<SockclntCreate> envelope;
        try {
            envelope = MessageCodec.decode(SockclntCreate.TYPE, buf, off, len);
        } catch (WireFormatException e) {
            operations.log(0, SockclntCreate.NAME, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        final long handle = clients.register(conn);
        reply(conn, new SockclntCreateReply(0, handle, model.table().entries()), envelope.context(), 0);
        operations.log(0, SockclntCreate.NAME, envelope.context(), 0, Outcome.REPLIED);
    }

    /** sockclnt_delete answers the requester, 1 when {@code index} was a registration, then closes its socket. */
    private void sockclntDelete(final byte[] buf, final int off, final int len) {
        final Envelope<SockclntDelete> envelope;
        try {
            envelope = MessageCodec.decode(SockclntDelete.TYPE, buf, off, len);
        } catch (WireFormatException e) {
            operations.log(0, SockclntDelete.NAME, 0, 0, Outcome.DROPPED_TRUNCATED);
            return;
        }
        final long clientIndex = envelope.clientIndex();
        final Conn requester = clients.byHandle(clientIndex);
        if (requester == null) {
            operations.log(clientIndex, SockclntDelete.NAME, envelope.context(), 0, Outcome.REPLY_DROPPED);
            return;
        }
        final long index = envelope.message().index();
        if (clients.byHandle(index) == null) {
            LOG.info("vl_api_sockclnt_delete_t_handler: unknown client ID {}", Clients.clientId(index));
            reply(requester, new SockclntDeleteReply(-1), envelope.context(), 0);
            operations.log(clientIndex, SockclntDelete.NAME, envelope.context(), -1, Outcome.REPLIED);
            return;
        }
        reply(requester, new SockclntDeleteReply(1), envelope.context(), 0);
        clients.unregister(index);
        requester.closeAfterFlush = true;
        operations.log(clientIndex, SockclntDelete.NAME, envelope.context(), 1, Outcome.REPLIED);
    }

    private void deliverEvents() {
        if (!model.hasPendingEvents()) {
            return;
        }
        model.drainEvents((swIfIndex, flags, deleted) -> {
            for (var sub : clients.subscriptions().entrySet()) {
                final Conn conn = clients.byHandle(sub.getKey());
                if (conn != null) {
                    final Duration delay = faults.delayAll();
                    reply(conn, new SwInterfaceEvent(sub.getValue(), swIfIndex, flags, deleted), 0, sub.getKey());
                    if (!delay.isZero()) {
                        clients.seal(conn, System.nanoTime() + delay.toNanos());
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------- what Faults needs, on the loop thread

    /** A restart: every connection closed, a new VPP; with {@code downtime} nothing listens meanwhile. */
    void restartNow(final boolean reshuffleIds, final boolean unbind) {
        clients.closeAll();
        if (unbind) {
            unbind();
        }
        reset(reshuffleIds || config.shuffleIds());
    }

    /** Listens again after an outage, unless the simulator was closed meanwhile. */
    void rebind(final Duration downtime) {
        if (!loop.running()) {
            return;
        }
        run(() -> {
            try {
                bind();
                LOG.info("simulated VPP back after {}", downtime);
            } catch (IOException e) {
                LOG.error("cannot listen again on {}", config.socket(), e);
            }
        });
    }

    Clients clients() {
        return clients;
    }

    MessageTable table() {
        return model.table();
    }

    /** vppctl's delete: the interface goes with its events, which leave at once. */
    boolean deleteInterfaceNow(final long swIfIndex) {
        final boolean deleted = model.deleteOutOfBand(swIfIndex);
        if (deleted) {
            operations.log(0, "vppctl delete", 0, 0, Outcome.REPLIED);
            deliverEvents();
            clients.flushTouched();
        }
        return deleted;
    }

    // ---------------------------------------------------------------- inspection

    FaultInjector faults() {
        return faults;
    }

    List<Operation> operations() {
        return operations.list();
    }

    void clearOperations() {
        operations.clear();
    }

    int messageId(final String nameCrc) {
        return call(() -> model.table().id(nameCrc));
    }

    int interfaceCount() {
        return call(() -> model.interfaceCount());
    }

    Path socket() {
        return config.socket();
    }
}

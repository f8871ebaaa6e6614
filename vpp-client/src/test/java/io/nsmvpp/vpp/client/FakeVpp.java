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
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.Envelope;
import io.nsmvpp.vpp.client.msg.InterfaceMtu;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.SockclntCreate;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.msg.SockclntDelete;
import io.nsmvpp.vpp.client.msg.SockclntDeleteReply;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.msg.WantInterfaceEventsReply;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import io.nsmvpp.vpp.client.wire.FrameDecoder;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny scripted VPP for the client's own tests: a real UNIX socket server that speaks frames, answers the
 * handshake with a configurable message table and a few requests by default, and lets a test override any request
 * or write raw bytes. Not a simulator: it models no state beyond a loopback counter; vpp-sim does the real thing.
 */
final class FakeVpp implements AutoCloseable {
    /** Handles one decoded request on one session. */
    @FunctionalInterface
    interface Handler {
        void handle(Session session, Envelope<?> request);
    }

    final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong(1);
    private final AtomicLong nextHandle = new AtomicLong(0x8000_0001L);
    volatile List<MessageTableEntry> table;
    volatile int firstId = 100;
    volatile int dumpSize;

    FakeVpp() throws IOException {
        socket = Files.createTempDirectory("fakevpp").resolve("api.sock");
        table = tableFrom(Messages.ALL, firstId);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::acceptLoop, "fake-vpp-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        handle(ControlPing.TYPE, (s, r) -> s.reply(r, new ControlPingReply(0, 0, 4242)));
        handle(CreateLoopback.TYPE, (s, r) -> s.reply(r, new CreateLoopbackReply(0, nextIndex.getAndIncrement())));
        handle(DeleteLoopback.TYPE, (s, r) -> s.reply(r, new DeleteLoopbackReply(0)));
        handle(WantInterfaceEvents.TYPE, (s, r) -> s.reply(r, new WantInterfaceEventsReply(0)));
        handle(SwInterfaceDump.TYPE, (s, r) -> {
            for (int i = 0; i < dumpSize; i++) {
                s.reply(r, details(i));
            }
        });
        handle(SockclntDelete.TYPE, (s, r) -> {
            s.reply(r, new SockclntDeleteReply(1));
            s.close();
        });
    }

    static List<MessageTableEntry> tableFrom(final List<MessageType<?>> types, final int firstId) {
        final var entries = new ArrayList<MessageTableEntry>();
        entries.add(new MessageTableEntry(15, SockclntCreate.NAME_CRC));
        entries.add(new MessageTableEntry(16, SockclntCreateReply.NAME_CRC));
        int id = firstId;
        for (MessageType<?> type : types) {
            if (type != SockclntCreate.TYPE && type != SockclntCreateReply.TYPE) {
                entries.add(new MessageTableEntry(id++, type.nameCrc()));
            }
        }
        return entries;
    }

    static SwInterfaceDetails details(final int index) {
        return new SwInterfaceDetails(index, index, new MacAddress(0xDEAD_0000_0000L + index), 3, 0, 0, 0, 9000,
            new InterfaceMtu(9000, 0, 0, 0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MacAddress.ZERO, MacAddress.ZERO, 0, 0,
            "loop" + index, "Loopback", "nsm-tag-" + index);
    }

    void handle(final MessageType<?> type, final Handler handler) {
        handlers.put(type.name(), handler);
    }

    int idOf(final MessageType<?> type) {
        return table.stream().filter(e -> e.name().equals(type.nameCrc())).findFirst().orElseThrow().index();
    }

    List<Session> sessions() {
        return sessions;
    }

    Session lastSession() {
        return sessions.get(sessions.size() - 1);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                final SocketChannel ch = server.accept();
                final var session = new Session(ch);
                sessions.add(session);
                final Thread reader = new Thread(session::readLoop, "fake-vpp-session");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Session session : sessions) {
            session.close();
        }
        Files.deleteIfExists(socket);
    }

    /** One client connection. */
    final class Session {
        private final SocketChannel ch;
        private final Map<Integer, MessageType<?>> byId = new HashMap<>();
        final List<Envelope<?>> received = new CopyOnWriteArrayList<>();
        /** The body size of each message in {@link #received}, header included. */
        final List<Integer> receivedSizes = new CopyOnWriteArrayList<>();
        volatile long handle;

        Session(final SocketChannel ch) {
            this.ch = ch;
        }

        private void readLoop() {
            final var decoder = new FrameDecoder(FrameCodec.DEFAULT_MAX_RECEIVE_BODY);
            try {
                while (true) {
                    final ByteBuffer dst = decoder.writable();
                    final int n = ch.read(dst);
                    if (n < 0) {
                        return;
                    }
                    decoder.commit(n);
                    decoder.drain(this::onFrame);
                }
            } catch (IOException e) {
                // the client went away
            } finally {
                close();
            }
        }

        private void onFrame(final byte[] buf, final int offset, final int length) {
            final int id = MessageCodec.msgId(buf, offset, length);
            if (id == 15) {
                final var request = MessageCodec.decode(SockclntCreate.TYPE, buf, offset, length);
                receivedSizes.add(length);
                received.add(request);
                handle = nextHandle.getAndIncrement();
                byId.clear();
                for (MessageTableEntry entry : table) {
                    Messages.byNameCrc(entry.name()).ifPresent(type -> byId.put(entry.index(), type));
                }
                send(16, 0, request.context(), new SockclntCreateReply(0, handle, table));
                return;
            }
            final MessageType<?> type = byId.get(id);
            if (type == null || length < type.minSize()) {
                return;
            }
            final var request = MessageCodec.decode(type, buf, offset, length);
            receivedSizes.add(length);
            received.add(request);
            final Handler handler = handlers.get(type.name());
            if (handler != null) {
                handler.handle(this, request);
            }
        }

        /** Answers {@code request} with {@code reply} on the request's context. */
        void reply(final Envelope<?> request, final VppMessage reply) {
            send(idOf(reply.type()), handle, request.context(), reply);
        }

        /** Sends an event (or anything) with the session's handle as client_index. */
        void push(final VppMessage message) {
            send(idOf(message.type()), handle, 0, message);
        }

        void send(final int id, final long clientIndex, final long context, final VppMessage message) {
            writeRaw(FrameCodec.frame(MessageCodec.encode(id, clientIndex, context, message)));
        }

        synchronized void writeRaw(final byte[] bytes) {
            try {
                final ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            } catch (IOException e) {
                // the client went away; the test sees it through the client
            }
        }

        void close() {
            try {
                ch.close();
            } catch (IOException e) {
                // already closed
            }
        }

        /** Names of the requests received, in order. */
        List<String> names() {
            return received.stream().map(env -> env.message().type().name()).toList();
        }
    }
}

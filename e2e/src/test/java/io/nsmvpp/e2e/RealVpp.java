/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import io.nsmvpp.vpp.client.MessageTable;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.MessageType;
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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real VPP for the end-to-end test. The agent is given the socket of a proxy that passes every byte both ways
 * between it and VPP, and records the name of each message the agent sends (by the message table VPP gave the test's
 * own client): the real VPP's counterpart of vpp-sim's operation log. It records what was sent, not VPP's answer.
 */
final class RealVpp extends VppUnderTest {
    private static final Logger LOG = LoggerFactory.getLogger(RealVpp.class);

    private final ServerSocketChannel server;
    private final Path vpp;
    private final MessageTable table;
    private final List<Op> sent = new ArrayList<>();
    private final List<SocketChannel> open = new ArrayList<>();
    private volatile boolean closed;

    private RealVpp(final ServerSocketChannel server, final Path socket, final Path vpp, final VppClient client) {
        super(socket, client);
        this.server = server;
        this.vpp = vpp;
        this.table = client.messageTable();
    }

    static RealVpp start(final Path dir, final Path vpp) throws IOException {
        Files.createDirectories(dir);
        final Path socket = dir.resolve("api-proxy.sock");
        Files.deleteIfExists(socket);
        final var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        final var real = new RealVpp(server, socket, vpp, VppClient.connect(VppClientConfig.of(vpp)));
        final Thread acceptor = new Thread(real::accept, "vpp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("end-to-end test against the real VPP at {}, through the recording proxy {}", vpp, socket);
        return real;
    }

    private void accept() {
        while (!closed) {
            try {
                final SocketChannel agent = server.accept();
                final SocketChannel toVpp = SocketChannel.open(UnixDomainSocketAddress.of(vpp));
                synchronized (open) {
                    open.add(agent);
                    open.add(toVpp);
                }
                final var decoder = new FrameDecoder(FrameCodec.DEFAULT_MAX_RECEIVE_BODY);
                pump(agent, toVpp, "vpp-proxy-to-vpp", this::record, decoder);
                pump(toVpp, agent, "vpp-proxy-from-vpp", null, null);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("the VPP proxy stopped accepting", e);
                }
                return;
            }
        }
    }

    private void record(final byte[] buf, final int offset, final int length) {
        if (length < 2) {
            return;
        }
        final int id = (buf[offset] & 0xFF) << 8 | buf[offset + 1] & 0xFF;
        final MessageType<?> type = table.typeOf(id);
        final String name = type == null ? "#" + id : type.name();
        synchronized (sent) {
            sent.add(new Op(sent.size(), name, 0, "sent"));
        }
    }

    /** Copies {@code from} to {@code to} on a thread of its own, feeding {@code decoder} on the way when given. */
    private void pump(final SocketChannel from, final SocketChannel to, final String name,
            final FrameDecoder.FrameSink sink, final FrameDecoder decoder) {
        final Thread thread = new Thread(() -> {
            final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    if (decoder != null) {
                        decoder.feed(buffer.array(), 0, buffer.limit(), sink);
                    }
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (IOException e) {
                LOG.debug("{} ended", name, e);
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(final SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a proxied socket failed", e);
        }
    }

    @Override
    long mark() throws InterruptedException {
        // what the agent sent just before is in by then
        Thread.sleep(200);
        synchronized (sent) {
            return sent.size();
        }
    }

    @Override
    List<Op> writesSince(final long mark) throws InterruptedException {
        Thread.sleep(200);
        synchronized (sent) {
            return sent.stream().filter(op -> op.seq() >= mark && op.isWrite()).toList();
        }
    }

    @Override
    public void close() {
        closed = true;
        super.close();
        try {
            server.close();
            Files.deleteIfExists(socket());
        } catch (IOException e) {
            LOG.warn("closing the VPP proxy failed", e);
        }
        synchronized (open) {
            open.forEach(RealVpp::closeQuietly);
        }
    }
}

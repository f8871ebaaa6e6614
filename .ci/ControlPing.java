/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that whatever serves a VPP binary-API socket answers: sockclnt_create, then one control_ping, written
 * byte by byte as benchmarks/raw_socket_baseline.py does (deliberately not with vpp-client, so that the check does
 * not share the code it checks). Exits 0 once control_ping_reply arrives with retval 0, non-zero otherwise.
 * A single-file program: {@code java .ci/ControlPing.java <socket-path> [timeout-seconds]} (JDK >= 11, 16 for
 * UNIX sockets). Connecting is retried until the timeout (default 10 s), as the socket may appear late; anything
 * wrong after that fails at once, and no answer within 10 s more fails too.
 */
public final class ControlPing {
    private static final int SOCKCLNT_CREATE = 15;
    private static final int CONTEXT = 0x5eed;

    private ControlPing() {
    }

    public static void main(final String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: java ControlPing.java <socket-path> [timeout-seconds]");
            System.exit(2);
        }
        final var address = UnixDomainSocketAddress.of(Path.of(args[0]));
        final long seconds = Long.parseLong(args.length > 1 ? args[1] : "10");
        final long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        // Blocking reads have no timeout: a server that accepts and never answers must fail the check too.
        final Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((seconds + 10) * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("control_ping on " + args[0] + ": no answer within " + (seconds + 10) + " s");
            System.exit(1);
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (SocketChannel channel = connect(address, deadline)) {
            ping(channel);
        } catch (IOException e) {
            System.err.println("control_ping on " + args[0] + " failed: " + e);
            System.exit(1);
        }
    }

    /** Connects, retrying while nothing listens yet (no socket file, or connection refused). */
    private static SocketChannel connect(final UnixDomainSocketAddress address, final long deadline)
            throws IOException, InterruptedException {
        while (true) {
            final SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(address);
                return channel;
            } catch (IOException e) {
                channel.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void ping(final SocketChannel channel) throws IOException {
        // sockclnt_create: u16 id, u32 context, char name[64]
        final ByteBuffer create = ByteBuffer.allocate(2 + 4 + 64);
        create.putShort((short) SOCKCLNT_CREATE).putInt(0).put("nsm-vpp-ci".getBytes(StandardCharsets.US_ASCII));
        send(channel, create.array());
        // sockclnt_create_reply: u16 id, u32 client_index, u32 context, i32 response, u32 index, u16 count,
        // then count times (u16 id, char name[64])
        final ByteBuffer reply = receive(channel);
        reply.position(10);
        final int response = reply.getInt();
        final int index = reply.getInt();
        final int count = Short.toUnsignedInt(reply.getShort());
        if (response != 0) {
            throw new IOException("sockclnt_create answered " + response);
        }
        final Map<String, Integer> ids = new HashMap<>();
        final byte[] name = new byte[64];
        for (int i = 0; i < count; i++) {
            final int id = Short.toUnsignedInt(reply.getShort());
            reply.get(name);
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            ids.put(new String(name, 0, end, StandardCharsets.US_ASCII), id);
        }
        final Integer ping = ids.get("control_ping_51077d14");
        final Integer pingReply = ids.get("control_ping_reply_f6b0b8ca");
        if (ping == null || pingReply == null) {
            throw new IOException("no control_ping in the message table of " + count + " entries");
        }
        // control_ping: u16 id, u32 client_index, u32 context
        send(channel, ByteBuffer.allocate(10).putShort(ping.shortValue()).putInt(index).putInt(CONTEXT).array());
        // control_ping_reply: u16 id, u32 context, i32 retval, u32 client_index, u32 vpe_pid
        final ByteBuffer pong = receive(channel);
        final int id = Short.toUnsignedInt(pong.getShort());
        final int context = pong.getInt();
        final int retval = pong.getInt();
        if (id != pingReply || context != CONTEXT || retval != 0) {
            throw new IOException("unexpected answer to control_ping: id " + id + " (control_ping_reply is "
                + pingReply + "), context " + context + ", retval " + retval);
        }
        pong.getInt();
        System.out.println("control_ping answered (client index " + Integer.toUnsignedString(index) + ", vpe_pid "
            + pong.getInt() + ", "
            + count + " messages in the table)");
    }

    private static void send(final SocketChannel channel, final byte[] body) throws IOException {
        // frame header: u64 queue (0), u32 body length, u32 timestamp (0)
        final ByteBuffer frame = ByteBuffer.allocate(16 + body.length);
        frame.putLong(0).putInt(body.length).putInt(0).put(body).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    private static ByteBuffer receive(final SocketChannel channel) throws IOException {
        final ByteBuffer header = readFully(channel, 16);
        final int length = header.getInt(8);
        if (length < 10 || length > 1 << 20) {
            throw new IOException("implausible frame length " + length);
        }
        return readFully(channel, length);
    }

    private static ByteBuffer readFully(final SocketChannel channel, final int length) throws IOException {
        final ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("socket closed after " + buffer.position() + " of " + length + " bytes");
            }
        }
        return buffer.flip();
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.transport;

import io.nsmvpp.vpp.client.wire.FrameDecoder;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * VPP's socket transport over a UNIX-domain stream socket ({@code /run/vpp/api.sock}), with plain {@code java.nio}.
 *
 * <p>Reading: one daemon thread reads into a {@link FrameDecoder}, which hands complete frames to the receiver and
 * caps their size. Any read error, EOF or framing fault ends the thread and is reported once through
 * {@link Receiver#onClosed}; nothing is swallowed and nothing spins.
 *
 * <p>Writing: senders append to a buffer and whichever sender finds no write in progress writes everything
 * queued, so pipelined requests from many threads share system calls. The queue is bounded: senders wait while it
 * is full, which pushes back on callers instead of growing memory, and give up after 10 s, since VPP then has
 * stopped reading. The thread that writes blocks in the system call while VPP does not read.
 */
public final class UnixSocketTransport implements Transport {
    private static final int MAX_QUEUED = 4 << 20;
    /** How long a sender waits for room in a full queue before it gives up: VPP has stopped reading. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(10);

    private final Path socket;
    private final int maxReceiveBody;
    private final String threadName;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition drained = lock.newCondition();

    private volatile SocketChannel channel;
    private byte[] queue = new byte[64 * 1024];
    private int queued;
    private byte[] spare = new byte[64 * 1024];
    private boolean writing;
    private IOException writeFailure;

    public UnixSocketTransport(final Path socket, final int maxReceiveBody, final String threadName) {
        this.socket = socket;
        this.maxReceiveBody = maxReceiveBody;
        this.threadName = threadName;
    }

    @Override
    public void connect(final Receiver newReceiver) throws IOException {
        if (channel != null) {
            throw new IllegalStateException("already connected");
        }
        final SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            ch.close();
            throw new IOException("cannot connect to VPP API socket " + socket + ": " + e.getMessage(), e);
        }
        channel = ch;
        final Thread reader = new Thread(() -> readLoop(ch, newReceiver), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void readLoop(final SocketChannel ch, final Receiver sink) {
        final var decoder = new FrameDecoder(maxReceiveBody);
        Throwable cause;
        try {
            while (true) {
                final ByteBuffer dst = decoder.writable();
                final int read = ch.read(dst);
                if (read < 0) {
                    cause = new EOFException("VPP closed the API socket " + socket);
                    break;
                }
                decoder.commit(read);
                decoder.drain(sink::onFrame);
            }
        } catch (IOException e) {
            cause = closed.get() ? new IOException("closed by the client", e) : e;
        } catch (RuntimeException e) {
            // A framing fault (an oversized frame) or a failure of the receiver: the stream cannot continue.
            cause = e;
        }
        closed.set(true);
        closeChannel();
        if (reported.compareAndSet(false, true)) {
            sink.onClosed(cause);
        }
    }

    @Override
    public void send(final byte[] frames, final int offset, final int length) throws IOException {
        long waitNanos = STALL_LIMIT.toNanos();
        lock.lock();
        try {
            while (true) {
                if (writeFailure != null) {
                    throw new IOException("an earlier write failed", writeFailure);
                }
                if (closed.get()) {
                    throw new IOException("transport closed");
                }
                if (queued == 0 || queued + length <= MAX_QUEUED) {
                    break;
                }
                if (waitNanos <= 0) {
                    throw new IOException("VPP has not read " + queued + " queued bytes for "
                        + STALL_LIMIT.toSeconds() + " s");
                }
                waitNanos = drained.awaitNanos(waitNanos);
            }
            if (queued + length > queue.length) {
                queue = Arrays.copyOf(queue, Math.max(queued + length, queue.length * 2));
            }
            System.arraycopy(frames, offset, queue, queued, length);
            queued += length;
            if (writing) {
                // The thread that is writing will take these bytes too.
                return;
            }
            writing = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for room in the send queue", e);
        } finally {
            lock.unlock();
        }
        flush();
    }

    private void flush() throws IOException {
        while (true) {
            final byte[] batch;
            final int size;
            lock.lock();
            try {
                if (queued == 0) {
                    writing = false;
                    drained.signalAll();
                    return;
                }
                batch = queue;
                size = queued;
                queue = spare.length >= batch.length / 2 ? spare : new byte[batch.length];
                spare = batch;
                queued = 0;
                drained.signalAll();
            } finally {
                lock.unlock();
            }
            try {
                final SocketChannel ch = channel;
                if (ch == null) {
                    throw new IOException("not connected");
                }
                final ByteBuffer buf = ByteBuffer.wrap(batch, 0, size);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            } catch (IOException e) {
                lock.lock();
                try {
                    writeFailure = e;
                    writing = false;
                    queued = 0;
                    drained.signalAll();
                } finally {
                    lock.unlock();
                }
                stopWriting();
                throw e;
            }
        }
    }

    /**
     * A write failed, which on a UNIX socket means VPP closed it, as it does right after answering
     * {@code sockclnt_delete}. Replies VPP sent before closing may still wait in the receive buffer, so only the
     * sending half is shut: the reader drains them and then meets the end of the stream, which fails what is left.
     */
    private void stopWriting() {
        final SocketChannel ch = channel;
        try {
            if (ch != null) {
                ch.shutdownOutput();
            }
        } catch (IOException e) {
            close();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeChannel();
        }
    }

    private void closeChannel() {
        final SocketChannel ch = channel;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // Closing a socket that already failed tells nothing new: the read loop reports the cause.
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "unix:" + socket;
    }
}

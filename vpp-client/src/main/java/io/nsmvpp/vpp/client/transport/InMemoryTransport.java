/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.transport;

import io.nsmvpp.vpp.client.wire.FrameDecoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A transport without a socket: frames the client sends go to a {@link Peer} in the same JVM, and the peer answers
 * with {@link #deliver(byte[])}. For tests of code above the client that want no file system and no threads of a
 * server, yet the client's real framing, routing and failure handling. Frames reach the client on one reader
 * thread, in order, as with a socket.
 */
public final class InMemoryTransport implements Transport {
    /** The far end. Called on the sending thread; it may answer at once or later, from any thread. */
    @FunctionalInterface
    public interface Peer {
        void onFrame(InMemoryTransport transport, byte[] body);
    }

    private final Peer peer;
    private final FrameDecoder outbound;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService reader;
    private volatile Receiver receiver;

    public InMemoryTransport(final Peer peer, final int maxBody) {
        this.peer = Objects.requireNonNull(peer);
        this.outbound = new FrameDecoder(maxBody);
        this.reader = Executors.newSingleThreadExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "vpp-client-reader in-memory");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void connect(final Receiver newReceiver) {
        receiver = Objects.requireNonNull(newReceiver);
    }

    @Override
    public synchronized void send(final byte[] frames, final int offset, final int length) throws IOException {
        if (closed.get()) {
            throw new IOException("transport closed");
        }
        outbound.feed(frames, offset, length, (buf, off, len) ->
            peer.onFrame(this, Arrays.copyOfRange(buf, off, off + len)));
    }

    /** Hands one body (no frame header) to the client. */
    public void deliver(final byte[] body) {
        final byte[] copy = body.clone();
        execute(() -> {
            if (!closed.get()) {
                receiver.onFrame(copy, 0, copy.length);
            }
        });
    }

    /** Ends the stream from the far end, as VPP closing its socket does. */
    public void closeFromPeer(final Throwable cause) {
        end(cause);
    }

    @Override
    public void close() {
        end(new IOException("closed by the client"));
    }

    private void end(final Throwable cause) {
        if (closed.compareAndSet(false, true)) {
            execute(() -> receiver.onClosed(cause));
            reader.shutdown();
        }
    }

    private void execute(final Runnable task) {
        try {
            reader.execute(task);
        } catch (RejectedExecutionException e) {
            // closed: the receiver has already heard the end of the stream
            return;
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.VppDump;
import io.nsmvpp.vpp.client.msg.VppEvent;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.msg.VppRequest;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of VPP's binary API over its UNIX socket, in plain Java: no JNI, no shared memory, no generated stubs
 * tied to one VPP build.
 *
 * <ul>
 *   <li>{@link #connect(VppClientConfig)} shakes hands ({@code sockclnt_create}), resolves every message id by
 *       {@code name_crc} and refuses, with one exception listing every problem, a VPP that lacks what the caller's
 *       plugins need.</li>
 *   <li>{@link #send} and {@link #dump} return futures and may be called from any thread, many at once
 *       (pipelining); {@link #call} and {@link #dumpSync} block. Every request has a timeout; a late reply is
 *       discarded.</li>
 *   <li>One reader thread per connection completes futures. Code chained on a returned future without an executor
 *       runs there and must not block; blocking calls from it are refused.</li>
 *   <li>When the connection ends, every pending request fails at once and {@link ConnectionListener}s hear of it.
 *       {@link #reconnect()} starts a new connection with a freshly resolved message table.</li>
 * </ul>
 */
public final class VppClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VppClient.class);
    private static final long SWEEP_MILLIS = 10;

    private record EventListener<E extends VppEvent>(MessageType<E> type, Consumer<? super E> listener) {
        @SuppressWarnings("unchecked")
        void offer(final VppEvent event) {
            if (event.type() == type) {
                // Safe: a message's type() is the MessageType of its own record class.
                listener.accept((E) event);
            }
        }
    }

    private final VppClientConfig config;
    private final List<EventListener<?>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final ScheduledExecutorService sweeper;
    private int epoch = ThreadLocalRandom.current().nextInt(256);
    private volatile Connection connection;
    private volatile boolean closed;
    private int interfaceWatchers;

    private VppClient(final VppClientConfig config) {
        this.config = config;
        this.events = Executors.newSingleThreadExecutor(daemon("vpp-client-events"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("vpp-client-timeouts"));
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(final String name) {
        return runnable -> {
            final Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Connects and shakes hands.
     *
     * @throws VppConnectionException if VPP cannot be reached or does not answer the handshake in time
     * @throws VppIncompatibleException if messages the configured plugins need are missing or differ
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    public static VppClient connect(final VppClientConfig config) {
        final var client = new VppClient(Objects.requireNonNull(config));
        try {
            client.reconnect();
        } catch (RuntimeException e) {
            client.shutdownThreads();
            throw e;
        }
        return client;
    }

    /**
     * Drops the current connection, if any, and connects again: a new handshake and a new message table, since VPP
     * may have restarted with other plugins. Requests pending on the old connection fail. Event subscriptions made
     * with VPP ({@code want_interface_events}) belong to the old connection; re-send them from
     * {@link ConnectionListener#onConnected}.
     */
    public synchronized void reconnect() {
        if (closed) {
            throw new VppConnectionException("client is closed");
        }
        final Connection old = connection;
        if (old != null) {
            old.close();
        }
        epoch = epoch + 1 & 0xFF;
        final var fresh = new Connection(this, config, epoch);
        fresh.open();
        connection = fresh;
        if (interfaceWatchers > 0) {
            wantInterfaceEvents(true);
        }
        final MessageTable table = fresh.table();
        LOG.info("connected to VPP: client index 0x{}, {} messages in its table",
            Long.toHexString(fresh.clientIndex()), table.size());
        final List<String> olderForms = table.olderFormsInUse();
        if (!olderForms.isEmpty()) {
            LOG.info("VPP announces older forms of {} message(s), used instead of today's: {}", olderForms.size(),
                olderForms);
        }
        for (ConnectionListener listener : connectionListeners) {
            runOnEventThread(() -> listener.onConnected(table));
        }
    }

    /** Sends a request; the future completes with its reply, or fails (see {@link VppApiException}). */
    public <R extends VppReply> CompletableFuture<R> send(final VppRequest<R> request) {
        return send(request, config.requestTimeout());
    }

    public <R extends VppReply> CompletableFuture<R> send(final VppRequest<R> request, final Duration timeout) {
        return current().send(request, timeout);
    }

    /** Sends a dump and collects its details, ended by a {@code control_ping} on the same context. */
    public <D extends VppMessage> CompletableFuture<List<D>> dump(final VppDump<D> request) {
        return dump(request, config.requestTimeout());
    }

    public <D extends VppMessage> CompletableFuture<List<D>> dump(final VppDump<D> request, final Duration timeout) {
        return current().dump(request, timeout);
    }

    /** Blocking {@link #send}: the reply, or the failure as an unchecked {@link VppException}. */
    public <R extends VppReply> R call(final VppRequest<R> request) {
        return await(send(request));
    }

    /** Blocking {@link #dump}. */
    public <D extends VppMessage> List<D> dumpSync(final VppDump<D> request) {
        return await(dump(request));
    }

    @SuppressWarnings("checkstyle:AvoidHidingCauseException")
    private <T> T await(final CompletableFuture<T> future) {
        final Connection conn = connection;
        if (conn != null && conn.isReaderThread()) {
            throw new IllegalStateException("blocking call on the VPP reader thread would wait for itself; "
                + "chain on the future instead");
        }
        try {
            // The request's own timeout fires first; this bound only guards against a lost sweeper.
            return future.get(config.requestTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof VppException vpp) {
                throw vpp;
            }
            throw new VppException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new VppException("request did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VppException("interrupted", e);
        }
    }

    private Connection current() {
        final Connection conn = connection;
        if (conn == null || closed) {
            throw new VppConnectionException("client is closed");
        }
        return conn;
    }

    /**
     * Delivers every event of {@code type} to {@code listener}, on the client's event thread, in arrival order.
     * VPP only sends interface events after {@code want_interface_events}; subscribing here does not send it.
     *
     * @return closing it removes the listener
     */
    public <E extends VppEvent> Registration subscribe(final MessageType<E> type, final Consumer<? super E> listener) {
        final var entry = new EventListener<>(type, listener);
        eventListeners.add(entry);
        return () -> eventListeners.remove(entry);
    }

    /**
     * Delivers {@code sw_interface_event}s to {@code listener} and keeps VPP sending them: the first watcher sends
     * {@code want_interface_events} (enable), every reconnect sends it again (a subscription belongs to its
     * connection), and closing the last watcher disables it. Counting matters because VPP answers a second enable
     * on one connection with -31.
     */
    public Registration watchInterfaceEvents(final Consumer<? super SwInterfaceEvent> listener) {
        final Registration delivery = subscribe(SwInterfaceEvent.TYPE, listener);
        synchronized (this) {
            if (interfaceWatchers++ == 0 && isConnected()) {
                wantInterfaceEvents(true);
            }
        }
        return new Registration() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (VppClient.this) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    delivery.close();
                    if (--interfaceWatchers == 0 && isConnected()) {
                        wantInterfaceEvents(false);
                    }
                }
            }
        };
    }

    private void wantInterfaceEvents(final boolean enable) {
        send(new WantInterfaceEvents(enable ? 1 : 0, ProcessHandle.current().pid())).whenComplete((reply, error) -> {
            if (error != null) {
                LOG.warn("want_interface_events {} failed", enable ? "enable" : "disable", error);
            }
        });
    }

    /**
     * Tells {@code listener} when the connection goes up or down.
     *
     * @return closing it removes the listener
     */
    public Registration addConnectionListener(final ConnectionListener listener) {
        connectionListeners.add(Objects.requireNonNull(listener));
        return () -> connectionListeners.remove(listener);
    }

    public boolean isConnected() {
        final Connection conn = connection;
        return conn != null && conn.isOpen();
    }

    /** The message table of the current connection. */
    public MessageTable messageTable() {
        return current().table();
    }

    /** The handle VPP gave this client at the last handshake, sent as {@code client_index}. */
    public long clientIndex() {
        return current().clientIndex();
    }

    /** Counters of what the reader dropped on the current connection, for diagnosis and tests. */
    public Stats stats() {
        final Connection conn = current();
        return new Stats(conn.unknownFrames.get(), conn.discardedReplies.get(), conn.malformedFrames.get(),
            conn.pendingCount());
    }

    /**
     * What the reader thread dropped.
     *
     * @param unknownFrames frames with an id this client does not know
     * @param discardedReplies replies and details whose context was not pending (late, or not ours)
     * @param malformedFrames truncated or otherwise undecodable frames
     * @param pending requests in flight
     */
    public record Stats(long unknownFrames, long discardedReplies, long malformedFrames, int pending) {
    }

    /**
     * Says goodbye with {@code sockclnt_delete} and closes the connection. Returns true when VPP confirmed
     * ({@code response = 1}). The client can {@link #reconnect()} afterwards.
     */
    public synchronized boolean disconnect() {
        final Connection conn = connection;
        if (conn == null) {
            return false;
        }
        final boolean confirmed = conn.goodbye();
        conn.close();
        return confirmed;
    }

    /** Disconnects and stops the client's threads. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            disconnect();
            closed = true;
        }
        shutdownThreads();
    }

    private void shutdownThreads() {
        sweeper.shutdownNow();
        events.shutdown();
    }

    private void sweep() {
        final Connection conn = connection;
        if (conn != null) {
            conn.expire(System.nanoTime());
        }
    }

    void dispatchEvent(final VppEvent event) {
        for (EventListener<?> entry : eventListeners) {
            runOnEventThread(() -> entry.offer(event));
        }
    }

    void connectionClosed(final Connection conn, final Throwable cause) {
        if (conn != connection) {
            return;
        }
        LOG.info("connection to VPP ended: {}", cause.toString());
        for (ConnectionListener listener : connectionListeners) {
            runOnEventThread(() -> listener.onDisconnected(cause));
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void runOnEventThread(final Runnable task) {
        try {
            events.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("a VPP client listener failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("client closed, listener not called", e);
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.vpp.client.ConnectionListener;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.sim.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a connection to VPP, as the {@code vpp} settings say: connects when the socket answers, retries every
 * {@code reconnect-interval} while it does not (saying so in the log, without flooding it), reconnects by itself when
 * VPP goes away, and follows changes of {@code api-socket}, {@code use-simulator} and {@code request-timeout} at run
 * time. With {@code use-simulator} it serves the socket with the built-in simulator first, and says loudly that no
 * real VPP is behind it. All state changes happen on one thread.
 */
public final class VppConnector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VppConnector.class);

    /** Where the connection stands. */
    public enum Status {
        /** Not configured yet, or closed. */
        DISCONNECTED,
        /** Connected and handshaken. */
        CONNECTED,
        /** Configured, but VPP does not answer; retrying. */
        UNREACHABLE
    }

    /** Hears of connections made and lost, on the connector's thread. */
    public interface Listener {
        /** A new connection: VPP may have restarted, so whoever holds state should reconcile it. */
        void onConnected(VppClient client);

        /** The connection is gone; requests fail until {@link #onConnected} comes again. */
        void onLost(String reason);
    }

    private record Endpoint(String socket, boolean simulator, Duration timeout) {
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final var named = new Thread(runnable, "nsm-vpp-connector");
        named.setDaemon(true);
        return named;
    });
    private final Listener listener;
    private Endpoint endpoint;
    private Duration interval = Duration.ofSeconds(1);
    private ScheduledFuture<?> retry;
    private Simulator simulator;
    private int failures;
    private volatile VppClient client;
    private volatile Status status = Status.DISCONNECTED;
    private volatile String lastError = "";

    public VppConnector(final Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** The connected client, or null while VPP is unreachable. */
    public @Nullable VppClient client() {
        return client;
    }

    public Status status() {
        return status;
    }

    /** Why the last attempt failed, or "". */
    public String lastError() {
        return lastError;
    }

    /** True when the socket is served by the built-in simulator. */
    public boolean simulated() {
        return endpoint != null && endpoint.simulator();
    }

    /** Applies the {@code vpp} settings; a change of socket, simulator or timeout reconnects. */
    public void configure(final Settings settings) {
        thread.execute(() -> {
            interval = settings.reconnectInterval();
            final var next = new Endpoint(settings.apiSocket(), settings.useSimulator(), settings.requestTimeout());
            if (next.equals(endpoint)) {
                return;
            }
            if (endpoint != null) {
                LOG.info("VPP settings changed ({} -> {}): reconnecting", describe(endpoint), describe(next));
            }
            teardown("settings changed");
            endpoint = next;
            failures = 0;
            attempt();
        });
    }

    private static String describe(final Endpoint at) {
        return (at.simulator() ? "built-in simulator on " : "VPP at ") + at.socket();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void attempt() {
        retry = null;
        final Endpoint at = endpoint;
        if (at == null || thread.isShutdown()) {
            return;
        }
        try {
            if (at.simulator() && simulator == null) {
                simulator = Simulator.start(Path.of(at.socket()));
                LOG.warn("NO REAL VPP: serving {} with nsm-vpp's built-in VPP simulator (vpp/use-simulator is true)",
                    at.socket());
            }
            final var fresh = VppClient.connect(VppClientConfig.of(Path.of(at.socket()))
                .withRequestTimeout(at.timeout()).withClientName("nsm-vpp"));
            fresh.addConnectionListener(new ConnectionListener() {
                @Override
                public void onDisconnected(final Throwable cause) {
                    try {
                        thread.execute(() -> lost(fresh, cause));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        // this connector is closed: the connection it closed has nothing left to report
                        LOG.debug("VPP connection closed after the connector was: {}", String.valueOf(cause));
                    }
                }
            });
            client = fresh;
            status = Status.CONNECTED;
            lastError = "";
            LOG.info("connected to {}{}", describe(at), failures > 0 ? " after " + failures + " failed attempts" : "");
            failures = 0;
            listener.onConnected(fresh);
        } catch (IOException | RuntimeException e) {
            status = Status.UNREACHABLE;
            lastError = e.getMessage();
            failures++;
            // the first failure, then one line a minute's worth of attempts: enough to see, never a flood
            if (failures == 1 || failures % Math.max(1, 60_000 / Math.max(1, interval.toMillis())) == 0) {
                LOG.warn("{} is unreachable ({} attempts so far, retrying every {} ms): {}", describe(at), failures,
                    interval.toMillis(), e.getMessage());
            }
            retry = thread.schedule(this::attempt, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void lost(final VppClient which, final Throwable cause) {
        if (which != client) {
            return;
        }
        client = null;
        which.close();
        status = Status.UNREACHABLE;
        lastError = String.valueOf(cause.getMessage());
        LOG.warn("lost the connection to {}: {}; reconnecting every {} ms", describe(endpoint), cause.toString(),
            interval.toMillis());
        listener.onLost(lastError);
        if (retry == null) {
            retry = thread.schedule(this::attempt, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void teardown(final String why) {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        final VppClient old = client;
        client = null;
        if (old != null) {
            old.close();
            listener.onLost(why);
        }
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        status = Status.DISCONNECTED;
    }

    /** Disconnects (VPP state is kept) and stops the built-in simulator if it runs. */
    @Override
    public void close() {
        final var done = thread.submit(() -> teardown("closed"));
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("could not close the VPP connection cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}

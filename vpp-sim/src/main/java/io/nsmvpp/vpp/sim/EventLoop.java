/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's one thread, as VPP's main thread: it runs a selector over the listening socket and every client,
 * and every call from outside (a test injecting a fault, reading a count) runs on it too, through {@link #call}, so
 * that no state is ever touched by two threads.
 */
final class EventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    /** What the loop does with what the selector reports. */
    interface Io {
        /** How long the selector may wait: 0 for "until something happens". */
        long nextTimerMillis();

        void accept() throws IOException;

        void ready(SelectionKey key);

        /** After every round: write what the round produced. */
        void afterRound();
    }

    private final String name;
    private final Selector selector;
    private final Io io;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    EventLoop(final String name, final Selector selector, final Io io) {
        this.name = name;
        this.selector = selector;
        this.io = io;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean running() {
        return running;
    }

    /** Runs {@code action} on the loop thread and waits for its result, as every outside call must. */
    @SuppressWarnings("checkstyle:IllegalCatch")
    <T> T call(final Supplier<T> action) {
        if (Thread.currentThread() == thread) {
            return action.get();
        }
        if (!running) {
            throw new IllegalStateException(name + " is closed");
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

    void run(final Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code last} as the loop's last task, then stops the loop and closes the selector. */
    void stop(final Runnable last) {
        if (!running) {
            return;
        }
        run(() -> {
            running = false;
            last.run();
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
                selector.select(io.nextTimerMillis());
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
                        io.accept();
                    } else {
                        io.ready(key);
                    }
                }
                keys.clear();
                io.afterRound();
            } catch (IOException | RuntimeException e) {
                LOG.error("simulator loop error", e);
            }
        }
    }
}

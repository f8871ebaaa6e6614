/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.wire.WireReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One request waiting for its answer, keyed in the connection by its context. Touched by the reader thread (which
 * feeds it frames) and by whoever fails it (timeout sweeper, connection end); only the one that removes it from the
 * connection's map may complete it, so it completes exactly once.
 */
abstract sealed class Pending {
    final int context;
    final String name;
    final Duration timeout;
    final long deadlineNanos;

    Pending(final int context, final String name, final Duration timeout) {
        this.context = context;
        this.name = name;
        this.timeout = timeout;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Takes one frame carrying this context. Returns true when the request is answered (the caller then removes
     * it), false when more frames are expected or the frame is not for it.
     */
    abstract boolean accept(MessageType<?> type, WireReader body);

    /** Completes with the collected answer; only after {@link #accept} returned true. */
    abstract void complete();

    abstract void fail(Throwable cause);

    abstract CompletableFuture<?> future();

    /** A request with exactly one reply. */
    static final class Reply<R extends VppReply> extends Pending {
        private final MessageType<R> replyType;
        private final CompletableFuture<R> future = new CompletableFuture<>();
        private R reply;

        Reply(final int context, final String name, final Duration timeout, final MessageType<R> replyType) {
            super(context, name, timeout);
            this.replyType = replyType;
        }

        @Override
        boolean accept(final MessageType<?> type, final WireReader body) {
            if (type != replyType) {
                return false;
            }
            reply = replyType.decode(body);
            return true;
        }

        @Override
        void complete() {
            final R answer = reply;
            if (answer == null) {
                throw new IllegalStateException("complete() before accept() took a reply");
            }
            if (answer.retval() != 0) {
                future.completeExceptionally(new VppApiException(name, answer.retval(), answer));
            } else {
                future.complete(answer);
            }
        }

        @Override
        void fail(final Throwable cause) {
            future.completeExceptionally(cause);
        }

        @Override
        CompletableFuture<R> future() {
            return future;
        }
    }

    /** A dump: details until the {@code control_ping_reply} sent on the same context. */
    static final class Dump<D extends VppMessage> extends Pending {
        private final MessageType<D> detailsType;
        private final MessageType<?> endType;
        private final CompletableFuture<List<D>> future = new CompletableFuture<>();
        private final List<D> items = new ArrayList<>();
        private int endRetval;

        Dump(final int context, final String name, final Duration timeout, final MessageType<D> detailsType,
                final MessageType<?> endType) {
            super(context, name, timeout);
            this.detailsType = detailsType;
            this.endType = endType;
        }

        @Override
        boolean accept(final MessageType<?> type, final WireReader body) {
            if (type == detailsType) {
                items.add(detailsType.decode(body));
                return false;
            }
            if (type == endType) {
                endRetval = ((VppReply) endType.decode(body)).retval();
                return true;
            }
            return false;
        }

        @Override
        void complete() {
            if (endRetval != 0) {
                future.completeExceptionally(new VppApiException(name, endRetval, null));
            } else {
                future.complete(Collections.unmodifiableList(items));
            }
        }

        @Override
        void fail(final Throwable cause) {
            future.completeExceptionally(cause);
        }

        @Override
        CompletableFuture<List<D>> future() {
            return future;
        }
    }
}

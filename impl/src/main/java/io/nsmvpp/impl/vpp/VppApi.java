/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppConnectionException;
import io.nsmvpp.vpp.client.msg.VppDump;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.msg.VppRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The one door the handlers have to VPP: the current {@link VppClient}, which the engine's connector replaces when
 * VPP restarts or the socket changes. A call while VPP is unreachable fails at once instead of waiting.
 */
public final class VppApi {
    private final Supplier<VppClient> client;

    public VppApi(final Supplier<VppClient> client) {
        this.client = client;
    }

    /** A fixed client, for tests and embedding. */
    public static VppApi of(final VppClient client) {
        return new VppApi(() -> client);
    }

    public <R extends VppReply> CompletionStage<R> send(final VppRequest<R> request) {
        final VppClient current = client.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new VppConnectionException("VPP is not connected"));
        }
        try {
            return current.send(request);
        } catch (VppConnectionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public <D extends VppMessage> CompletionStage<List<D>> dump(final VppDump<D> request) {
        final VppClient current = client.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new VppConnectionException("VPP is not connected"));
        }
        try {
            return current.dump(request);
        } catch (VppConnectionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}

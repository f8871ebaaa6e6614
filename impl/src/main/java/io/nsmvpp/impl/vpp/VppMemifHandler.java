/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MemifCreateV2Reply;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifMode;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDetails;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The {@link MemifHandler} that sends its calls to VPP. */
record VppMemifHandler(VppApi vpp) implements MemifHandler {
    @Override
    public CompletionStage<Long> addSocket(final long socketId, final String file) {
        return vpp.send(new MemifSocketFilenameAddDelV2(true, socketId, file)).thenApply(reply -> reply.socketId());
    }

    @Override
    public CompletionStage<Void> deleteSocket(final long socketId) {
        return vpp.send(new MemifSocketFilenameAddDelV2(false, socketId, "")).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Long> create(final boolean master, final long mode, final long id, final long socketId,
            final long ringSize, final int bufferSize) {
        if (mode != MemifMode.ETHERNET && mode != MemifMode.IP) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                "memif mode " + mode + " is refused: VPP v26.06 crashes on any mode but ethernet and ip"));
        }
        return vpp.send(new MemifCreateV2(master ? 0 : 1, mode, 0, 0, id, socketId, ringSize, bufferSize, false, false,
            MacAddress.ZERO, "")).thenApply(MemifCreateV2Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final long swIfIndex) {
        return vpp.send(new MemifDelete(swIfIndex)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<List<MemifDetails>> dump() {
        return vpp.dump(new MemifDump());
    }

    @Override
    public CompletionStage<List<MemifSocketFilenameDetails>> dumpSockets() {
        return vpp.dump(new MemifSocketFilenameDump());
    }
}

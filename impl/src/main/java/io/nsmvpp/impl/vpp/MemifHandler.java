/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDetails;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** memif socket files and interfaces. */
public interface MemifHandler {
    /** The request whose refusal (an error retval) means VPP made no interface. */
    String CREATE_REQUEST = io.nsmvpp.vpp.client.msg.MemifCreateV2.NAME;

    /** Registers a socket file under {@code socketId}; the reply's id is returned. */
    CompletionStage<Long> addSocket(long socketId, String file);

    CompletionStage<Void> deleteSocket(long socketId);

    /**
     * Creates a memif. Only ethernet and ip modes are ever sent: VPP v26.06 crashes on any other mode, so this refuses
     * them before they leave the process.
     */
    CompletionStage<Long> create(boolean master, long mode, long id, long socketId,
            long ringSize, int bufferSize);

    CompletionStage<Void> delete(long swIfIndex);

    CompletionStage<List<MemifDetails>> dump();

    CompletionStage<List<MemifSocketFilenameDetails>> dumpSockets();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static MemifHandler of(final VppApi vpp) {
        return new VppMemifHandler(vpp);
    }
}

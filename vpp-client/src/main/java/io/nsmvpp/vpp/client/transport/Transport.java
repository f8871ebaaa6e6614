/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.transport;

import java.io.IOException;

/**
 * The narrow seam between the client and a byte stream that carries VPP frames. The client encodes and routes
 * messages; a transport only moves whole frames. One transport object is one connection: it is connected once and
 * closed once.
 */
public interface Transport extends AutoCloseable {
    /** Receives frames on the transport's single reader thread. */
    interface Receiver {
        /**
         * One frame body (the 16-byte header already removed). The bytes are only valid during the call, which
         * must not block: it runs on the reader thread.
         */
        void onFrame(byte[] buf, int offset, int length);

        /**
         * The stream ended: EOF, a read error, a framing fault, or {@link Transport#close()}. Called exactly once,
         * after the last {@link #onFrame}.
         */
        void onClosed(Throwable cause);
    }

    /** Opens the stream and starts the reader thread. */
    void connect(Receiver receiver) throws IOException;

    /**
     * Sends {@code length} bytes of {@code frames}: one or more complete frames, headers included, which reach the
     * stream together and in order. Thread-safe.
     */
    void send(byte[] frames, int offset, int length) throws IOException;

    /** Closes the stream; the receiver's {@link Receiver#onClosed} follows. Idempotent. */
    @Override
    void close();
}

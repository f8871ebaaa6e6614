/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

/**
 * Hears about the connection going up and down. Called on the client's event thread, never on the reader thread,
 * so a listener may call the client (for example to re-subscribe to events after a reconnect).
 */
public interface ConnectionListener {
    /** A handshake completed; {@code table} holds this connection's message ids. */
    default void onConnected(final MessageTable table) {
        // nothing by default
    }

    /**
     * The connection ended; every request pending on it has already failed. {@code cause} says why: EOF, an I/O
     * error, a framing fault, or a close by this client.
     */
    default void onDisconnected(final Throwable cause) {
        // nothing by default
    }
}

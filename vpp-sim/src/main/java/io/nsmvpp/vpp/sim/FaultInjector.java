/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.time.Duration;

/**
 * Faults a test can inject into a running {@link Simulator}, so that clients and the engine are tested on the
 * failures a real VPP shows: restarts, lost connections, slow or missing replies, refused requests, broken frames
 * and interfaces deleted behind the agent's back. Every method takes effect before it returns. Message names are API
 * names without CRC, for example {@code create_loopback}.
 */
public interface FaultInjector {
    /**
     * Restarts "VPP": every connection is closed, every interface but local0 and all other state is gone, and new
     * connections get the message table again; with {@code reshuffleIds} its ids change, as with another plugin set.
     */
    void restart(boolean reshuffleIds);

    /**
     * Restarts "VPP" with an outage: as {@link #restart(boolean)}, but the socket file disappears and nothing
     * listens for {@code downtime}, so a client's reconnect attempts fail until it is back.
     */
    void restart(boolean reshuffleIds, Duration downtime);

    /** {@link #restart(boolean)} keeping the message ids (unless the simulator shuffles them anyway). */
    default void restart() {
        restart(false);
    }

    /** Closes every client connection, as VPP does when it dies; state is kept. */
    void dropConnections();

    /** Closes the connection of the client whose handle ({@code client_index}) is given; false if there is none. */
    boolean dropConnection(long clientIndex);

    /** Delays every reply, details message and event by {@code delay} from now on; {@link Duration#ZERO} ends it. */
    void delayReplies(Duration delay);

    /** Delays the replies to one message, keeping the order of everything sent after them. */
    void delayReplies(String message, Duration delay);

    /**
     * Makes the {@code nth} (1-based, counted from now) request of {@code message} fail with {@code retval}
     * without being executed. Dumps send no details instead.
     */
    void failRequest(String message, int nth, int retval);

    /** Executes the {@code nth} (1-based, counted from now) request of {@code message} but sends no reply. */
    void swallowReply(String message, int nth);

    /** Writes one corrupt frame to the client with this handle, or to every client when it is 0. */
    void corruptFrame(long clientIndex, Corruption kind);

    /** Deletes an interface as an operator with vppctl would (events included); false if there is none. */
    boolean deleteInterface(long swIfIndex);

    /** Ends every delay and forgets pending failures and swallows. */
    void clear();
}

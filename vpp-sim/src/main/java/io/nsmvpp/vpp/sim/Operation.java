/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

/**
 * One entry of the simulator's operation log: a message it received and what became of it. Tests use the log to
 * see what reached "VPP" even when no reply came back (a dropped reply does not mean nothing happened).
 *
 * @param seq position in the log, from 0
 * @param clientIndex the request's client_index (0 for sockclnt_create and dropped frames)
 * @param message the API name, for example {@code create_loopback}, or {@code #<id>} for an unknown id
 * @param context the request's context
 * @param retval the retval of the reply sent (0 for dumps and messages without one)
 * @param outcome what the simulator did with the request
 */
public record Operation(long seq, long clientIndex, String message, long context, int retval, Outcome outcome) {
    /** What became of a received message. */
    public enum Outcome {
        /** Executed, and its reply (or details) went to the client named by client_index. */
        REPLIED,
        /** Executed, but no client has that client_index, so the reply was dropped, as VPP does. */
        REPLY_DROPPED,
        /** Executed, and the reply was swallowed by an injected fault. */
        REPLY_SWALLOWED,
        /** Not executed: an injected fault answered with a chosen retval. */
        FAILED_BY_INJECTION,
        /** Dropped: the message id is not in the table, or is not a request. */
        DROPPED_UNKNOWN_ID,
        /** Dropped: the body is shorter than the message needs. */
        DROPPED_TRUNCATED,
        /** Dropped: a request VPP v26.06 has but the simulator does not implement. */
        UNSUPPORTED,
        /** Refused: real VPP v26.06 would crash on this request. */
        REFUSED_WOULD_CRASH
    }
}

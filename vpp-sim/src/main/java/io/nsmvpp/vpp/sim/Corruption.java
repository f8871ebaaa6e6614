/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

/** Kinds of corrupt frames {@link FaultInjector#corruptFrame} can write, each a way a broken peer could misbehave. */
public enum Corruption {
    /** A well-framed message whose id is in no message table. */
    UNKNOWN_MESSAGE_ID,
    /** A reply id (control_ping_reply) with a body too short for it. */
    TRUNCATED_BODY,
    /** A header that announces a 2 GiB body, followed by only a few bytes. */
    OVERSIZED_LENGTH,
    /** Random bytes, header included. */
    GARBAGE
}

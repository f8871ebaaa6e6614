/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.cds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move, or that moves on by itself each time it is read once told to tick. UTC. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private volatile Duration tick = Duration.ZERO;

    public MutableClock(final Instant now) {
        this.now = now;
    }

    public synchronized void advance(final Duration by) {
        now = now.plus(by);
    }

    /** Puts the clock at {@code instant}, also back in time. */
    public synchronized void set(final Instant instant) {
        now = instant;
    }

    /** From now on each reading moves the clock on by {@code each} after it; {@link Duration#ZERO} stops it. */
    public void tick(final Duration each) {
        tick = each;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        final Instant result = now;
        now = result.plus(tick);
        return result;
    }
}

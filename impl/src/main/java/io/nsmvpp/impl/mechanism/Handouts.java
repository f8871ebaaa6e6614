/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.WriteContext;
import io.nsmvpp.impl.engine.SideRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Values a mechanism hands out to its sides when the configuration leaves them open (VXLAN VNIs, WireGuard listen
 * ports): which are taken (handed out, or found in VPP), and which side was given which. A side created again after
 * VPP restarted gets its own back, since its peer still expects it; a side deleted for good frees it.
 *
 * @param <V> the value
 */
final class Handouts<V> {
    private final String what;
    private final Set<V> taken = new HashSet<>();
    private final Map<SideRef, V> given = new HashMap<>();

    /**
     * Handouts.
     *
     * @param what what the values are, for the revert journal ("VNI", "listen port")
     */
    Handouts(final String what) {
        this.what = what;
    }

    /** The value {@code side} was given before, taken again, when {@code usable} allows it; else null. */
    synchronized @Nullable V again(final SideRef side, final Predicate<V> usable) {
        final V before = given.get(side);
        if (before == null || !usable.test(before)) {
            return null;
        }
        taken.add(before);
        return before;
    }

    /** Takes {@code value} for {@code side} if no one holds it; whether it did. */
    synchronized boolean give(final SideRef side, final V value) {
        if (!taken.add(value)) {
            return false;
        }
        given.put(side, value);
        return true;
    }

    /** A value found in VPP: taken, never handed out. */
    synchronized void recover(final V value) {
        taken.add(value);
    }

    /** The interface that held {@code value} is gone: anyone may have it. */
    synchronized void release(final V value) {
        taken.remove(value);
    }

    /** {@code side} does not hold {@code value} (any more): a new side of that name gets a fresh one. */
    synchronized void forget(final SideRef side, final V value) {
        given.remove(side, value);
    }

    /**
     * {@code side} was deleted while VPP held nothing of it (VPP restarted, and no pass created it again): frees what
     * it was given. A revert of the deletion gives it back.
     */
    void freeUnbound(final SideRef side, final WriteContext ctx) {
        final V value;
        synchronized (this) {
            value = given.remove(side);
            if (value != null) {
                taken.remove(value);
            }
        }
        if (value != null) {
            ctx.onRevert("give " + what + " " + value + " back to " + side, () -> {
                synchronized (this) {
                    given.putIfAbsent(side, value);
                    taken.add(value);
                }
                return CompletableFuture.completedFuture(null);
            });
        }
    }
}

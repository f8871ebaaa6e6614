/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * An index allocator that behaves like a VPP {@code pool}: a freed index is reused before the pool grows, and the
 * most recently freed index comes back first. VPP's sw_if_index, memif, vxlan tunnel, wireguard peer and l3xc
 * indexes all follow this rule, so a client that assumes "lowest free" or "always new" would be caught here as it
 * would be on a real VPP.
 */
final class Pool {
    private int[] free = new int[16];
    private int freeCount;
    private int size;

    /** Takes an index: the most recently freed one, else a new one. */
    int get() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        return size++;
    }

    /** The index {@link #get()} would return next, without taking it. */
    int peek() {
        return freeCount > 0 ? free[freeCount - 1] : size;
    }

    void put(final int index) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = index;
    }

    /**
     * Removes the first of {@code entries} that {@code match}es and gives its index back to this pool, as a VPP
     * delete does with pool_put; false when none matched.
     */
    <T> boolean release(final List<T> entries, final Predicate<? super T> match,
            final ToIntFunction<? super T> indexOf) {
        for (Iterator<T> it = entries.iterator(); it.hasNext();) {
            final T entry = it.next();
            if (match.test(entry)) {
                it.remove();
                put(indexOf.applyAsInt(entry));
                return true;
            }
        }
        return false;
    }

    /**
     * Makes this pool look like one with a history: {@code nextFirst} are free and come back in that order, before
     * any other index; every index below the highest of them that is neither handed out nor listed is free too, but
     * comes back only after them (in no particular order), and the pool grows past them after that.
     */
    void preset(final List<Integer> nextFirst) {
        final BitSet listed = new BitSet();
        nextFirst.forEach(listed::set);
        for (int i = 0; i < freeCount; i++) {
            listed.set(free[i]);
        }
        final int newSize = Math.max(size, listed.length());
        for (int index = size; index < newSize; index++) {
            if (!listed.get(index)) {
                put(index);
            }
        }
        size = newSize;
        for (int i = nextFirst.size() - 1; i >= 0; i--) {
            final int index = nextFirst.get(i);
            if (index < 0) {
                throw new IllegalArgumentException("negative index " + index);
            }
            put(index);
        }
    }

    /** One past the highest index ever handed out. */
    int size() {
        return size;
    }
}

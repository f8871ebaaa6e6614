/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.sim.Operation.Outcome;
import java.util.ArrayDeque;
import java.util.List;

/**
 * What reached the simulator, bounded to the latest {@code capacity} entries (0 keeps none), so a benchmark's
 * millions of requests cost neither memory nor GC time. Written by the loop thread, read by tests on theirs.
 */
final class OperationLog {
    private final int capacity;
    private final ArrayDeque<Operation> operations = new ArrayDeque<>();
    private long seq;

    OperationLog(final int capacity) {
        this.capacity = capacity;
    }

    void log(final long clientIndex, final String message, final long context, final int retval,
            final Outcome outcome) {
        if (capacity == 0) {
            return;
        }
        synchronized (operations) {
            if (operations.size() == capacity) {
                operations.pollFirst();
            }
            operations.addLast(new Operation(seq++, clientIndex, message, context, retval, outcome));
        }
    }

    List<Operation> list() {
        synchronized (operations) {
            return List.copyOf(operations);
        }
    }

    void clear() {
        synchronized (operations) {
            operations.clear();
        }
    }
}

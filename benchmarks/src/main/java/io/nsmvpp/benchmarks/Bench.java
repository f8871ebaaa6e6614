/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An end-to-end benchmark run by {@link BenchTarget#run}: it makes connections of a forwarder name of its own (so
 * that the clean-up after it, also after a failure, finds exactly its interfaces) and keeps the lines it measured,
 * printing each as it comes.
 */
abstract class Bench {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** The forwarder name its interfaces are tagged with. */
    final String forwarder = "bench-" + run;
    /**
     * The forwarder name the raw calls tag their interfaces with, as long as {@link #forwarder} (the same bytes on the
     * wire) but not the agent's: an agent's reconciliation pass that ran beside raw calls tagged with its own name
     * would take their interfaces for its own, restore them, and meet them deleted under it.
     */
    final String rawForwarder = "rawcl-" + run;
    private final List<String> lines = new ArrayList<>();

    /** Measures, printing each line as it comes. */
    abstract void run();

    /** The lines measured. */
    final List<String> lines() {
        return lines;
    }

    /** Prints a line and keeps it for the summary. */
    final void note(final String line) {
        lines.add(line);
        BenchTarget.OUT.println(line);
    }

    /** A figure line: its label padded to a column, then the figure. */
    final void report(final String what, final String figure) {
        note(String.format(Locale.ROOT, "%-60s %s", what, figure));
    }

    /** Stops the run with {@code what} unless {@code ok}. */
    static void check(final boolean ok, final String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}

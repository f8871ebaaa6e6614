/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The CPU time of a real VPP's main thread (the one that runs the binary API), read from {@code /proc}: how busy VPP
 * was while the agent or the raw calls kept it working. Known only when {@code VPP_PID} names the VPP process, on the
 * same host; otherwise {@link #known()} is false and every reading is 0.
 */
final class VppMainThread {
    /** Linux's clock ticks per second for {@code /proc/.../stat} times (USER_HZ, 100 on every mainstream build). */
    private static final long TICKS_PER_SECOND = 100;
    private static final String MAIN_THREAD = "vpp_main";

    private final @Nullable Path stat;

    private VppMainThread(final @Nullable Path stat) {
        this.stat = stat;
    }

    /** VPP's main thread, known if {@code VPP_PID} names a process that has one. */
    static VppMainThread fromEnvironment() {
        final String pid = System.getenv("VPP_PID");
        if (pid == null || pid.isBlank()) {
            return new VppMainThread(null);
        }
        final Path tasks = Path.of("/proc", pid.strip(), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return new VppMainThread(threads.filter(task -> MAIN_THREAD.equals(comm(task))).findFirst()
                .map(task -> task.resolve("stat")).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("VPP_PID=" + pid + ": cannot list " + tasks, e);
        }
    }

    private static String comm(final Path task) {
        try {
            return Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether the thread was found. */
    boolean known() {
        return stat != null;
    }

    /** The thread's user and system CPU time so far, in nanoseconds (10 ms steps); 0 when not {@link #known()}. */
    long cpuNanos() {
        final Path file = stat;
        if (file == null) {
            return 0;
        }
        final String line;
        try {
            line = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        // the fields after the command name, which is in parentheses and may hold spaces: state is field 3
        final String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        final long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A simulated VPP v26.06 serving the binary API on a UNIX socket, for tests and demos where no VPP is at hand. It
 * reproduces what a real VPP did in the measured scenarios (index reuse, names, tags, events, retvals, cross-connect
 * side effects, wire edge cases), so a client correct against it is correct against VPP. Start one per test with
 * {@link #start(Path)} or {@link #builder(Path)}; break it with {@link #faults()}.
 */
public final class Simulator implements AutoCloseable {
    /** Settings of one simulator; see {@link Builder}. */
    record Config(Path socket, boolean shuffleIds, long seed, String runtimeDir,
            Predicate<String> hostInterfaceExists, boolean tapSupported, long vpePid, long maxBodyBytes,
            int operationLogCapacity, List<Integer> freeInterfaceIndexes) {
    }

    /** Settings with defaults that match a stock VPP v26.06 with vhost-net available. */
    public static final class Builder {
        private final Path socket;
        private boolean shuffleIds;
        private long seed = 0x5EED;
        private String runtimeDir = "/run/vpp";
        private Predicate<String> hostInterfaceExists = name -> true;
        private boolean tapSupported = true;
        private long vpePid = ProcessHandle.current().pid();
        private long maxBodyBytes = 512L << 20;
        private int operationLogCapacity = 100_000;
        private List<Integer> freeInterfaceIndexes = List.of();

        Builder(final Path socket) {
            this.socket = Objects.requireNonNull(socket);
        }

        /** Hands out message ids in a shuffled order (15 and 16 excepted), so no client can depend on ids. */
        public Builder shuffleIds(final boolean value) {
            shuffleIds = value;
            return this;
        }

        /** Seed of generated MACs, wireguard keys and shuffles, for reproducible runs. */
        public Builder seed(final long value) {
            seed = value;
            return this;
        }

        /** VPP's runtime directory: memif's default socket and relative socket names live there. */
        public Builder runtimeDir(final String value) {
            runtimeDir = Objects.requireNonNull(value);
            return this;
        }

        /** Which host interface names af_packet finds; by default every non-empty name exists. */
        public Builder hostInterfaces(final Predicate<String> exists) {
            hostInterfaceExists = Objects.requireNonNull(exists);
            return this;
        }

        /** False makes tap_create_v3 fail with -11, as on a host without /dev/vhost-net. */
        public Builder tapSupported(final boolean value) {
            tapSupported = value;
            return this;
        }

        /** The {@code vpe_pid} control_ping_reply reports. */
        public Builder vpePid(final long value) {
            vpePid = value;
            return this;
        }

        /**
         * How many bytes of one message the simulator buffers; more close the connection (a real VPP would run out
         * of heap and abort). A header may announce any length: only bytes that arrive count.
         */
        public Builder maxBodyBytes(final long value) {
            maxBodyBytes = value;
            return this;
        }

        /** How many of the latest operations the log keeps; 0 turns the log off. */
        public Builder operationLogCapacity(final int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative capacity " + value);
            }
            operationLogCapacity = value;
            return this;
        }

        /**
         * Starts with the sw_if_index history of a VPP that has created and deleted interfaces before: the next
         * interfaces take {@code nextFirst} in that order (as a real VPP hands back its most recently freed indexes
         * first), then the other indexes below the highest of them, then new ones. A test that drives this simulator
         * and a real VPP side by side learns the list from the VPP (create interfaces, note their indexes, delete
         * them in reverse order), so that both number alike where the order of indexes shows (VPP sorts some
         * things by sw_if_index). A restart forgets it, as a restarted VPP does.
         */
        public Builder freeInterfaceIndexes(final List<Integer> nextFirst) {
            freeInterfaceIndexes = List.copyOf(nextFirst);
            return this;
        }

        public Simulator start() throws IOException {
            return new Simulator(new Config(socket, shuffleIds, seed, runtimeDir, hostInterfaceExists, tapSupported,
                vpePid, maxBodyBytes, operationLogCapacity, freeInterfaceIndexes));
        }
    }

    private final SimServer server;
    private Path tempDir;

    private Simulator(final Config config) throws IOException {
        server = new SimServer(config);
    }

    public static Builder builder(final Path socket) {
        return new Builder(socket);
    }

    /** Starts a simulator with default settings on {@code socket} (an existing file there is replaced). */
    public static Simulator start(final Path socket) throws IOException {
        return builder(socket).start();
    }

    /**
     * Starts a simulator with default settings on a socket in a new temporary directory, which {@link #close()}
     * removes again: the usual way for a test to get a VPP.
     */
    public static Simulator startTemporary() throws IOException {
        final Path dir = Files.createTempDirectory("vpp-sim");
        final Simulator simulator = builder(dir.resolve("api.sock")).start();
        simulator.tempDir = dir;
        return simulator;
    }

    public Path socketPath() {
        return server.socket();
    }

    public FaultInjector faults() {
        return server.faults();
    }

    /**
     * The messages received since the start or the last {@link #clearOperations()}, in order: the latest 100,000
     * unless {@link Builder#operationLogCapacity(int)} says otherwise ({@link Operation#seq()} keeps counting).
     */
    public List<Operation> operations() {
        return server.operations();
    }

    public void clearOperations() {
        server.clearOperations();
    }

    /** The id this run gives a {@code name_crc}, or -1; ids change with {@code shuffleIds} and restarts. */
    public int messageId(final String nameCrc) {
        return server.messageId(nameCrc);
    }

    /** Number of interfaces, local0 included. */
    public int interfaceCount() {
        return server.interfaceCount();
    }

    /** Stops serving, closes every connection and removes the socket file. */
    @Override
    public void close() {
        server.close();
        if (tempDir != null) {
            try {
                Files.deleteIfExists(tempDir);
            } catch (IOException e) {
                // best effort: a leftover empty temporary directory harms no one
                tempDir.toFile().deleteOnExit();
            }
        }
    }
}

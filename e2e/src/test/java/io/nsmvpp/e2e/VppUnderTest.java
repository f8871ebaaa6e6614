/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The VPP the end-to-end test drives: vpp-sim as a process of its own ({@link SimProcess}), or, when the environment
 * variable {@code VPP_API_SOCKET} names its socket, a real VPP behind a recording proxy ({@link RealVpp}). Either way
 * the test sees VPP's interfaces through a client of its own and every call the agent sent since a mark.
 */
abstract class VppUnderTest implements AutoCloseable {
    /** The real VPP's socket, or null. */
    static final String REAL_SOCKET = System.getenv("VPP_API_SOCKET");

    private final Path socket;
    private final VppClient client;

    VppUnderTest(final Path socket, final VppClient client) {
        this.socket = socket;
        this.client = client;
    }

    /** One call the agent sent. */
    record Op(long seq, String message, int retval, String outcome) {
        /** Whether the call changes VPP's state: anything but dumps, pings, sessions and event subscriptions. */
        boolean isWrite() {
            return !(message.endsWith("_dump") || message.equals("control_ping") || message.startsWith("sockclnt_")
                || message.startsWith("memclnt_") || message.startsWith("want_") || message.equals("show_version")
                || message.equals("get_first_msg_id") || message.startsWith("#"));
        }

        @Override
        public String toString() {
            return seq + " " + message + " " + retval + " " + outcome;
        }
    }

    static boolean real() {
        return REAL_SOCKET != null && !REAL_SOCKET.isEmpty();
    }

    /** Starts vpp-sim in {@code dir}, or the proxy to the real VPP there. */
    static VppUnderTest start(final Path dir) throws IOException, InterruptedException {
        return real() ? RealVpp.start(dir, Path.of(REAL_SOCKET)) : SimProcess.start(dir);
    }

    /** The socket the agent is given. */
    final Path socket() {
        return socket;
    }

    /** A client of the test's own, straight to VPP. */
    final VppClient client() {
        return client;
    }

    final List<SwInterfaceDetails> interfaces() {
        return client.dumpSync(SwInterfaceDump.all());
    }

    /** The sequence number the agent's next call will get. */
    abstract long mark() throws IOException, InterruptedException;

    /** The agent's calls since {@code mark} that changed VPP's state. */
    abstract List<Op> writesSince(long mark) throws IOException, InterruptedException;

    @Override
    public void close() {
        client.close();
    }
}

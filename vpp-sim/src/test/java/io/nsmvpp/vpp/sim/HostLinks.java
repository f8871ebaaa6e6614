/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The host's links, through iproute2's {@code ip}: the veth pairs that af_packet interfaces attach to. */
final class HostLinks {
    private HostLinks() {
    }

    /**
     * Runs {@code ip} with these arguments, its output discarded.
     *
     * @return whether it ran and exited 0; false when it failed, could not be started, or was interrupted (the
     *     thread's interrupt flag is then set again)
     */
    static boolean ip(final String... args) {
        final var command = new ArrayList<String>();
        command.add("ip");
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.sim.Operation;
import io.nsmvpp.vpp.sim.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the engine's tests run against: an in-process simulator, or, unchanged, the real VPP whose socket
 * {@code VPP_API_SOCKET} names. Tests assert on what VPP holds (dumps), which works on both; the simulator's
 * operation log and fault injection are only used where {@link #simulator()} is present.
 */
public final class VppTarget implements AutoCloseable {
    public static final String REAL_SOCKET = System.getenv("VPP_API_SOCKET");
    /** Messages that change VPP's state; everything else a test may see is a read. */
    public static final Set<String> READS = Set.of("sockclnt_create", "control_ping", "sw_interface_dump", "memif_dump",
        "memif_socket_filename_dump", "vxlan_tunnel_v2_dump", "wireguard_peers_dump", "wireguard_interface_dump",
        "l2_xconnect_dump", "l3xc_dump", "af_packet_dump", "sw_interface_tap_v2_dump", "ip_address_dump",
        "want_interface_events", "show_version", "sockclnt_delete");

    private final Simulator simulator;
    public final VppClient client;

    private VppTarget(final Simulator simulator, final VppClient client) {
        this.simulator = simulator;
        this.client = client;
    }

    public static boolean realVpp() {
        return REAL_SOCKET != null && !REAL_SOCKET.isEmpty();
    }

    public static VppTarget start() {
        try {
            if (realVpp()) {
                return new VppTarget(null, VppClient.connect(VppClientConfig.of(Path.of(REAL_SOCKET))));
            }
            final Simulator sim = Simulator.builder(java.nio.file.Files.createTempDirectory("vpp-sim")
                .resolve("api.sock")).shuffleIds(true).hostInterfaces(name -> !name.startsWith("nx-")).start();
            return new VppTarget(sim, VppClient.connect(VppClientConfig.of(sim.socketPath())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulator, or null against a real VPP. */
    public Simulator simulator() {
        return simulator;
    }

    public List<SwInterfaceDetails> interfaces() {
        return client.dumpSync(SwInterfaceDump.all());
    }

    /** The write operations the simulator received since the last clear (empty against a real VPP). */
    public List<Operation> writes() {
        if (simulator == null) {
            return List.of();
        }
        return simulator.operations().stream().filter(op -> !READS.contains(op.message())).toList();
    }

    @Override
    public void close() {
        client.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}

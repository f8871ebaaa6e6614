/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.LoopbackBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;

/**
 * Connection entries as a forwarder writes them into the datastore (binding objects), for the engine benchmark.
 * A copy of the few builders of impl's test {@code Connections} that the benchmark needs: the benchmark must not
 * depend on impl's test classes. No cross-connect container: the model's default, l2xc.
 */
final class BenchConnections {
    private BenchConnections() {
    }

    static Connection connection(final String id, final String expiresAt, final Mechanism client,
            final Mechanism server) {
        return new ConnectionBuilder().setId(new ConnectionId(id)).setExpiresAt(new LeaseTime(expiresAt))
            .setClient(new ClientBuilder().setMechanism(client).build())
            .setServer(new ServerBuilder().setMechanism(server).build()).build();
    }

    static Mechanism loopback() {
        return new LoopbackBuilder().setLoopback(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.LoopbackBuilder().build())
            .build();
    }

    /** A memif with the model's defaults: master, ethernet, an id the engine allocates. */
    static Mechanism memif(final String socketFile) {
        return new MemifBuilder().setMemif(new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.memif.MemifBuilder()
            .setSocketFile(new AbsolutePath(socketFile)).build()).build();
    }
}

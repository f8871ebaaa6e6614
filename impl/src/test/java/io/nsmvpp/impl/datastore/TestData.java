/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.LoopbackBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * Paths and small complete connections for the datastore tests.
 */
final class TestData {
    static final DataObjectIdentifier<NsmVpp> NSM_VPP = DataObjectIdentifier.builder(NsmVpp.class).build();

    private TestData() {
        // factory
    }

    static DataObjectIdentifier.WithKey<Connection, ConnectionKey> path(final String id) {
        return DataObjectIdentifier.builder(NsmVpp.class)
            .child(Connection.class, new ConnectionKey(new ConnectionId(id))).build();
    }

    static Mechanism loopback() {
        return new LoopbackBuilder().setLoopback(
            new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .loopback.LoopbackBuilder().build()).build();
    }

    /** A loopback-to-loopback connection leasing until {@code expiresAt}. */
    static Connection connection(final String id, final String expiresAt) {
        return new ConnectionBuilder()
            .setId(new ConnectionId(id))
            .setExpiresAt(new LeaseTime(expiresAt))
            .setClient(new ClientBuilder().setMechanism(loopback()).build())
            .setServer(new ServerBuilder().setMechanism(loopback()).build())
            .build();
    }

    static Connection connection(final String id) {
        return connection(id, "2026-11-27T12:00:00Z");
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.state;

import com.google.common.util.concurrent.ListenableFuture;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.vpp.VppConnector;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.State;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.VppConnection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.VppConnectionBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * Writes a {@link StateReader.Snapshot} into the operational datastore: {@code /nsm-vpp/state} whole, each
 * connection's {@code state}, and removes the state of connections that are gone. Called from one thread.
 */
public final class StatePublisher {
    private static final DataObjectIdentifier<State> STATE =
        DataObjectIdentifier.builder(NsmVpp.class).child(State.class).build();

    private final DataBroker broker;
    private final Function<String, Connection> desired;
    private final Set<String> published = new HashSet<>();

    /**
     * Creates a publisher.
     *
     * @param desired a connection's configuration as last applied, or null
     */
    public StatePublisher(final DataBroker broker, final Function<String, Connection> desired) {
        this.broker = broker;
        this.desired = desired;
    }

    /** Publishes a pass's snapshot together with the connector's status. */
    public ListenableFuture<? extends CommitInfo> publish(final StateReader.Snapshot snapshot,
            final VppConnection connection) {
        final var tx = broker.newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.OPERATIONAL, STATE, new StateBuilder(snapshot.global())
            .setVppConnection(connection).build());
        // A connection entry needs its mandatory leaves in the operational datastore too: the configuration the
        // engine applied, with what VPP holds beside it.
        final Set<String> written = new HashSet<>();
        snapshot.connections().forEach((id, state) -> {
            final var config = desired.apply(id);
            if (config != null) {
                tx.put(LogicalDatastoreType.OPERATIONAL, ConnectionNodes.connection(id),
                    new ConnectionBuilder(config).setState(state).build());
                written.add(id);
            }
        });
        for (String gone : published) {
            if (!written.contains(gone)) {
                tx.delete(LogicalDatastoreType.OPERATIONAL, ConnectionNodes.connection(gone));
            }
        }
        published.clear();
        published.addAll(written);
        return tx.commit();
    }

    /** Publishes only the connector's status, when VPP cannot be read. */
    public ListenableFuture<? extends CommitInfo> publishConnection(final VppConnection connection) {
        final var tx = broker.newWriteOnlyTransaction();
        tx.mergeParentStructureMerge(LogicalDatastoreType.OPERATIONAL, STATE.toBuilder()
            .child(VppConnection.class).build(), connection);
        return tx.commit();
    }

    /** The connector's status as operational state. */
    public static VppConnection connectionState(final VppConnector connector, final String socket) {
        final var status = switch (connector.status()) {
            case CONNECTED -> VppConnection.Status.Connected;
            case UNREACHABLE -> VppConnection.Status.Unreachable;
            case DISCONNECTED -> VppConnection.Status.Disconnected;
        };
        return new VppConnectionBuilder().setStatus(status).setApiSocket(socket).setSimulated(connector.simulated())
            .setLastError(connector.lastError().isEmpty() ? null : connector.lastError()).build();
    }
}

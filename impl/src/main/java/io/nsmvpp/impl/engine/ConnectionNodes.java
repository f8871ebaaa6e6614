/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import io.nsmvpp.api.NodeChange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.MechanismConfig;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.af.packet.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.kernel.tap.KernelTap;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.loopback.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif.Memif;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.vxlan.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.Wireguard;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Client;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Server;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.binding.DataObjectReference;

/**
 * The YANG nodes of a connection that customizers are registered for, and how a changed connection entry is cut
 * into them: per side one mechanism container (memif, kernel-tap, af-packet, vxlan, wireguard, loopback) and the
 * side itself (its addresses; the mechanism choice stripped), then the cross-connect.
 */
public final class ConnectionNodes {
    /** The mechanism containers, by YANG name, in one order for both sides. */
    public enum Kind {
        MEMIF("memif", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
            .Memif.class, Memif.class),
        KERNEL_TAP("kernel-tap", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.KernelTap.class, KernelTap.class),
        AF_PACKET("af-packet", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.AfPacket.class, AfPacket.class),
        VXLAN("vxlan", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
            .Vxlan.class, Vxlan.class),
        WIREGUARD("wireguard", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.Wireguard.class, Wireguard.class),
        LOOPBACK("loopback", org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config
            .mechanism.Loopback.class, Loopback.class);

        private final String yangName;
        private final Class<? extends Mechanism> caseClass;
        private final Class<? extends DataObject> containerClass;

        Kind(final String yangName, final Class<? extends Mechanism> caseClass,
                final Class<? extends DataObject> containerClass) {
            this.yangName = yangName;
            this.caseClass = caseClass;
            this.containerClass = containerClass;
        }

        public String yangName() {
            return yangName;
        }

        public Class<? extends DataObject> containerClass() {
            return containerClass;
        }
    }

    /** The mechanism of one side: its kind and its container's data. */
    public record SideMechanism(Kind kind, DataObject data) {
    }

    /** The sides' own nodes (addresses), registered after every mechanism. */
    public static final DataObjectReference<Client> CLIENT =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(Client.class).build();
    public static final DataObjectReference<Server> SERVER =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(Server.class).build();
    /** The cross-connect, registered after both sides. */
    public static final DataObjectReference<CrossConnect> CROSS_CONNECT =
        DataObjectReference.builder(NsmVpp.class).child(Connection.class).child(CrossConnect.class).build();

    private static final CrossConnect DEFAULT_CROSS_CONNECT = new CrossConnectBuilder().build();

    private ConnectionNodes() {
    }

    /** The wildcarded reference of a mechanism container on one side. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <N extends DataObject> DataObjectReference<N> mechanism(final boolean client, final Kind kind) {
        final var builder = DataObjectReference.builder(NsmVpp.class).child(Connection.class);
        return client ? (DataObjectReference<N>) builder.child(Client.class)
                .child((Class) kind.caseClass, (Class) kind.containerClass).build()
            : (DataObjectReference<N>) builder.child(Server.class)
                .child((Class) kind.caseClass, (Class) kind.containerClass).build();
    }

    /** The identifier of a connection entry. */
    public static DataObjectIdentifier.WithKey<Connection, ConnectionKey> connection(final String id) {
        return DataObjectIdentifier.builder(NsmVpp.class).child(Connection.class, key(id)).build();
    }

    private static ConnectionKey key(final String id) {
        return new ConnectionKey(new ConnectionId(id));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <N extends DataObject> DataObjectIdentifier<N> mechanismId(final String id, final boolean client,
            final Kind kind) {
        final var builder = DataObjectIdentifier.builder(NsmVpp.class).child(Connection.class, key(id));
        return client ? (DataObjectIdentifier<N>) builder.child(Client.class)
                .child((Class) kind.caseClass, (Class) kind.containerClass).build()
            : (DataObjectIdentifier<N>) builder.child(Server.class)
                .child((Class) kind.caseClass, (Class) kind.containerClass).build();
    }

    /** The mechanism a side holds, or null when the side is absent. */
    public static @Nullable SideMechanism mechanismOf(final @Nullable MechanismConfig side) {
        if (side == null || side.getMechanism() == null) {
            return null;
        }
        final Mechanism mechanism = side.getMechanism();
        return switch (mechanism) {
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.Memif m ->
                new SideMechanism(Kind.MEMIF, m.getMemif());
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .KernelTap m -> new SideMechanism(Kind.KERNEL_TAP, m.getKernelTap());
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .AfPacket m -> new SideMechanism(Kind.AF_PACKET, m.getAfPacket());
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.Vxlan m ->
                new SideMechanism(Kind.VXLAN, m.getVxlan());
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .Wireguard m -> new SideMechanism(Kind.WIREGUARD, m.getWireguard());
            case org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism
                .Loopback m -> new SideMechanism(Kind.LOOPBACK, m.getLoopback());
            default -> throw new IllegalArgumentException("unknown mechanism " + mechanism.implementedInterface());
        };
    }

    /**
     * A side as the engine sees it: null when absent, or when its container is empty (no mechanism, no address),
     * which a datastore may keep for a non-presence container. A side with addresses and no mechanism is returned
     * as it is, for the engine to refuse.
     */
    public static <S extends MechanismConfig> @Nullable S present(final @Nullable S side) {
        if (side == null || side.getMechanism() == null && (side.getIpAddress() == null
                || side.getIpAddress().isEmpty())) {
            return null;
        }
        return side;
    }

    /** The cross-connect of a connection with the model's defaults (l2xc) when the container is empty. */
    public static @Nullable CrossConnect crossConnectOf(final @Nullable Connection connection) {
        if (connection == null) {
            return null;
        }
        final CrossConnect xc = connection.getCrossConnect();
        return xc == null ? DEFAULT_CROSS_CONNECT : xc;
    }

    /**
     * Cuts a changed connection entry into the registered nodes, unchanged ones included (the writer re-applies them
     * when something they depend on is re-created).
     */
    public static List<NodeChange<?>> flatten(final ConnectionChange change) {
        final List<NodeChange<?>> nodes = new ArrayList<>();
        final String id = change.id();
        final Connection before = change.before();
        final Connection after = change.after();
        final Client clientBefore = before == null ? null : present(before.getClient());
        final Client clientAfter = after == null ? null : present(after.getClient());
        final Server serverBefore = before == null ? null : present(before.getServer());
        final Server serverAfter = after == null ? null : present(after.getServer());
        addMechanisms(nodes, id, true, mechanismOf(clientBefore), mechanismOf(clientAfter));
        addMechanisms(nodes, id, false, mechanismOf(serverBefore), mechanismOf(serverAfter));
        final var connectionId = connection(id);
        final Client strippedClientBefore = clientBefore == null ? null
            : new ClientBuilder(clientBefore).setMechanism(null).build();
        final Client strippedClientAfter = clientAfter == null ? null
            : new ClientBuilder(clientAfter).setMechanism(null).build();
        if (strippedClientBefore != null || strippedClientAfter != null) {
            nodes.add(new NodeChange<>(CLIENT, connectionId.toBuilder().child(Client.class).build(), id,
                strippedClientBefore, strippedClientAfter));
        }
        final Server strippedServerBefore = serverBefore == null ? null
            : new ServerBuilder(serverBefore).setMechanism(null).build();
        final Server strippedServerAfter = serverAfter == null ? null
            : new ServerBuilder(serverAfter).setMechanism(null).build();
        if (strippedServerBefore != null || strippedServerAfter != null) {
            nodes.add(new NodeChange<>(SERVER, connectionId.toBuilder().child(Server.class).build(), id,
                strippedServerBefore, strippedServerAfter));
        }
        final CrossConnect xcBefore = clientBefore != null && serverBefore != null ? crossConnectOf(before) : null;
        final CrossConnect xcAfter = clientAfter != null && serverAfter != null ? crossConnectOf(after) : null;
        if (xcBefore != null || xcAfter != null) {
            nodes.add(new NodeChange<>(CROSS_CONNECT, connectionId.toBuilder().child(CrossConnect.class).build(), id,
                xcBefore, xcAfter));
        }
        return nodes;
    }

    private static void addMechanisms(final List<NodeChange<?>> nodes, final String id, final boolean client,
            final @Nullable SideMechanism before, final @Nullable SideMechanism after) {
        for (Kind kind : Kind.values()) {
            final DataObject was = before != null && before.kind() == kind ? before.data() : null;
            final DataObject will = after != null && after.kind() == kind ? after.data() : null;
            if (was != null || will != null) {
                nodes.add(change(id, client, kind, was, will));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <N extends DataObject> NodeChange<N> change(final String id, final boolean client, final Kind kind,
            final @Nullable DataObject before, final @Nullable DataObject after) {
        return new NodeChange<>(mechanism(client, kind), mechanismId(id, client, kind), id, (N) before, (N) after);
    }
}

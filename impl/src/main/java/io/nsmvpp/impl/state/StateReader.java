/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.state;

import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.Counter64;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionStatus;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.Ownership;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.Side;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.State;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.state.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.state.ServerBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.CountersBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.TaggedInterface;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.TaggedInterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.state.TaggedInterfaceKey;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * Reads what VPP really holds into operational state, from one {@code sw_interface_dump} per pass however many
 * connections there are: every interface with an nsm-vpp tag (ours, adoptable or foreign), each connection's sides
 * as VPP shows them, and the counters. A side whose interface is gone from VPP, or whose tag someone changed, is
 * shown as pending with the reason, never as programmed.
 */
public final class StateReader {
    /** Counters the reader publishes; the engine and the reconciler count. */
    public interface Counters {
        long restored();

        long adopted();

        long created();

        long pruned();

        long failed();
    }

    /**
     * A prune of an expired connection whose VPP calls failed, as the lease reaper retries it.
     *
     * @param attempts failed attempts so far
     * @param lastError why the last one failed (the VPP message and its retval, when VPP refused)
     * @param nextAttempt when the reaper tries again
     */
    public record PruneFailure(int attempts, String lastError, Instant nextAttempt) {
    }

    /** The lease reaper's failed prunes, for operational state. */
    public interface PruneStatus {
        PruneStatus NONE = new PruneStatus() {
            @Override
            public Map<String, PruneFailure> pruneFailures() {
                return Map.of();
            }

            @Override
            public long pruneFailureCount() {
                return 0;
            }
        };

        /** Connections whose last prune attempt failed, by id. */
        Map<String, PruneFailure> pruneFailures();

        /** Failed prune attempts since start. */
        long pruneFailureCount();
    }

    /**
     * The operational state, and the connections VPP no longer holds as they were bound: an interface of theirs is
     * gone or carries another tag (deleted or re-tagged out of band), and no failed prune explains it.
     */
    public record Snapshot(State global, Map<String, org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp
            .rev261127.nsm.vpp.connection.State> connections, java.util.Set<String> drifted) {
    }

    private final InterfaceHandler interfaces;
    private final Bindings bindings;
    private final Supplier<Settings> settings;
    private final Counters counters;
    private final PruneStatus prunes;

    public StateReader(final InterfaceHandler interfaces, final Bindings bindings, final Supplier<Settings> settings,
            final Counters counters) {
        this(interfaces, bindings, settings, counters, PruneStatus.NONE);
    }

    public StateReader(final InterfaceHandler interfaces, final Bindings bindings, final Supplier<Settings> settings,
            final Counters counters, final PruneStatus prunes) {
        this.interfaces = interfaces;
        this.bindings = bindings;
        this.settings = settings;
        this.counters = counters;
        this.prunes = prunes;
    }

    /** Dumps VPP once and builds the operational state. */
    public CompletionStage<Snapshot> read() {
        return interfaces.dumpAll().thenApply(this::build);
    }

    Snapshot build(final List<SwInterfaceDetails> rows) {
        final Settings current = settings.get();
        final Map<String, PruneFailure> failures = prunes.pruneFailures();
        final Map<Long, SwInterfaceDetails> byIndex = new HashMap<>();
        final Map<TaggedInterfaceKey, TaggedInterface> tagged = new LinkedHashMap<>();
        for (SwInterfaceDetails row : rows) {
            byIndex.put(row.swIfIndex(), row);
            TagCodec.parse(row.tag()).ifPresent(tag -> {
                final var key = new TaggedInterfaceKey(Uint32.valueOf(row.swIfIndex()));
                tagged.put(key, new TaggedInterfaceBuilder().withKey(key).setName(row.interfaceName())
                    .setDevType(row.interfaceDevType()).setTag(row.tag())
                    .setOwner(new ForwarderName(tag.forwarder()))
                    .setSide(tag.side() == NsmTag.Side.CLIENT ? Side.Client : Side.Server)
                    .setConnectionId(new ConnectionId(tag.connectionId()))
                    .setOwnership(ownership(tag, current)).build());
            });
        }
        final var global = new StateBuilder().setTaggedInterface(tagged).setCounters(new CountersBuilder()
            .setRestored(counter(counters.restored())).setAdopted(counter(counters.adopted()))
            .setCreated(counter(counters.created())).setPruned(counter(counters.pruned()))
            .setFailed(counter(counters.failed())).setPruneFailures(counter(prunes.pruneFailureCount()))
            .setPrunesPending(Uint32.valueOf(failures.size())).build()).build();

        final Map<String, ConnectionState> connections = new HashMap<>();
        bindings.snapshot().forEach((side, bound) -> connections.computeIfAbsent(side.connectionId(),
            id -> new ConnectionState(bindings.isRestored(id))).add(side, bound, byIndex.get(bound.swIfIndex()),
                bindings.isAdopted(side)));
        // a failed prune is shown even when VPP holds nothing of the connection any more
        failures.forEach((id, failure) -> connections.computeIfAbsent(id,
            key -> new ConnectionState(bindings.isRestored(key))).pruneFailed(failure));
        final Map<String, org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection
            .State> states = new HashMap<>();
        final java.util.Set<String> drifted = new java.util.TreeSet<>();
        connections.forEach((id, state) -> {
            states.put(id, state.build());
            if (state.drifted()) {
                drifted.add(id);
            }
        });
        return new Snapshot(global, states, drifted);
    }

    private static Ownership ownership(final NsmTag tag, final Settings current) {
        if (current.forwarderName() == null) {
            return Ownership.Foreign;
        }
        return switch (tag.ownershipFor(current.forwarderName(), current.adoptForwarderNames())) {
            case OURS -> Ownership.Ours;
            case ADOPTABLE -> Ownership.Adoptable;
            case FOREIGN -> Ownership.Foreign;
        };
    }

    private static Counter64 counter(final long value) {
        return new Counter64(Uint64.valueOf(value));
    }

    /** The sides of one connection as VPP shows them. */
    private static final class ConnectionState {
        private final StringBuilder problems = new StringBuilder();
        private final boolean restored;
        private boolean adopted;
        private PruneFailure pruneFailure;

        ConnectionState(final boolean restored) {
            this.restored = restored;
        }

        private final org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection
            .StateBuilder builder = new org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp
                .connection.StateBuilder();

        void add(final SideRef side, final BoundInterface bound, final SwInterfaceDetails row,
                final boolean adoptedInterface) {
            adopted |= adoptedInterface;
            if (row == null || !bound.tag().equals(row.tag())) {
                problems.append(problems.isEmpty() ? "" : "; ").append(side.sideName())
                    .append(" interface sw_if_index ").append(bound.swIfIndex())
                    .append(row == null ? " is gone from VPP" : " now carries tag '" + row.tag() + "'");
                return;
            }
            if (side.side() == NsmTag.Side.CLIENT) {
                builder.setClient(new ClientBuilder()
                    .setSwIfIndex(Uint32.valueOf(row.swIfIndex())).setInterfaceName(row.interfaceName())
                    .setTag(row.tag()).build());
            } else {
                builder.setServer(new ServerBuilder()
                    .setSwIfIndex(Uint32.valueOf(row.swIfIndex())).setInterfaceName(row.interfaceName())
                    .setTag(row.tag()).build());
            }
        }

        void pruneFailed(final PruneFailure failure) {
            pruneFailure = failure;
        }

        /** VPP lost or re-tagged an interface of it, and no failed prune is the reason. */
        boolean drifted() {
            return !problems.isEmpty() && pruneFailure == null;
        }

        org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.State build() {
            builder.setRestoredFromVpp(restored);
            if (pruneFailure != null) {
                return builder.setStatus(ConnectionStatus.Pruning)
                    .setPruneAttempts(Uint32.valueOf(pruneFailure.attempts()))
                    .setNextPruneAttempt(new DateAndTime(DateTimeFormatter.ISO_INSTANT.format(
                        pruneFailure.nextAttempt())))
                    .setLastError("prune attempt " + pruneFailure.attempts() + " failed: " + pruneFailure.lastError()
                        + (problems.isEmpty() ? "" : "; " + problems)).build();
            }
            if (!problems.isEmpty()) {
                return builder.setStatus(ConnectionStatus.Pending).setLastError(problems.toString()).build();
            }
            return builder.setStatus(restored ? ConnectionStatus.Restored
                : adopted ? ConnectionStatus.Adopted : ConnectionStatus.Programmed).build();
        }
    }
}

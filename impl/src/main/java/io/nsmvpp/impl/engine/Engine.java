/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import io.nsmvpp.api.NodeChange;
import io.nsmvpp.api.Stages;
import io.nsmvpp.api.TransactionContext;
import io.nsmvpp.api.TransactionWriter;
import io.nsmvpp.api.ValidationException;
import io.nsmvpp.api.WriteFailedException;
import io.nsmvpp.api.WriterRegistry;
import io.nsmvpp.impl.engine.ConfigRejectedException.Kind;
import io.nsmvpp.impl.mechanism.AfPacketCustomizer;
import io.nsmvpp.impl.mechanism.CrossConnectCustomizer;
import io.nsmvpp.impl.mechanism.InterfaceCustomizer;
import io.nsmvpp.impl.mechanism.KernelTapCustomizer;
import io.nsmvpp.impl.mechanism.LoopbackCustomizer;
import io.nsmvpp.impl.mechanism.MemifCustomizer;
import io.nsmvpp.impl.mechanism.MemifSockets;
import io.nsmvpp.impl.mechanism.SideCustomizer;
import io.nsmvpp.impl.mechanism.Validators;
import io.nsmvpp.impl.mechanism.VxlanCustomizer;
import io.nsmvpp.impl.mechanism.WireguardCustomizer;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.AfPacketHandler;
import io.nsmvpp.impl.vpp.CrossConnectHandler;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.LoopbackHandler;
import io.nsmvpp.impl.vpp.MemifHandler;
import io.nsmvpp.impl.vpp.TapHandler;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.impl.vpp.VppHints;
import io.nsmvpp.impl.vpp.VxlanHandler;
import io.nsmvpp.impl.vpp.WireguardHandler;
import io.nsmvpp.vpp.client.VppApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.MechanismConfig;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Client;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: turns a configuration transaction into VPP calls through the translation SPI, all or nothing.
 *
 * <ol>
 *   <li>Transaction-wide rules (forwarder-name set, leases in the future, tags that fit).</li>
 *   <li>The dumps validators need (VXLAN tunnels, WireGuard peers), loaded once, asynchronously.</li>
 *   <li>Every node's validators; the first refusal vetoes with a 400 naming the field. Nothing reached VPP.</li>
 *   <li>The writes, in registry order; a failure reverts everything this transaction did, newest first, and
 *       vetoes naming the connection, the side, the VPP message and its retval.</li>
 * </ol>
 */
public final class Engine implements ConfigApplier {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** Bounded so that one transaction fits a cohort phase's 5 s limit. */
    public static final int MAX_CONNECTIONS_PER_TRANSACTION = 2000;
    /**
     * How long a transaction applied to VPP may wait for its datastore outcome before it is no longer in doubt: well
     * beyond the datastore's three 5 s phase limits.
     */
    private static final long IN_DOUBT_NANOS = 30_000_000_000L;
    /** How long a pass waits, in a connection's lane, for the outcome of a transaction of it that VPP has seen. */
    private static final long OUTCOME_WAIT_MILLIS = 2_000;

    private final Bindings bindings;
    private final Clock clock;
    private final WriterRegistry registry;
    private final TransactionWriter writer;
    private final VxlanHandler vxlan;
    private final WireguardHandler wireguard;
    private final MemifCustomizer memifCustomizer;
    private final VxlanCustomizer vxlanCustomizer;
    private final WireguardCustomizer wireguardCustomizer;
    private final InterfaceHandler interfaces;
    private final CrossConnectHandler crossConnects;
    private final AtomicLong failed = new AtomicLong();
    private final java.util.Map<String, CompletableFuture<Void>> tails = new java.util.HashMap<>();
    /** Done unless {@link #quiesced} work is waiting or running: lane work starting later waits for it. */
    private CompletableFuture<Void> barrier = CompletableFuture.completedFuture(null);
    /** The watches of passes in progress: each learns which connections transactions touch while it is open. */
    private final List<Watch> watches = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Connections of transactions applied to VPP whose datastore outcome (commit or revert) has not come yet, with
     * when they were applied: neither in the configuration nor surely not, so a pass leaves them alone.
     */
    private final java.util.Map<String, Doubt> inDoubt = new java.util.concurrent.ConcurrentHashMap<>();

    /** A transaction applied to VPP, awaiting the datastore's outcome. */
    private record Doubt(long since, CompletableFuture<Void> outcome) {
    }
    private final java.util.Map<String, Connection> desired = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Settings settings = Settings.DEFAULTS;

    /**
     * Creates the engine over a VPP connection.
     *
     * @param hostInterfaceExists whether a host interface exists (af_packet binds to one)
     */
    public Engine(final VppApi vpp, final Bindings bindings, final Clock clock,
            final Predicate<String> hostInterfaceExists) {
        this.bindings = Objects.requireNonNull(bindings);
        this.clock = Objects.requireNonNull(clock);
        interfaces = InterfaceHandler.of(vpp);
        crossConnects = CrossConnectHandler.of(vpp);
        vxlan = VxlanHandler.of(vpp);
        wireguard = WireguardHandler.of(vpp);
        final var memif = MemifHandler.of(vpp);
        final var builder = WriterRegistry.builder();
        final List<org.opendaylight.yangtools.binding.DataObjectReference<?>> mechanisms = new ArrayList<>();
        // One customizer of each kind serves both sides, so a VNI, port, socket file or memif id handed to one side
        // is never handed out again.
        memifCustomizer = new MemifCustomizer(bindings, interfaces, memif, new MemifSockets(memif));
        vxlanCustomizer = new VxlanCustomizer(bindings, interfaces, vxlan);
        wireguardCustomizer = new WireguardCustomizer(bindings, interfaces, wireguard);
        final var tapCustomizer = new KernelTapCustomizer(bindings, interfaces, TapHandler.of(vpp));
        final var afPacketCustomizer = new AfPacketCustomizer(bindings, interfaces, AfPacketHandler.of(vpp));
        final var loopbackCustomizer = new LoopbackCustomizer(bindings, interfaces, LoopbackHandler.of(vpp));
        final List<InterfaceCustomizer<?>> all = List.of(memifCustomizer, tapCustomizer, afPacketCustomizer,
            vxlanCustomizer, wireguardCustomizer, loopbackCustomizer);
        final java.util.Map<String, InterfaceCustomizer.InterfaceDeleter> deleters = new java.util.HashMap<>();
        all.forEach(customizer -> deleters.put(customizer.kindName(), customizer.deleter()));
        all.forEach(customizer -> customizer.useDeleters(deleters));
        for (boolean client : new boolean[] { true, false }) {
            final var memifNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.memif.Memif>mechanism(client, ConnectionNodes.Kind.MEMIF);
            builder.add(memifNode, memifCustomizer).addValidator(memifNode, Validators.memif());
            final var tapNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.kernel.tap.KernelTap>mechanism(client, ConnectionNodes.Kind.KERNEL_TAP);
            builder.add(tapNode, tapCustomizer).addValidator(tapNode, Validators.kernelTap());
            final var afNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.af.packet.AfPacket>mechanism(client, ConnectionNodes.Kind.AF_PACKET);
            builder.add(afNode, afPacketCustomizer).addValidator(afNode, Validators.afPacket(hostInterfaceExists));
            final var vxlanNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.vxlan.Vxlan>mechanism(client, ConnectionNodes.Kind.VXLAN);
            builder.add(vxlanNode, vxlanCustomizer).addValidator(vxlanNode, Validators.vxlan(bindings));
            final var wgNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.wireguard.Wireguard>mechanism(client, ConnectionNodes.Kind.WIREGUARD);
            builder.add(wgNode, wireguardCustomizer).addValidator(wgNode, Validators.wireguard(bindings));
            final var loopNode = ConnectionNodes.<org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127
                .mechanism.config.mechanism.loopback.Loopback>mechanism(client, ConnectionNodes.Kind.LOOPBACK);
            builder.add(loopNode, loopbackCustomizer).addValidator(loopNode, Validators.loopback());
            mechanisms.addAll(List.of(memifNode, tapNode, afNode, vxlanNode, wgNode, loopNode));
        }
        builder.addAfter(ConnectionNodes.CLIENT, new SideCustomizer<Client>(bindings, interfaces),
                mechanisms.subList(0, 6))
            .addValidator(ConnectionNodes.CLIENT, Validators.<Client>side())
            .addAfter(ConnectionNodes.SERVER, new SideCustomizer<Server>(bindings, interfaces),
                mechanisms.subList(6, 12))
            .addValidator(ConnectionNodes.SERVER, Validators.<Server>side())
            .addAfter(ConnectionNodes.CROSS_CONNECT, new CrossConnectCustomizer(bindings, crossConnects, interfaces),
                List.of(ConnectionNodes.CLIENT, ConnectionNodes.SERVER))
            .addValidator(ConnectionNodes.CROSS_CONNECT, Validators.crossConnect());
        registry = builder.build();
        writer = new TransactionWriter(registry);
    }

    /** An engine whose af_packet validator looks for host interfaces in {@code /sys/class/net}. */
    public static Engine withHostInterfaces(final VppApi vpp, final Bindings bindings, final Clock clock) {
        return new Engine(vpp, bindings, clock, name -> Files.exists(Path.of("/sys/class/net", name)));
    }

    public WriterRegistry registry() {
        return registry;
    }

    public Bindings bindings() {
        return bindings;
    }

    /**
     * Binds a side to an interface found in VPP (restore, adoption), recovering the allocators' state from it: the
     * memif socket file's reference and id, the VNI, the WireGuard listen port. A later write of the same connection
     * adopts the interface when it matches, instead of creating one.
     */
    public void bindFound(final SideRef side, final BoundInterface found) {
        bindings.put(side, found);
        switch (found.kind()) {
            case "memif" -> memifCustomizer.recover(found.detail(), found.handle(),
                ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif
                    .Memif) found.restored()).requireId().longValue());
            case "vxlan" -> vxlanCustomizer.recover(found.handle());
            case "wireguard" -> wireguardCustomizer.recover(Integer.parseInt(found.detail()));
            default -> {
                // nothing allocated by the agent for this kind
            }
        }
    }

    /**
     * Before a pass binds what it found: forgets the memif socket files VPP no longer has registered (socket id to
     * file, as VPP's dump shows them), as after a VPP restart.
     */
    public void resyncMemifSockets(final java.util.Map<Long, String> registered) {
        memifCustomizer.resync(registered);
    }

    /** Whether this engine uses memif socket id {@code socketId} now (a memif of its own is on it, or about to be). */
    public boolean usesMemifSocket(final long socketId) {
        return memifCustomizer.usesSocket(socketId);
    }

    /**
     * What a reconciliation pass's dumps showed of the interfaces it found and of the cross-connects: adopting them
     * in this pass reads these instead of dumping each interface again. Until {@link #clearPreloaded()}.
     */
    public void preload(final java.util.Map<Long, InterfaceHandler.Reading> found,
            final CrossConnectHandler.Held held) {
        interfaces.preload(found);
        crossConnects.preload(held);
    }

    /** The pass is over: later transactions read VPP themselves. */
    public void clearPreloaded() {
        crossConnects.preload(null);
        interfaces.clearPreloaded();
    }

    /** Every connection as the committed transactions left the configuration. */
    public java.util.Map<String, Connection> desired() {
        return java.util.Map.copyOf(desired);
    }

    /** A connection as the last committed transaction left it in the configuration, or null. */
    public @org.eclipse.jdt.annotation.Nullable Connection desired(final String id) {
        return desired.get(id);
    }

    /**
     * Records a connection that the configuration holds but this engine never applied: one whose lease had ended when
     * a reconciliation pass found it and whose prune failed. The lease reaper, which prunes what this engine holds,
     * then retries it. Nothing is sent to VPP.
     */
    public void expiredInConfig(final Connection connection) {
        desired.putIfAbsent(connection.getId().getValue(), connection);
    }

    /** The settings of the last committed transaction. */
    public Settings settings() {
        return settings;
    }

    /** Interfaces created and transactions failed since start, for operational state. */
    public long createdCount() {
        return bindings.created();
    }

    public long failedCount() {
        return failed.get();
    }

    /** The engine's and the reconciler's counters, for operational state. */
    public io.nsmvpp.impl.state.StateReader.Counters counters() {
        return new io.nsmvpp.impl.state.StateReader.Counters() {
            @Override
            public long restored() {
                return bindings.restored();
            }

            @Override
            public long adopted() {
                return bindings.adopted();
            }

            @Override
            public long created() {
                return bindings.created();
            }

            @Override
            public long pruned() {
                return bindings.pruned();
            }

            @Override
            public long failed() {
                return failed.get();
            }
        };
    }

    /**
     * Applies a transaction once every earlier transaction touching one of its connections has finished (see
     * {@link #exclusively}). Inside the datastore the shard already serializes transactions; this keeps direct
     * callers, such as benchmarks, just as safe.
     */
    @Override
    public CompletionStage<AppliedTransaction> apply(final ConfigChange change) {
        final List<String> ids = change.connections().stream().map(ConnectionChange::id).toList();
        return exclusively(ids, () -> {
            touch(ids, null);
            return applyNow(change);
        });
    }

    /** Tells every open watch but {@code except} that a transaction is touching these connections. */
    private void touch(final List<String> ids, final @Nullable Watch except) {
        for (Watch watch : watches) {
            if (watch != except) {
                watch.touched.addAll(ids);
            }
        }
    }

    /**
     * A reconciliation pass's own transaction, applied like {@link #apply} when each connection's turn comes, but
     * with what transactions since {@code watch} was opened decided: the pass decided on what it read before. A
     * connection whose transaction awaits its outcome is left out. One a transaction touched since is left out when
     * the pass would delete it, or when a committed transaction deleted it; otherwise the pass programs the
     * configuration as last committed (a refresh that came in after a VPP restart still needs its interfaces
     * created again).
     *
     * @return the transaction applied, and the ids of the connections left out
     */
    public CompletionStage<PassApplied> applyForPass(final ConfigChange change, final Watch watch) {
        final List<String> ids = change.connections().stream().map(ConnectionChange::id).toList();
        // a transaction of one of them that VPP has seen may be about to commit: its outcome is worth a short wait
        return exclusively(ids, () -> CompletableFuture.allOf(ids.stream().map(inDoubt::get)
                .filter(Objects::nonNull).map(Doubt::outcome).toArray(CompletableFuture[]::new))
            .completeOnTimeout(null, OUTCOME_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)
            .thenCompose(outcomes -> applyForPassNow(change, watch)));
    }

    private CompletionStage<PassApplied> applyForPassNow(final ConfigChange change, final Watch watch) {
        final List<ConnectionChange> kept = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        for (ConnectionChange connection : change.connections()) {
            final String id = connection.id();
            if (inDoubt(id) || watch.touched(id) && (connection.after() == null || watch.deleted(id))) {
                skipped.add(id);
            } else if (watch.touched(id) && desired.containsKey(id)) {
                kept.add(new ConnectionChange(id, connection.before(), desired.get(id)));
            } else {
                kept.add(connection);
            }
        }
        if (kept.isEmpty()) {
            return CompletableFuture.completedFuture(new PassApplied(() -> { }, skipped));
        }
        touch(kept.stream().map(ConnectionChange::id).toList(), watch);
        return applyNow(new ConfigChange(change.settings(), kept))
            .thenApply(applied -> new PassApplied(applied::committed, skipped));
    }

    /** What {@link #applyForPass} did: the transaction's commit to confirm, and the connections it left out. */
    public record PassApplied(Runnable committed, List<String> skipped) {
    }

    /**
     * Runs {@code work} with no other work of the engine in flight: it starts once every transaction and exclusive
     * work started before it has finished, and any started after it waits until it is done. For a reconciliation
     * pass's reading of VPP and rebinding, which must see no transaction half-way. {@code work} must not wait for
     * other work of the engine ({@link #apply}, {@link #exclusively}): that would wait for it.
     */
    public <T> CompletionStage<T> quiesced(final Supplier<CompletionStage<T>> work) {
        final var done = new CompletableFuture<Void>();
        final List<CompletableFuture<Void>> earlier;
        synchronized (tails) {
            earlier = new ArrayList<>(tails.values());
            earlier.add(barrier);
            barrier = done;
        }
        return CompletableFuture.allOf(earlier.toArray(CompletableFuture[]::new))
            .thenCompose(ignored -> start(work))
            .whenComplete((value, error) -> done.complete(null));
    }

    /** Starts a watch: which connections transactions touch from now until it is closed. */
    public Watch watch() {
        final Watch watch = new Watch();
        watches.add(watch);
        return watch;
    }

    /** Which connections transactions touched while a pass was running, and which of them a commit deleted. */
    public final class Watch implements AutoCloseable {
        private final java.util.Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.Set<String> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** Whether a transaction touched this connection since the watch was opened. */
        public boolean touched(final String connectionId) {
            return touched.contains(connectionId);
        }

        /** Whether the last transaction committed since the watch was opened deleted this connection. */
        boolean deleted(final String connectionId) {
            return deleted.contains(connectionId);
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }

    /**
     * Whether a transaction applied this connection to VPP and the datastore has not said yet whether it committed
     * (an outcome not come within {@link #IN_DOUBT_NANOS} is taken as lost: an abort is not always delivered).
     */
    public boolean inDoubt(final String connectionId) {
        final Doubt doubt = inDoubt.get(connectionId);
        if (doubt == null) {
            return false;
        }
        if (System.nanoTime() - doubt.since() > IN_DOUBT_NANOS) {
            inDoubt.remove(connectionId, doubt);
            return false;
        }
        return true;
    }

    /**
     * Runs {@code work} once every earlier transaction (or other exclusive work) touching one of these connections has
     * finished, and keeps later ones waiting until it is done: writes for one connection are serialized, independent
     * connections do not wait for each other.
     */
    public <T> CompletionStage<T> exclusively(final Collection<String> connectionIds,
            final Supplier<CompletionStage<T>> work) {
        final List<String> ids = connectionIds.stream().distinct().toList();
        final var done = new CompletableFuture<Void>();
        final List<CompletableFuture<Void>> earlier = new ArrayList<>();
        synchronized (tails) {
            for (String id : ids) {
                final var tail = tails.put(id, done);
                if (tail != null) {
                    earlier.add(tail);
                }
            }
            if (!barrier.isDone()) {
                earlier.add(barrier);
            }
        }
        final CompletionStage<T> result = earlier.isEmpty() ? start(work)
            : CompletableFuture.allOf(earlier.toArray(CompletableFuture[]::new)).thenCompose(ignored -> start(work));
        return result.whenComplete((value, error) -> {
            synchronized (tails) {
                ids.forEach(id -> tails.remove(id, done));
            }
            done.complete(null);
        });
    }

    /** The work's stage, or a failed one if it threw instead of returning one: a lane must always be freed. */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private static <T> CompletionStage<T> start(final Supplier<CompletionStage<T>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletionStage<AppliedTransaction> applyNow(final ConfigChange change) {
        final Settings next = change.settings();
        try {
            checkTransaction(change, next);
        } catch (ConfigRejectedException e) {
            LOG.info("refused a configuration transaction: {}: {}", e.path(), e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        final List<NodeChange<?>> nodes = new ArrayList<>();
        change.connections().forEach(connection -> nodes.addAll(ConnectionNodes.flatten(connection)));
        final var ctx = new TransactionContext();
        ctx.put(EngineKeys.SETTINGS, next);
        return prefetch(nodes, ctx).thenCompose(ignored -> {
            try {
                writer.validate(nodes, ctx);
            } catch (ValidationException e) {
                final String path = Paths.of(e.node(), e.field());
                LOG.info("refused a configuration transaction: {}: {}", path, e.getMessage());
                return CompletableFuture.failedFuture(new ConfigRejectedException(Kind.INVALID_VALUE, path,
                    path + ": " + e.getMessage(), e));
            }
            try {
                checkLoops(change);
            } catch (ConfigRejectedException e) {
                LOG.info("refused a configuration transaction: {}: {}", e.path(), e.getMessage());
                return CompletableFuture.failedFuture(e);
            }
            return writer.write(nodes, ctx).handle((done, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                    throw new java.util.concurrent.CompletionException(rejection(error));
                }
                return (AppliedTransaction) new Applied(ctx, next, change.connections());
            });
        });
    }

    private CompletionStage<Void> prefetch(final List<NodeChange<?>> nodes, final TransactionContext ctx) {
        final List<CompletableFuture<?>> loads = new ArrayList<>();
        boolean needVxlan = false;
        boolean needPeers = false;
        for (NodeChange<?> node : nodes) {
            if (node.unchanged() || node.after() == null) {
                continue;
            }
            final Class<?> type = node.after().implementedInterface();
            needVxlan |= type == ConnectionNodes.Kind.VXLAN.containerClass();
            needPeers |= type == ConnectionNodes.Kind.WIREGUARD.containerClass();
        }
        if (needVxlan) {
            loads.add(ctx.cache().get(VxlanCustomizer.TUNNELS, vxlan::dump).toCompletableFuture());
        }
        if (needPeers) {
            loads.add(ctx.cache().get(Validators.PEERS, wireguard::dumpPeers).toCompletableFuture());
        }
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).handle((ok, error) -> {
            if (error != null) {
                throw new java.util.concurrent.CompletionException(new ConfigRejectedException(Kind.OPERATION_FAILED,
                    "/nsm-vpp", "cannot read VPP's state to validate the transaction: " + error.getMessage(), error));
            }
            return null;
        });
    }

    private void checkTransaction(final ConfigChange change, final Settings next) throws ConfigRejectedException {
        final var current = settings;
        final boolean programs = change.connections().stream().anyMatch(c -> c.after() != null);
        if (programs && next.forwarderName() == null) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, "/nsm-vpp/forwarder-name",
                "/nsm-vpp/forwarder-name: forwarder-name must be set before any connection can be programmed");
        }
        if (current.forwarderName() != null && !current.forwarderName().equals(next.forwarderName())
                && bindings.size() > 0) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, "/nsm-vpp/forwarder-name",
                "/nsm-vpp/forwarder-name: cannot change from '" + current.forwarderName() + "' while "
                    + bindings.size() + " interfaces carry tags with it; delete the connections first, or restart "
                    + "with the old name in adopt-forwarder-names");
        }
        if (change.connections().size() > MAX_CONNECTIONS_PER_TRANSACTION) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, "/nsm-vpp/connection", "/nsm-vpp/connection: "
                + change.connections().size() + " connections in one transaction are more than the "
                + MAX_CONNECTIONS_PER_TRANSACTION + " that can be applied within the datastore's 5 s limit; "
                + "split the transaction");
        }
        final var now = OffsetDateTime.now(clock);
        for (ConnectionChange connection : change.connections()) {
            final Connection after = connection.after();
            if (after == null) {
                continue;
            }
            final int length = TagCodec.encodedLength(next.forwarderName(), connection.id());
            if (length > TagCodec.MAX_TAG_BYTES) {
                throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(connection.id(), "id"),
                    Paths.connection(connection.id(), "id") + ": the tag for this connection would be " + length
                        + " bytes, " + (length - TagCodec.MAX_TAG_BYTES) + " over VPP's " + TagCodec.MAX_TAG_BYTES
                        + "; use a shorter connection id or forwarder-name");
            }
            checkSides(connection.id(), after);
            final Connection before = connection.before();
            final var expires = after.getExpiresAt();
            if (expires == null) {
                throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(connection.id(), "expires-at"),
                    Paths.connection(connection.id(), "expires-at") + ": expires-at is mandatory");
            }
            if (before != null && expires.equals(before.getExpiresAt())) {
                continue;
            }
            final java.time.Instant at;
            try {
                at = LeaseTimes.parse(expires.getValue());
            } catch (DateTimeParseException e) {
                throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(connection.id(), "expires-at"),
                    Paths.connection(connection.id(), "expires-at") + ": '" + expires.getValue()
                        + "' is not a date-and-time", e);
            }
            if (!at.isAfter(now.toInstant())) {
                throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(connection.id(), "expires-at"),
                    Paths.connection(connection.id(), "expires-at") + ": " + expires.getValue()
                        + " has already passed (now " + now + ")");
            }
        }
    }

    /**
     * A connection may hold one side only (what VPP still had of it when it was restored); then it has no
     * cross-connect. A side that is there has a mechanism (an empty side container counts as absent: a
     * datastore may keep one).
     */
    private static void checkSides(final String id, final Connection after) throws ConfigRejectedException {
        final Client client = ConnectionNodes.present(after.getClient());
        final Server server = ConnectionNodes.present(after.getServer());
        if (client == null && server == null) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(id, "client"),
                Paths.connection(id, "client") + ": a connection needs a client side, a server side or both");
        }
        if (client != null && client.getMechanism() == null) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(id, "client"),
                Paths.connection(id, "client") + ": the client side needs a mechanism");
        }
        if (server != null && server.getMechanism() == null) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(id, "server"),
                Paths.connection(id, "server") + ": the server side needs a mechanism");
        }
        if (after.getCrossConnect() != null && (client == null || server == null)) {
            throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(id, "cross-connect"),
                Paths.connection(id, "cross-connect") + ": a cross-connect joins two sides, but the "
                    + (client == null ? "client" : "server") + " side is missing");
        }
    }

    /**
     * What the node validators cannot see, since it spans both sides: an l2xc between two loopbacks with an ip6
     * address is a forwarding loop that VPP v26.06 never leaves (docs/design.md, Hazards).
     */
    private static void checkLoops(final ConfigChange change) throws ConfigRejectedException {
        for (ConnectionChange connection : change.connections()) {
            final Connection after = connection.after();
            if (after == null) {
                continue;
            }
            final String id = connection.id();
            final Client client = ConnectionNodes.present(after.getClient());
            final Server server = ConnectionNodes.present(after.getServer());
            if (client != null && server != null && isLoopback(client) && isLoopback(server)
                    && !CrossConnectCustomizer.isL3(ConnectionNodes.crossConnectOf(after))
                    && (hasIp6(client) || hasIp6(server))) {
                // docs/design.md, Hazards: the first packet of VPP's own ip6 link circles a -> b -> a forever
                throw new ConfigRejectedException(Kind.INVALID_VALUE, Paths.connection(id, "cross-connect"),
                    Paths.connection(id, "cross-connect") + ": an l2xc between two loopbacks with an ip6 address is "
                        + "a forwarding loop; VPP v26.06 forwards its own ip6 packets around it forever and stops "
                        + "answering. Use an l3xc, or no ip6 address on these loopbacks");
            }
        }
    }

    private static boolean isLoopback(final MechanismConfig side) {
        final var mechanism = ConnectionNodes.mechanismOf(side);
        return mechanism != null && mechanism.kind() == ConnectionNodes.Kind.LOOPBACK;
    }

    private static boolean hasIp6(final MechanismConfig side) {
        return side.getIpAddress() != null && side.getIpAddress().stream()
            .anyMatch(prefix -> prefix.getValue().indexOf(':') >= 0);
    }

    private static ConfigRejectedException rejection(final Throwable error) {
        final Throwable cause = Stages.cause(error);
        if (cause instanceof WriteFailedException failure) {
            final String path = Paths.of(failure.node(), "");
            final Throwable root = failure.getCause();
            final String what = root instanceof VppApiException vpp ? vpp.getMessage() + VppHints.suffix(vpp)
                : root.getClass().getSimpleName() + ": " + root.getMessage();
            String where;
            try {
                where = SideRef.of(failure.node()).toString();
            } catch (IllegalArgumentException e) {
                where = "connection " + SideRef.connectionOf(failure.node()) + " cross-connect";
            }
            final String message = where + ": " + what + "; everything this transaction did in VPP was reverted"
                + (failure.revertFailures().isEmpty() ? "" : " except " + failure.revertFailures().size()
                    + " steps that failed (see the log)");
            LOG.warn("configuration transaction failed at {}: {}", path, message);
            return new ConfigRejectedException(Kind.OPERATION_FAILED, path, message, failure);
        }
        if (cause instanceof ConfigRejectedException rejected) {
            return rejected;
        }
        return new ConfigRejectedException(Kind.OPERATION_FAILED, "/nsm-vpp", String.valueOf(cause.getMessage()),
            cause);
    }

    /** A transaction applied to VPP. */
    private final class Applied implements AppliedTransaction {
        private final TransactionContext ctx;
        private final Settings next;
        private final List<ConnectionChange> changes;
        private final Doubt doubt = new Doubt(System.nanoTime(), new CompletableFuture<>());

        Applied(final TransactionContext ctx, final Settings next, final List<ConnectionChange> changes) {
            this.ctx = ctx;
            this.next = next;
            this.changes = changes;
            changes.forEach(connection -> inDoubt.put(connection.id(), doubt));
        }

        /** Its outcome came: no longer in doubt, and news to every pass that read the configuration before. */
        private void decided(final boolean committed) {
            changes.forEach(connection -> inDoubt.remove(connection.id(), doubt));
            for (Watch watch : watches) {
                for (ConnectionChange connection : changes) {
                    watch.touched.add(connection.id());
                    if (committed && connection.after() == null) {
                        watch.deleted.add(connection.id());
                    } else if (committed) {
                        watch.deleted.remove(connection.id());
                    }
                }
            }
            doubt.outcome().complete(null);
        }

        @Override
        public void committed() {
            settings = next;
            for (ConnectionChange connection : changes) {
                if (connection.after() == null) {
                    desired.remove(connection.id());
                    bindings.configured(connection.id(), null);
                } else {
                    desired.put(connection.id(), connection.after());
                    bindings.configured(connection.id(), connection.after().getExpiresAt() == null ? null
                        : connection.after().getExpiresAt().getValue());
                }
            }
            decided(true);
        }

        @Override
        public CompletionStage<Void> revert() {
            LOG.warn("the datastore gave up a transaction that was applied to VPP; reverting {} steps",
                ctx.journal().size());
            return ctx.journal().revert().thenApply(failures -> {
                decided(false);
                return null;
            });
        }
    }
}

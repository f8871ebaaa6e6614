/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.agent;

import io.nsmvpp.impl.datastore.ConfigCohortRegistration;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.ConfigApplier;
import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.CreateJournal;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.reconcile.DatastoreConfigStore;
import io.nsmvpp.impl.reconcile.LeaseReaper;
import io.nsmvpp.impl.reconcile.Reconciler;
import io.nsmvpp.impl.state.StatePublisher;
import io.nsmvpp.impl.state.StateReader;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.impl.vpp.VppConnector;
import io.nsmvpp.vpp.client.VppClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yangtools.binding.DataObjectReference;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yangtools.concepts.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent, assembled: the VPP connector, the engine behind the config datastore's commit cohort, and the reader
 * that publishes operational state. It holds no logic of its own; OSGi DS (in Karaf) and Guice (outside it) both
 * only construct this with the brokers they have.
 */
public final class NsmVppAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NsmVppAgent.class);
    /** How soon after a commit operational state is refreshed when none was refreshed within the last gap. */
    private static final long REFRESH_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** The shortest time between two refreshes that commits ask for. */
    private static final long REFRESH_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** At most one pass for drifted connections in this time. */
    private static final long HEAL_GAP_NANOS = TimeUnit.SECONDS.toNanos(30);

    /**
     * What differs between a deployment and a test.
     *
     * @param clock the clock leases are judged by
     * @param hostInterfaceExists whether a host interface exists (af_packet)
     * @param stateInterval how often operational state is refreshed besides after every change
     * @param createJournal the file of the {@link CreateJournal}, which lets the next start delete what a killed
     *        agent created and had not tagged yet; null for none
     */
    public record Options(Clock clock, Predicate<String> hostInterfaceExists, Duration stateInterval,
            java.nio.file.@org.eclipse.jdt.annotation.Nullable Path createJournal) {
        /** Options without a create journal. */
        public Options(final Clock clock, final Predicate<String> hostInterfaceExists, final Duration stateInterval) {
            this(clock, hostInterfaceExists, stateInterval, null);
        }

        /**
         * The system clock, host interfaces from {@code /sys/class/net}, state every 5 s, and the create journal in
         * {@code state/nsm-vpp/create-journal} under Karaf's home (the working directory outside Karaf), next to
         * the datastore.
         */
        public static Options defaults() {
            return new Options(Clock.systemUTC(), name -> java.nio.file.Files.exists(
                java.nio.file.Path.of("/sys/class/net", name)), Duration.ofSeconds(5),
                java.nio.file.Path.of(System.getProperty("karaf.home", "."), "state", "nsm-vpp", "create-journal"));
        }
    }

    private final Engine engine;
    private final Clock clock;
    private final CreateJournal journal;
    private final VppConnector connector;
    private final StateReader reader;
    private final StatePublisher publisher;
    private final ScheduledExecutorService stateThread;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Registration settingsListener;
    private final Reconciler reconciler;
    private final LeaseReaper reaper;
    private final ScheduledExecutorService leaseThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final var thread = new Thread(runnable, "nsm-vpp-leases");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reconcileQueued = new AtomicBoolean();
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    private volatile boolean ready;
    private volatile ConfigCohortRegistration cohort;
    private volatile Settings settings = Settings.DEFAULTS;
    private int stateFailures;
    /** When the last refresh of operational state started ({@link System#nanoTime()}). */
    private volatile long lastRefresh = System.nanoTime() - REFRESH_GAP_NANOS;
    /** What the last state refresh found lacking in VPP, and when drift last started a pass (state thread only). */
    private java.util.Set<String> lastDrifted = java.util.Set.of();
    private long lastHeal = System.nanoTime() - HEAL_GAP_NANOS;

    private NsmVppAgent(final DataBroker dataBroker, final Options options) {
        connector = new VppConnector(new VppConnector.Listener() {
            @Override
            public void onConnected(final VppClient client) {
                // VPP may have restarted and lost everything, or kept everything across our restart: converge
                reconcileSoon("connected to VPP");
                refreshState();
            }

            @Override
            public void onLost(final String reason) {
                refreshState();
            }
        });
        final var vpp = new VppApi(connector::client);
        final var bindings = new Bindings();
        journal = openJournal(options.createJournal());
        bindings.useJournal(journal);
        // an untagged interface a create left where its revert could not reach: a sweep deletes it now, and if VPP is
        // away, the pass that its return starts does
        journal.onAbandon(this::sweepSoon);
        clock = options.clock();
        engine = new Engine(vpp, bindings, options.clock(), options.hostInterfaceExists());
        final var store = new DatastoreConfigStore(dataBroker);
        reconciler = new Reconciler(vpp, engine, store, options.clock());
        reaper = new LeaseReaper(engine, store, options.clock());
        reader = new StateReader(InterfaceHandler.of(vpp), bindings, engine::settings, engine.counters(), reaper);
        publisher = new StatePublisher(dataBroker, engine::desired);
        stateThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final var thread = new Thread(runnable, "nsm-vpp-state");
            thread.setDaemon(true);
            return thread;
        });
        connector.configure(Settings.DEFAULTS);
        settingsListener = dataBroker.registerTreeChangeListener(LogicalDatastoreType.CONFIGURATION,
            DataObjectReference.builder(NsmVpp.class).build(), changes -> {
                final var last = changes.get(changes.size() - 1).getRootNode().dataAfter();
                final Settings previous = settings;
                settings = Settings.of(last);
                connector.configure(settings);
                if (!java.util.Objects.equals(previous.forwarderName(), settings.forwarderName())
                        || !previous.adoptForwarderNames().equals(settings.adoptForwarderNames())) {
                    reconcileSoon("forwarder-name or adopt-forwarder-names changed");
                }
            });
        // a lease must end in VPP within a second of its time: a pass every 250 ms leaves the prune itself 750 ms
        leaseThread.scheduleWithFixedDelay(this::reapLeases, 250, 250, TimeUnit.MILLISECONDS);
        stateThread.scheduleWithFixedDelay(this::refreshNow, options.stateInterval().toMillis(),
            options.stateInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static CreateJournal openJournal(final java.nio.file.@org.eclipse.jdt.annotation.Nullable Path file) {
        if (file == null) {
            return CreateJournal.none();
        }
        try {
            return CreateJournal.open(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            LOG.error("cannot use the create journal {}: if the agent is killed while it creates an interface, that "
                + "interface may stay in VPP untagged", file, e);
            return CreateJournal.none();
        }
    }

    /**
     * Starts the agent and registers its cohort; the stage completes once the config datastore consults it.
     */
    public static CompletionStage<NsmVppAgent> start(final DataBroker dataBroker, final DOMDataBroker domBroker,
            final BindingNormalizedNodeSerializer codec, final Options options) {
        final var agent = new NsmVppAgent(dataBroker, options);
        return ConfigCohortRegistration.register(domBroker, codec, agent.applier()).thenApply(registration -> {
            agent.cohort = registration;
            agent.ready = true;
            LOG.info("nsm-vpp agent started: configuration changes under /nsm-vpp are now applied to VPP");
            agent.reconcileSoon("agent started");
            return agent;
        }).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.error("nsm-vpp agent could not register with the config datastore", error);
                agent.close();
            }
        });
    }

    /** The engine as the cohort calls it, with a state refresh after every commit. */
    private ConfigApplier applier() {
        return (ConfigChange change) -> engine.apply(change).thenApply(applied -> new ConfigApplier
            .AppliedTransaction() {
                @Override
                public void committed() {
                    applied.committed();
                    refreshState();
                }

                @Override
                public CompletionStage<Void> revert() {
                    return applied.revert();
                }
            });
    }

    public Engine engine() {
        return engine;
    }

    public VppConnector connector() {
        return connector;
    }

    /**
     * Runs a reconciliation pass soon, once the cohort is registered and VPP is connected (restored entries must
     * pass through the engine); requests made while one is queued are merged.
     */
    public void reconcileSoon(final String why) {
        soon(reconcileQueued, () -> {
            LOG.info("reconciling VPP with the configuration: {}", why);
            return reconciler.reconcile();
        }, Duration.ofMinutes(10), "reconciliation did not complete; it runs again at the next reconnect");
    }

    /** Deletes soon what creates cut short left in VPP; requests made while one is queued are merged. */
    private void sweepSoon() {
        soon(sweepQueued, reconciler::sweepCutShort, Duration.ofMinutes(1),
            "deleting what a cut-short create left did not complete; the next pass does it");
    }

    /**
     * Runs {@code work} on the lease thread once VPP is connected, and then refreshes operational state; while one
     * run is queued ({@code queued}), further requests are merged into it.
     */
    private void soon(final AtomicBoolean queued, final Supplier<CompletionStage<?>> work, final Duration limit,
            final String failure) {
        if (!ready || connector.client() == null) {
            return;
        }
        if (queued.compareAndSet(false, true)) {
            leaseThread.execute(() -> {
                queued.set(false);
                try {
                    work.get().toCompletableFuture().get(limit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    LOG.warn(failure, e);
                }
                refreshState();
            });
        }
    }

    /** Runs a pass now and waits for it, for tests and operators. */
    public CompletionStage<Reconciler.Report> reconcileNow() {
        return CompletableFuture.supplyAsync(() -> reconciler.reconcile().toCompletableFuture().join(), leaseThread);
    }

    private void reapLeases() {
        if (!ready || connector.client() == null) {
            return;
        }
        try {
            final int pending = reaper.pendingRetries();
            final long failures = reaper.pruneFailureCount();
            final int pruned = reaper.runOnce().toCompletableFuture().get(30, TimeUnit.SECONDS);
            // a prune done, or one that failed (again): operators see it in the connection's state
            if (pruned > 0 || pending != reaper.pendingRetries() || failures != reaper.pruneFailureCount()) {
                refreshState();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("the lease reaper's pass failed; it runs again shortly", e);
        }
    }

    /** The lease reaper, for tests with a fake clock. */
    public LeaseReaper reaper() {
        return reaper;
    }

    /**
     * Asks for an operational-state refresh soon; requests made while one is queued are merged. Soon is 50 ms after
     * a quiet spell, and at most once a second while commits keep coming: a refresh dumps every interface from VPP
     * and rewrites the whole state, which at one a commit would take VPP's time from the commits themselves.
     */
    public void refreshState() {
        // Once stopping, nothing is published any more (the connector reports its connection lost on close).
        if (!stateThread.isShutdown() && refreshQueued.compareAndSet(false, true)) {
            final long delay = Math.max(REFRESH_DELAY_NANOS, lastRefresh + REFRESH_GAP_NANOS - System.nanoTime());
            try {
                stateThread.schedule(this::refreshNow, delay, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("operational state not refreshed: the agent is stopping", e);
            }
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void refreshNow() {
        refreshQueued.set(false);
        lastRefresh = System.nanoTime();
        try {
            final var status = StatePublisher.connectionState(connector, settings.apiSocket());
            if (connector.client() == null) {
                publisher.publishConnection(status).get(5, TimeUnit.SECONDS);
                return;
            }
            final var snapshot = reader.read().toCompletableFuture().get(10, TimeUnit.SECONDS);
            publisher.publish(snapshot, status).get(5, TimeUnit.SECONDS);
            final java.util.Set<String> lacking = new java.util.TreeSet<>(snapshot.drifted());
            lacking.addAll(unprogrammed());
            heal(lacking);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the first failure after a success is worth a warning; repeats (VPP down for long) only at debug
            if (stateFailures++ == 0) {
                LOG.warn("operational state not refreshed: {}", e.toString(), e);
            } else {
                LOG.debug("operational state not refreshed again", e);
            }
            return;
        }
        stateFailures = 0;
    }

    /**
     * Connections the configuration holds with a live lease and a side that no interface is bound to: the last pass
     * could not create it (VPP refused a call then), and a forwarder's refresh would not either.
     */
    private java.util.Set<String> unprogrammed() {
        final java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        final Bindings bindings = engine.bindings();
        final java.util.Set<String> out = new java.util.TreeSet<>();
        engine.desired().forEach((id, conn) -> {
            if (LeaseReaper.expired(conn, now)) {
                return;
            }
            if (ConnectionNodes.present(conn.getClient()) != null
                    && bindings.get(new SideRef(id, NsmTag.Side.CLIENT)).isEmpty()
                    || ConnectionNodes.present(conn.getServer()) != null
                    && bindings.get(new SideRef(id, NsmTag.Side.SERVER)).isEmpty()) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * Runs a reconciliation pass when VPP lacks interfaces of connections the configuration holds (deleted or
     * re-tagged out of band, or not created by the last pass because VPP refused a call then; a VPP restart is a
     * reconnect's pass's): the pass creates them again. A connection counts once two refreshes in a row saw it so,
     * since one refresh may fall between a transaction's VPP call and its binding; and a pass runs at most every
     * {@link #HEAL_GAP_NANOS}, so that an interface VPP keeps refusing does not keep VPP dumping.
     */
    private void heal(final java.util.Set<String> drifted) {
        final java.util.Set<String> confirmed = new java.util.TreeSet<>(drifted);
        confirmed.retainAll(lastDrifted);
        lastDrifted = drifted;
        final long now = System.nanoTime();
        if (confirmed.isEmpty() || now - lastHeal < HEAL_GAP_NANOS) {
            return;
        }
        lastHeal = now;
        reconcileSoon("VPP lacks interfaces of " + confirmed.size() + " configured connection(s) (deleted or "
            + "re-tagged out of band, or not created by the last pass; the first: " + confirmed.iterator().next()
            + "); the pass creates them");
    }

    /** Waits for one full refresh, for tests and for operators' "now" reads. */
    public CompletionStage<Void> refreshAndWait() {
        return CompletableFuture.runAsync(this::refreshNow, stateThread);
    }

    /**
     * Deletes our interfaces from VPP now (an uninstall, or an operator's explicit cleanup); other forwarders' are
     * never touched. The stage holds how many connections were deleted.
     */
    public CompletionStage<Integer> cleanup() {
        return CompletableFuture.supplyAsync(() -> reconciler.cleanup().toCompletableFuture().join(), leaseThread);
    }

    /**
     * Stops. VPP keeps our interfaces (a restart finds and adopts them) unless {@code cleanup-on-stop} is
     * {@code delete}, in which case they are deleted first, and only ours.
     */
    @Override
    public void close() {
        if (settings.cleanupOnStop() && ready && connector.client() != null) {
            try {
                cleanup().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("cleanup-on-stop did not complete; what is left is found as leftovers at the next start", e);
            }
        }
        final var registered = cohort;
        if (registered != null) {
            registered.close();
        }
        settingsListener.close();
        leaseThread.shutdownNow();
        stateThread.shutdownNow();
        connector.close();
        journal.close();
        LOG.info("nsm-vpp agent stopped; {}", settings.cleanupOnStop() ? "cleanup-on-stop deleted its interfaces"
            : "VPP keeps its interfaces for the next start to adopt");
    }
}

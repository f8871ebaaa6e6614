/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.cds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.cluster.Cluster;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.controller.cluster.access.concepts.MemberName;
import org.opendaylight.controller.cluster.databroker.ClientBackedDataStore;
import org.opendaylight.controller.cluster.databroker.ConcurrentDOMDataBroker;
import org.opendaylight.controller.cluster.datastore.ClusterWrapperImpl;
import org.opendaylight.controller.cluster.datastore.DatastoreContext;
import org.opendaylight.controller.cluster.datastore.DatastoreContextFactory;
import org.opendaylight.controller.cluster.datastore.config.ConfigurationImpl;
import org.opendaylight.controller.cluster.datastore.config.ModuleConfig;
import org.opendaylight.controller.cluster.datastore.messages.OnDemandShardState;
import org.opendaylight.controller.cluster.raft.client.messages.GetOnDemandRaftState;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.dom.adapter.BindingDOMDataBrokerAdapter;
import org.opendaylight.mdsal.binding.dom.adapter.ConstantAdapterContext;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yangtools.binding.data.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yangtools.binding.data.codec.impl.BindingCodecContext;
import org.opendaylight.yangtools.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's distributed datastore (CDS), in process: a single-node Pekko cluster ({@code member-1}), one
 * {@code default} shard per datastore (config and operational), the nsm-vpp model, a DOM data broker over both and
 * a binding {@link DataBroker} adapter. It is what Karaf runs, and unlike mdsal's in-memory test broker it offers
 * commit cohorts (DESIGN §6).
 *
 * <p>Starting takes a few seconds, so start one per test class or benchmark, either by hand ({@link #start()} in
 * {@code @BeforeAll}, {@link #close()} in {@code @AfterAll}) or with impl's {@code CdsExtension}. Pekko listens on a
 * free port of 127.0.0.1 only, so concurrent builds on one machine do not collide; the shards' state lives in a
 * temporary directory removed by {@link #close()}. The datastore's frontend insists on
 * {@code ./state/odl.cluster.client} (relative to the working directory, the module when run by Maven);
 * {@link #close()} removes {@code ./state} again when it was not there before {@link #start()}.
 */
public final class CdsFixture implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CdsFixture.class);
    private static final String MEMBER = "member-1";
    private static final String SHARD = "default";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger SYSTEMS = new AtomicInteger();
    /** Where the datastore's frontend keeps its generation counter: hard-coded, relative to the working directory. */
    private static final Path CLIENT_STATE_DIR = Path.of("state");

    private final Path stateDir;
    private final boolean ownsStateDir;
    private final ActorSystem system;
    private final ClientBackedDataStore config;
    private final ClientBackedDataStore operational;
    private final ExecutorService commitExecutor;
    private final ConcurrentDOMDataBroker domBroker;
    private final BindingCodecContext codec;
    private final DataBroker dataBroker;
    private final Duration startupTime;
    private final boolean ownsClientState;

    private CdsFixture(final Path stateDir, final boolean ownsStateDir, final ActorSystem system,
            final ClientBackedDataStore config, final ClientBackedDataStore operational,
            final ExecutorService commitExecutor, final BindingCodecContext codec, final Duration startupTime,
            final boolean ownsClientState) {
        this.stateDir = stateDir;
        this.ownsStateDir = ownsStateDir;
        this.system = system;
        this.config = config;
        this.operational = operational;
        this.commitExecutor = commitExecutor;
        this.codec = codec;
        this.startupTime = startupTime;
        this.ownsClientState = ownsClientState;
        domBroker = new ConcurrentDOMDataBroker(Map.of(LogicalDatastoreType.CONFIGURATION, config,
            LogicalDatastoreType.OPERATIONAL, operational), commitExecutor);
        dataBroker = new BindingDOMDataBrokerAdapter(new ConstantAdapterContext(codec), domBroker);
    }

    /**
     * Starts the cluster and both datastores, and waits until their shards have a leader.
     *
     * @return the running fixture
     * @throws Exception when the datastore does not come up
     */
    public static CdsFixture start() throws Exception {
        return start(Files.createTempDirectory("nsm-vpp-cds-"), false, true);
    }

    /**
     * Starts the cluster and both datastores on the shards' state in {@code stateDir}, and waits until their shards
     * have a leader. A persistent datastore keeps its journal there, as Karaf's does in {@code state/}: a process
     * that starts on the same directory after another one was killed sees what that one committed. A directory
     * given here is left in place by {@link #close()}.
     *
     * @param stateDir where the shards keep their state
     * @param persistent whether the shards journal their data
     * @return the running fixture
     * @throws Exception when the datastore does not come up
     */
    public static CdsFixture start(final Path stateDir, final boolean persistent) throws Exception {
        return start(stateDir, persistent, false);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static CdsFixture start(final Path stateDir, final boolean persistent, final boolean ownsStateDir)
            throws Exception {
        final long started = System.nanoTime();
        final var codec = new BindingCodecContext(BindingRuntimeHelpers.createRuntimeContext(NsmVpp.class));
        final var modelContext = codec.getRuntimeContext().modelContext();
        final long codecDone = System.nanoTime();
        Files.createDirectories(stateDir);
        final boolean ownsClientState = !Files.exists(CLIENT_STATE_DIR);
        // Pekko's settings (single-node cluster, member-1, a free loopback port) are in this module's application.conf
        final var system = ActorSystem.create("nsm-vpp-cds-" + SYSTEMS.incrementAndGet());
        ClientBackedDataStore config = null;
        ClientBackedDataStore operational = null;
        final var commitExecutor = Executors.newCachedThreadPool(runnable -> {
            final var thread = new Thread(runnable, "cds-fixture-commit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            final var cluster = Cluster.get(system);
            cluster.join(cluster.selfAddress());
            config = dataStore(stateDir, persistent, system, LogicalDatastoreType.CONFIGURATION, modelContext);
            operational = dataStore(stateDir, false, system, LogicalDatastoreType.OPERATIONAL, modelContext);
            for (var store : List.of(config, operational)) {
                // throws TimeoutException when the shard has no leader in time
                store.awaitReadiness(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            final var startup = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("In-process CDS started in {} ms (model and codec {} ms)", startup.toMillis(),
                TimeUnit.NANOSECONDS.toMillis(codecDone - started));
            return new CdsFixture(stateDir, ownsStateDir, system, config, operational, commitExecutor, codec, startup,
                ownsClientState);
        } catch (Exception | Error e) {
            stop(config, operational, commitExecutor, system, ownsStateDir ? stateDir : null, ownsClientState);
            throw e;
        }
    }

    private static ClientBackedDataStore dataStore(final Path stateDir, final boolean persistent,
            final ActorSystem system, final LogicalDatastoreType type, final EffectiveModelContext modelContext) {
        final var context = DatastoreContext.newBuilder()
            .logicalStoreType(type)
            .persistent(persistent)
            .shardHeartbeatIntervalInMillis(100)
            .shardElectionTimeoutFactor(5)
            .tempFileDirectory(stateDir)
            .build();
        // one "default" shard on this member holds every module
        final var configuration = new ConfigurationImpl(ignored -> Map.of(SHARD,
            ModuleConfig.builder(SHARD).shardConfig(SHARD, List.of(MemberName.forName(MEMBER)))));
        final var store = new ClientBackedDataStore(stateDir.resolve(type.name().toLowerCase(java.util.Locale.ROOT)),
            system, new ClusterWrapperImpl(system), configuration, new FixedContextFactory(context), null);
        store.onModelContextUpdated(modelContext);
        return store;
    }

    /** The DOM data broker over both datastores; it offers {@code CommitCohortExtension}. */
    public DOMDataBroker domBroker() {
        return domBroker;
    }

    /** A binding data broker over {@link #domBroker()}. */
    public DataBroker dataBroker() {
        return dataBroker;
    }

    /** The binding codec for the nsm-vpp model, as Karaf's {@code BindingNormalizedNodeSerializer} service. */
    public BindingNormalizedNodeSerializer codec() {
        return codec;
    }

    /** The model context the datastores run with. */
    public EffectiveModelContext modelContext() {
        return codec.getRuntimeContext().modelContext();
    }

    /** How long {@link #start()} took. */
    public Duration startupTime() {
        return startupTime;
    }

    /** How many commit cohorts the config datastore's {@code default} shard holds, as it reports them. */
    public int configCohortCount() {
        final var actorUtils = config.getActorUtils();
        final var shard = actorUtils.findLocalShard(SHARD).orElseThrow(
            () -> new IllegalStateException("no local shard " + SHARD));
        return ((OnDemandShardState) actorUtils.executeOperation(shard, GetOnDemandRaftState.INSTANCE))
            .getCommitCohortActors().size();
    }

    /**
     * Waits until the config shard reports {@code expected} commit cohorts.
     *
     * @throws TimeoutException when it does not within {@code timeout}
     * @throws InterruptedException when interrupted
     */
    public void awaitConfigCohortCount(final int expected, final Duration timeout)
            throws TimeoutException, InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        int count;
        while ((count = configCohortCount()) != expected) {
            if (System.nanoTime() - deadline >= 0) {
                throw new TimeoutException("The config shard reports " + count + " commit cohort(s), not " + expected);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        final long started = System.nanoTime();
        stop(config, operational, commitExecutor, system, ownsStateDir ? stateDir : null, ownsClientState);
        LOG.info("In-process CDS stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Stops what {@link #start} started, also a part of it after a failed start: the stores, the commit executor, the
     * actor system, then the state directory (when given) and {@code ./state}, which the frontend wrote (when it was
     * not there before).
     */
    private static void stop(final @Nullable ClientBackedDataStore config,
            final @Nullable ClientBackedDataStore operational, final ExecutorService commitExecutor,
            final ActorSystem system, final @Nullable Path stateDir, final boolean ownsClientState) {
        closeQuietly(config);
        closeQuietly(operational);
        commitExecutor.shutdownNow();
        terminate(system);
        if (stateDir != null) {
            deleteRecursively(stateDir);
        }
        if (ownsClientState) {
            deleteRecursively(CLIENT_STATE_DIR);
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static void closeQuietly(final @Nullable ClientBackedDataStore store) {
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing {} failed", store, e);
            }
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static void terminate(final ActorSystem system) {
        try {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Actor system {} did not terminate", system.name(), e);
        }
    }

    private static void deleteRecursively(final Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", dir, e);
        }
    }

    /** The same datastore context for every shard: no introspector, no OSGi configuration. */
    private static final class FixedContextFactory extends DatastoreContextFactory {
        private final DatastoreContext context;

        FixedContextFactory(final DatastoreContext context) {
            super(null);
            this.context = context;
        }

        @Override
        public DatastoreContext getShardDatastoreContext(final String forShardName) {
            return context;
        }

        @Override
        public DatastoreContext getBaseDatastoreContext() {
            return context;
        }
    }
}

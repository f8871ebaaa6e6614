/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.engine.ConfigChange;
import io.nsmvpp.impl.engine.ConnectionChange;
import io.nsmvpp.impl.engine.CreateJournal;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.Settings;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.CrossConnectHandler;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.VppApi;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ClientBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.ServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One level-triggered pass that makes VPP and the configuration agree (DESIGN §3), whatever woke it: the agent's
 * start, or a VPP reconnect (VPP may have restarted and lost everything).
 *
 * <ol>
 *   <li>Dump VPP once; bind every interface tagged with our forwarder-name (or a name in
 *       {@code adopt-forwarder-names}) to its side, recovering the allocators (VNIs, memif sockets and ids, ports).
 *       Other forwarders' and untagged interfaces are never touched.</li>
 *   <li>Connections in the configuration whose lease is live are applied through the engine: interfaces that match
 *       are adopted with no VPP call, different ones are deleted and re-created, missing ones created.</li>
 *   <li>Tagged interfaces the configuration lacks are restored into it (lease = now + max-token-lifetime) while the
 *       configuration is not authoritative; once it is ({@code authoritative-since}), they are leftovers of a failed
 *       or crashed transaction and are deleted.</li>
 *   <li>Connections whose lease expired are pruned through the configuration, as the lease reaper does.</li>
 * </ol>
 */
public final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final int PROGRESS_EVERY = 1000;
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    /** What a pass did, for logs, tests and operational state. */
    public record Report(int found, int adopted, int restored, int recreated, int created, int pruned, int foreign,
            int leftovers, int failed) {
        @Override
        public String toString() {
            return "found " + found + " tagged interfaces of ours, adopted " + adopted + ", restored " + restored
                + " connections, re-created " + recreated + ", created " + created + ", pruned " + pruned
                + ", foreign " + foreign + ", leftovers deleted " + leftovers + ", failed " + failed;
        }
    }

    private final VppApi vpp;
    private final Engine engine;
    private final ConfigStore config;
    private final Clock clock;

    public Reconciler(final VppApi vpp, final Engine engine, final ConfigStore config, final Clock clock) {
        this.vpp = vpp;
        this.engine = engine;
        this.config = config;
        this.clock = clock;
    }

    /** Runs one pass. */
    public CompletionStage<Report> reconcile() {
        final long started = System.nanoTime();
        return config.read().thenCompose(stored -> {
            final Settings settings = Settings.of(stored.orElse(null));
            if (settings.forwarderName() == null) {
                LOG.info("reconciliation skipped: forwarder-name is not set, so no interface in VPP is ours yet");
                return CompletableFuture.completedFuture(new Report(0, 0, 0, 0, 0, 0, 0, 0, 0));
            }
            // the sweep takes the lanes it needs itself; then the pass reads and rebinds with no transaction
            // half-way (one that started before it finishes first, one that starts after waits), and applies what
            // it decided beside live transactions, leaving out any connection one of them touches meanwhile
            return sweep().thenCompose(swept -> engine.quiesced(() -> {
                // opened before the read: a transaction decided after it may not show in what the read returns
                final Engine.Watch watch = engine.watch();
                return config.read().thenCompose(current -> {
                    final Settings now = Settings.of(current.orElse(null));
                    return VppInventory.loadTagged(vpp, tag -> isOurs(tag, now))
                        .thenApply(inventory -> plan(now, current.orElse(null), inventory, watch));
                }).whenComplete((plan, error) -> {
                    if (error != null) {
                        watch.close();
                    }
                });
            })).thenCompose(plan -> run(plan).whenComplete((report, error) -> {
                plan.watch().close();
                engine.clearPreloaded();
            }));
        }).whenComplete((report, error) -> {
            final long millis = (System.nanoTime() - started) / 1_000_000;
            if (error != null) {
                LOG.warn("reconciliation failed after {} ms", millis, error);
            } else {
                LOG.info("reconciliation done in {} ms: {}", millis, report);
            }
        });
    }

    /**
     * Only the first step of a pass: deletes what creates cut short left in VPP (see {@link #sweep()}), and applies
     * nothing. The agent runs it when a running transaction abandons a create; a full pass there could re-apply that
     * very connection, fail the same way, abandon again, and never end.
     */
    public CompletionStage<Integer> sweepCutShort() {
        return sweep();
    }

    /**
     * Deletes the untagged interfaces that creates cut short left (the journal's {@link CreateJournal#unsettled()}:
     * a killed agent's, inherited, and this agent's own, abandoned when VPP went away or did not answer in time). It
     * holds the lanes of those connections while it looks, so that no retry of theirs is between its create and its
     * tag, which would make its interface look like the one left; and it looks at VPP afresh for the same reason.
     */
    private CompletionStage<Integer> sweep() {
        final var journal = engine.bindings().journal();
        final Set<String> lanes = new HashSet<>();
        journal.unsettled().forEach(intent -> lanes.add(laneOf(intent)));
        if (lanes.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        return engine.exclusively(lanes, () -> {
            final var left = journal.unsettled().stream().filter(intent -> lanes.contains(laneOf(intent))).toList();
            return VppInventory.loadTagged(vpp, tag -> false)
                .thenCompose(inventory -> new OrphanSweeper(vpp, engine::usesMemifSocket).sweep(left, inventory))
                .thenApply(deleted -> {
                    journal.settled(left);
                    LOG.info("{} interface creation(s) cut short before their tag was set are settled: {} untagged "
                        + "interface(s) deleted", left.size(), deleted);
                    return deleted;
                });
        });
    }

    /** The engine's lane for an intent: its connection's id, or the tag itself if it is none of ours. */
    private static String laneOf(final CreateJournal.Intent intent) {
        return TagCodec.parse(intent.tag()).map(NsmTag::connectionId).orElse(intent.tag());
    }

    private static boolean isOurs(final NsmTag tag, final Settings settings) {
        return tag.ownershipFor(settings.forwarderName(), settings.adoptForwarderNames()) != NsmTag.Ownership.FOREIGN;
    }

    /**
     * What a pass decided, from one reading of the configuration and of VPP taken with the engine quiet, and the
     * watch that tells it which connections transactions touched since.
     */
    private record Plan(Settings settings, OffsetDateTime now, Engine.Watch watch, List<Connection> live,
            List<Connection> leftovers, List<Connection> restore, List<Connection> expired, boolean authoritative,
            int tagged, int foreign, int adoptedBefore, long createdBefore) {
    }

    /** Binds what VPP holds of ours and decides what to do with each connection; runs with the engine quiet. */
    private Plan plan(final Settings settings, final NsmVpp stored, final VppInventory inventory,
            final Engine.Watch watch) {
        final OffsetDateTime now = OffsetDateTime.now(clock);
        int foreign = 0;
        final Map<String, Map<NsmTag.Side, Restorer.FoundSide>> found = new LinkedHashMap<>();
        // connections tagged with a name in adopt-forwarder-names: this configuration never held them, so it is not
        // authoritative for them whatever authoritative-since says
        final Set<String> takenOver = new HashSet<>();
        int tagged = 0;
        engine.bindings().clear();
        for (var entry : inventory.tagged().entrySet()) {
            final NsmTag tag = entry.getValue();
            if (!isOurs(tag, settings)) {
                foreign++;
                continue;
            }
            final var side = Restorer.side(inventory, entry.getKey());
            if (side.isEmpty()) {
                LOG.warn("sw_if_index {} carries our tag {} but is no kind of interface nsm-vpp makes; left alone",
                    entry.getKey(), tag);
                continue;
            }
            tagged++;
            if (!tag.forwarder().equals(settings.forwarderName())) {
                takenOver.add(tag.connectionId());
            }
            final var previous = found.computeIfAbsent(tag.connectionId(), id -> new HashMap<>())
                .putIfAbsent(tag.side(), side.orElseThrow());
            if (previous != null) {
                LOG.warn("two interfaces carry the tag of {} {} (sw_if_index {} and {}); the second is a duplicate",
                    tag.connectionId(), tag.side(), previous.bound().swIfIndex(), entry.getKey());
            }
        }
        engine.resyncMemifSockets(inventory.memifSockets());
        found.forEach((id, sides) -> sides.forEach((side, f) -> engine.bindFound(new SideRef(id, side), f.bound())));
        engine.preload(readings(found, inventory), new CrossConnectHandler.Held(inventory.l2xc(), inventory.l3xc()));

        final Map<String, Connection> desired = new LinkedHashMap<>();
        if (stored != null && stored.getConnection() != null) {
            stored.getConnection().values().forEach(conn -> desired.put(conn.getId().getValue(), conn));
        }
        // a connection whose transaction VPP has seen but the datastore has not decided yet is neither surely in the
        // configuration nor surely not, and one a transaction decided since the read may be newer than the read:
        // that transaction settles it, this pass leaves it alone
        final Set<String> inDoubt = new HashSet<>();
        java.util.stream.Stream.concat(desired.keySet().stream(), found.keySet().stream())
            .filter(id -> engine.inDoubt(id) || watch.touched(id)).forEach(inDoubt::add);
        inDoubt.forEach(id -> LOG.info("connection {}: a transaction of it is undecided or came in while this pass "
            + "read; this pass leaves it to that transaction", id));
        final List<Connection> live = new ArrayList<>();
        final List<Connection> expired = java.util.Collections.synchronizedList(new ArrayList<>());
        desired.values().stream().filter(conn -> !inDoubt.contains(conn.getId().getValue()))
            .forEach(conn -> (LeaseReaper.expired(conn, now) ? expired : live).add(conn));

        final boolean authoritative = settings.authoritativeSince() != null;
        final List<Connection> restore = new ArrayList<>();
        final List<Connection> leftovers = new ArrayList<>();
        found.forEach((id, sides) -> {
            if (desired.containsKey(id) || inDoubt.contains(id)) {
                return;
            }
            final var rebuilt = rebuild(id, sides, inventory, now.plus(settings.maxTokenLifetime()));
            if (takenOver.contains(id)) {
                LOG.info("connection {}: tagged by a forwarder in adopt-forwarder-names ({}), taken over", id,
                    sides.values().iterator().next().bound().tag());
                restore.add(rebuilt);
            } else if (authoritative) {
                LOG.info("connection {}: tagged interfaces in VPP that the configuration lacks: a leftover of a "
                    + "failed or crashed transaction (the configuration is authoritative since {}), deleting it", id,
                    settings.authoritativeSince());
                leftovers.add(rebuilt);
            } else {
                if (sides.size() < 2) {
                    LOG.info("connection {}: only its {} side is left in VPP; restored as far as it goes (a refresh "
                        + "creates the other side, its lease ends it otherwise)", id,
                        sides.keySet().iterator().next().name().toLowerCase(java.util.Locale.ROOT));
                }
                restore.add(rebuilt);
            }
        });
        return new Plan(settings, now, watch, live, leftovers, restore, expired, authoritative, tagged, foreign,
            (int) engine.bindings().adopted(), engine.createdCount());
    }

    /** Carries a plan out, beside live transactions. */
    private CompletionStage<Report> run(final Plan plan) {
        final var failed = new AtomicInteger();
        final var pruned = new AtomicInteger();
        final Settings settings = plan.settings();
        CompletionStage<Void> chain = applyInBatches(settings, plan.live(), false, failed, plan.expired(),
            plan.watch());
        chain = chain.thenCompose(ignored -> applyInBatches(settings, plan.leftovers(), true, failed, plan.expired(),
            plan.watch()));
        final var restored = new AtomicInteger();
        final var unrestored = new AtomicInteger();
        chain = chain.thenCompose(ignored -> restore(plan.restore(), restored, unrestored));
        chain = chain.thenCompose(ignored -> prune(List.copyOf(plan.expired()), pruned, failed));
        if (!plan.authoritative()) {
            chain = chain.thenCompose(ignored -> {
                if (unrestored.get() > 0) {
                    // marked now, the next pass would delete what is left of them in VPP as leftovers; unmarked, it
                    // restores them again, and their leases end them if no forwarder refreshes them
                    LOG.warn("{} connection(s) found in VPP could not be restored; the configuration is not marked "
                        + "authoritative, so the next pass restores what VPP still holds of them", unrestored.get());
                    return CompletableFuture.<Void>completedFuture(null);
                }
                return config.markAuthoritative(plan.now().withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            });
        }
        return chain.thenApply(ignored -> {
            final int adopted = (int) engine.bindings().adopted() - plan.adoptedBefore();
            final int created = (int) (engine.createdCount() - plan.createdBefore());
            engine.bindings().countRestored(restored.get());
            return new Report(plan.tagged(), adopted, restored.get(), Math.min(created, plan.tagged()),
                created, pruned.get(), plan.foreign(), plan.leftovers().size(), failed.get() + unrestored.get());
        });
    }

    /**
     * Deletes every interface of ours from VPP, and nothing else: the uninstall, or a stop with
     * {@code cleanup-on-stop = delete}. The configuration is left as it is.
     *
     * @return how many of our connections were deleted
     */
    public CompletionStage<Integer> cleanup() {
        return config.read().thenCompose(stored -> {
            final Settings settings = Settings.of(stored.orElse(null));
            if (settings.forwarderName() == null) {
                return CompletableFuture.completedFuture(0);
            }
            final OffsetDateTime now = OffsetDateTime.now(clock);
            final Engine.Watch watch = engine.watch();
            return engine.quiesced(() -> VppInventory.load(vpp, row -> false).thenApply(inventory -> {
                final Map<String, Map<NsmTag.Side, Restorer.FoundSide>> found = new LinkedHashMap<>();
                int foreign = 0;
                engine.bindings().clear();
                for (var entry : inventory.tagged().entrySet()) {
                    if (!isOurs(entry.getValue(), settings)) {
                        foreign++;
                        continue;
                    }
                    final NsmTag tag = entry.getValue();
                    Restorer.side(inventory, entry.getKey()).ifPresent(side -> {
                        found.computeIfAbsent(tag.connectionId(), id -> new HashMap<>()).putIfAbsent(tag.side(), side);
                        engine.bindFound(new SideRef(tag.connectionId(), tag.side()), side.bound());
                    });
                }
                final List<Connection> all = new ArrayList<>();
                found.forEach((id, sides) -> all.add(rebuild(id, sides, inventory, now)));
                return Map.entry(all, foreign);
            })).thenCompose(plan -> {
                final List<Connection> all = plan.getKey();
                final var failed = new AtomicInteger();
                return applyInBatches(settings, all, true, failed, new ArrayList<>(), watch).thenApply(ignored -> {
                    LOG.info("cleanup: deleted {} connections of forwarder {} from VPP ({} failed); {} interfaces of "
                        + "other forwarders left untouched", all.size() - failed.get(), settings.forwarderName(),
                        failed.get(), plan.getValue());
                    return all.size() - failed.get();
                });
            }).whenComplete((deleted, error) -> watch.close());
        });
    }

    /** What the inventory shows of every side found, for their adoption in this pass (no dump per interface). */
    private static Map<Long, InterfaceHandler.Reading> readings(
            final Map<String, Map<NsmTag.Side, Restorer.FoundSide>> found, final VppInventory inventory) {
        final Map<Long, InterfaceHandler.Reading> readings = new HashMap<>();
        found.values().forEach(sides -> sides.values().forEach(side -> {
            final long index = side.bound().swIfIndex();
            readings.put(index, new InterfaceHandler.Reading(inventory.interfaces().get(index),
                inventory.addresses().getOrDefault(index, List.of())));
        }));
        return readings;
    }

    /**
     * A connection entry rebuilt from what VPP holds: both sides and their cross-connect, or the one side that is
     * left (then without a cross-connect).
     */
    private static Connection rebuild(final String id, final Map<NsmTag.Side, Restorer.FoundSide> sides,
            final VppInventory inventory, final OffsetDateTime expires) {
        final var client = sides.get(NsmTag.Side.CLIENT);
        final var server = sides.get(NsmTag.Side.SERVER);
        final var builder = new ConnectionBuilder().setId(new ConnectionId(id))
            .setExpiresAt(new LeaseTime(expires.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        if (client != null) {
            builder.setClient(new ClientBuilder().setMechanism(client.mechanism())
                .setIpAddress(client.addresses().isEmpty() ? null : client.addresses()).build());
        }
        if (server != null) {
            builder.setServer(new ServerBuilder().setMechanism(server.mechanism())
                .setIpAddress(server.addresses().isEmpty() ? null : server.addresses()).build());
        }
        if (client != null && server != null) {
            final var xc = Restorer.crossConnect(inventory, client.bound().swIfIndex(), server.bound().swIfIndex());
            if (xc != null) {
                builder.setCrossConnect(xc);
            }
        }
        return builder.build();
    }

    /**
     * Applies (or, with {@code delete}, removes) connections through the engine, in bounded transactions, a few in
     * flight at once. A transaction is all or nothing, so a refused batch is applied again connection by connection:
     * one connection's failure must not leave the others unapplied. A connection refused because its lease ended
     * while the pass ran goes to {@code lateExpired}, to be pruned with the others.
     */
    private CompletionStage<Void> applyInBatches(final Settings settings, final List<Connection> connections,
            final boolean delete, final AtomicInteger failed, final List<Connection> lateExpired,
            final Engine.Watch watch) {
        final var progress = new Progress("reconciliation", delete ? "deleted" : "applied", connections.size());
        return Batches.eachOrAlone("reconciliation", connections, true, batch -> apply(settings, batch, delete, watch),
            (batch, ignored) -> progress.add(batch.size()), (conn, error) -> {
                refused(conn, delete, error, failed, lateExpired);
                progress.add(1);
            });
    }

    /**
     * Applies one transaction through the engine, without the connections a live transaction touched since the pass
     * read the configuration and VPP (that transaction decided them); the stage fails when the engine refuses it.
     */
    private CompletionStage<Void> apply(final Settings settings, final List<Connection> batch, final boolean delete,
            final Engine.Watch watch) {
        final List<ConnectionChange> changes = batch.stream().map(conn -> delete
            ? new ConnectionChange(conn.getId().getValue(), conn, null)
            : new ConnectionChange(conn.getId().getValue(), null, conn)).toList();
        return engine.applyForPass(new ConfigChange(settings, changes), watch).thenAccept(applied -> {
            applied.committed().run();
            applied.skipped().forEach(id -> LOG.info("connection {}: a transaction changed it while this pass ran; "
                + "left to that transaction", id));
        });
    }

    private void refused(final Connection conn, final boolean delete, final Throwable error,
            final AtomicInteger failed, final List<Connection> lateExpired) {
        final String id = conn.getId().getValue();
        if (!delete && LeaseReaper.expired(conn, OffsetDateTime.now(clock))) {
            LOG.info("connection {}: its lease ended at {} while this pass ran; pruning it instead", id,
                conn.getExpiresAt().getValue());
            lateExpired.add(conn);
            return;
        }
        failed.incrementAndGet();
        LOG.warn("reconciliation could not {} connection {}: {}", delete ? "delete" : "apply", id,
            error.getMessage());
    }

    /**
     * Writes the restored entries in batches; a batch the datastore refuses (the engine could not adopt one of its
     * connections: an interface deleted since the pass's dump, a VPP call that failed) is written again connection
     * by connection, so that one connection's failure costs no other its entry.
     */
    private CompletionStage<Void> restore(final List<Connection> entries, final AtomicInteger restored,
            final AtomicInteger failed) {
        final var progress = new Progress("restore", "written", entries.size());
        return Batches.eachOrAlone("restore", entries, true, config::restore, (batch, written) -> {
            restored.addAndGet(written.size());
            batch.forEach(conn -> {
                final String id = conn.getId().getValue();
                if (written.contains(id)) {
                    engine.bindings().markRestored(id, conn.getExpiresAt().getValue());
                    LOG.debug("restored connection {} from VPP's tags (lease until {})", id,
                        conn.getExpiresAt().getValue());
                } else {
                    LOG.info("connection {}: a forwarder wrote it while this pass ran; its entry is kept, not the "
                        + "one rebuilt from VPP's tags", id);
                }
            });
            progress.add(batch.size());
        }, (conn, error) -> {
            failed.incrementAndGet();
            LOG.warn("could not restore connection {} into the configuration: {}", conn.getId().getValue(),
                error.getMessage());
            progress.add(1);
        });
    }

    /** Progress of a long step at INFO: every {@link #PROGRESS_EVERY} connections, or every 2 s, whichever first. */
    private static final class Progress {
        private final String step;
        private final String verb;
        private final int total;
        private final long start = System.nanoTime();
        private long lastLine = start;
        private int done;

        Progress(final String step, final String verb, final int total) {
            this.step = step;
            this.verb = verb;
            this.total = total;
        }

        synchronized void add(final int count) {
            final int before = done;
            done += count;
            final long now = System.nanoTime();
            if (total > PROGRESS_EVERY && done < total
                    && (done / PROGRESS_EVERY > before / PROGRESS_EVERY || now - lastLine >= PROGRESS_NANOS)) {
                lastLine = now;
                LOG.info("{}: {} of {} connections {} ({} ms)", step, done, total, verb, (now - start) / 1_000_000);
            }
        }
    }


    private CompletionStage<Void> prune(final List<Connection> expired, final AtomicInteger pruned,
            final AtomicInteger failed) {
        return Prunes.prune(config, expired).thenAccept(outcomes -> outcomes.forEach(outcome -> {
            final Connection conn = outcome.connection();
            if (outcome.error() != null) {
                failed.incrementAndGet();
                engine.expiredInConfig(conn);
                LOG.warn("could not prune expired connection {} (the lease reaper retries it): {}",
                    conn.getId().getValue(), outcome.error().getMessage());
            } else if (outcome.deleted()) {
                pruned.incrementAndGet();
                engine.bindings().countPruned();
                LOG.info("pruned connection {}: its lease ended at {}", conn.getId().getValue(),
                    conn.getExpiresAt().getValue());
            }
        }));
    }
}

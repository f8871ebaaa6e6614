/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.engine.ConfigRejectedException;
import io.nsmvpp.impl.engine.Engine;
import io.nsmvpp.impl.engine.LeaseTimes;
import io.nsmvpp.impl.state.StateReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes connections whose lease has passed, through the configuration (so the normal writers remove the
 * cross-connect, then the interfaces, then the entry). Driven by an injectable clock: the agent runs it four times a
 * second (so that a lease ends in VPP within a second of its time), tests call {@link #runOnce()} with a fake clock.
 * A refresh that commits first wins: the delete only happens if the entry is still the expired one. A prune that
 * fails is retried with back-off, never forgotten.
 */
public final class LeaseReaper implements StateReader.PruneStatus {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseReaper.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(1);

    /** A connection as last seen and when its lease ends ({@link Instant#MIN} when unreadable). */
    private record Lease(Connection connection, Instant end) {
    }

    private record Retry(Instant notBefore, Duration delay, int attempts, String lastError) {
    }

    private final Engine engine;
    private final ConfigStore config;
    private final Clock clock;
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    public LeaseReaper(final Engine engine, final ConfigStore config, final Clock clock) {
        this.engine = engine;
        this.config = config;
        this.clock = clock;
    }

    /** True when the lease of {@code connection} has passed at {@code now} (an unreadable lease counts as passed). */
    public static boolean expired(final Connection connection, final OffsetDateTime now) {
        return !leaseEnd(connection).isAfter(now.toInstant());
    }

    /** Whether the lease of {@code connection} has passed at {@code now}, parsing each written lease only once. */
    private boolean expired(final Connection connection, final Instant now) {
        var lease = leases.get(connection.getId().getValue());
        if (lease == null || lease.connection() != connection) {
            lease = new Lease(connection, leaseEnd(connection));
            leases.put(connection.getId().getValue(), lease);
        }
        return !lease.end().isAfter(now);
    }

    /** When the lease of {@code connection} ends; {@link Instant#MIN} when it is unreadable. */
    private static Instant leaseEnd(final Connection connection) {
        try {
            return LeaseTimes.parse(connection.requireExpiresAt().getValue());
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }

    /**
     * Prunes every connection whose lease has passed; the stage holds how many were deleted. Cheap enough to run
     * several times a second: a lease is parsed once per write of its connection.
     */
    public CompletionStage<Integer> runOnce() {
        final Instant instant = clock.instant();
        final Set<String> expiredIds = new HashSet<>();
        final List<Connection> due = new ArrayList<>();
        final var desired = engine.desired();
        for (Connection conn : desired.values()) {
            if (!expired(conn, instant)) {
                continue;
            }
            final String id = conn.getId().getValue();
            expiredIds.add(id);
            final Retry retry = retries.get(id);
            if (retry == null || !instant.isBefore(retry.notBefore())) {
                due.add(conn);
            }
        }
        // a connection refreshed or deleted since its prune failed has nothing left to retry
        retries.keySet().retainAll(expiredIds);
        leases.keySet().retainAll(desired.keySet());
        if (due.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        return Prunes.prune(config, due).thenApply(outcomes -> {
            int pruned = 0;
            for (Prunes.Outcome outcome : outcomes) {
                final Connection conn = outcome.connection();
                final String id = conn.getId().getValue();
                if (outcome.error() != null) {
                    failed(id, instant, outcome.error());
                    continue;
                }
                retries.remove(id);
                if (outcome.deleted()) {
                    pruned++;
                    engine.bindings().countPruned();
                    LOG.info("pruned connection {}: its lease ended at {}", id, conn.getExpiresAt().getValue());
                } else {
                    LOG.info("connection {} was refreshed or deleted before its prune; kept as it is now", id);
                }
            }
            return pruned;
        });
    }

    /** Schedules the next attempt of a failed prune, with back-off: 1 s, doubled each time up to a minute. */
    private void failed(final String id, final Instant instant, final Throwable error) {
        final Retry retry = retries.get(id);
        final Duration delay = retry == null ? FIRST_RETRY
            : retry.delay().multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY
            : retry.delay().multipliedBy(2);
        final int attempts = retry == null ? 1 : retry.attempts() + 1;
        final String why = describe(error);
        failures.incrementAndGet();
        retries.put(id, new Retry(instant.plus(delay), delay, attempts, why));
        LOG.warn("pruning expired connection {} failed (attempt {}), retrying in {} s: {}", id, attempts,
            delay.toSeconds(), why);
    }

    /** Connections whose prune failed and waits for a retry, for operational state. */
    public int pendingRetries() {
        return retries.size();
    }

    @Override
    public Map<String, StateReader.PruneFailure> pruneFailures() {
        final Map<String, StateReader.PruneFailure> result = new HashMap<>();
        retries.forEach((id, retry) -> result.put(id, new StateReader.PruneFailure(retry.attempts(),
            retry.lastError(), retry.notBefore())));
        return result;
    }

    @Override
    public long pruneFailureCount() {
        return failures.get();
    }

    /** The engine's refusal (which names the side, the VPP message and its retval), however it was wrapped. */
    private static String describe(final Throwable error) {
        Throwable cause = error;
        while (true) {
            if (cause instanceof ConfigRejectedException) {
                return cause.getMessage();
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                return cause.getMessage() != null ? cause.getMessage() : cause.toString();
            }
            cause = cause.getCause();
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.api.ContextKey;
import io.nsmvpp.api.WriteContext;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.IpAddressDetails;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;

/** What every VPP interface has, whatever made it: tag, admin state, addresses, details. */
public final class InterfaceHandler {
    /**
     * An interface as a reconciliation pass's dumps showed it moments ago: its details and its addresses (ip4, then
     * ip6, as the per-family dumps list them).
     */
    public record Reading(@Nullable SwInterfaceDetails details, List<Prefix> addresses) {
    }

    private final VppApi vpp;
    /**
     * Readings of found interfaces that a reconciliation pass took and the adoption of each can use once instead of
     * dumping the interface again (four dumps per side). Dropped when used, when the side is not adopted, and when
     * the pass ends: a later refresh reads VPP again.
     */
    private final Map<Long, Reading> preloaded = new ConcurrentHashMap<>();

    public InterfaceHandler(final VppApi vpp) {
        this.vpp = vpp;
    }

    public CompletionStage<Void> setTag(final long swIfIndex, final String tag) {
        return vpp.send(new SwInterfaceTagAddDel(true, swIfIndex, tag)).thenApply(reply -> null);
    }

    public CompletionStage<Void> setAdminUp(final long swIfIndex, final boolean up) {
        return vpp.send(new SwInterfaceSetFlags(swIfIndex, up ? IfStatusFlags.ADMIN_UP : 0)).thenApply(reply -> null);
    }

    public CompletionStage<Void> addAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, true, false, prefix)).thenApply(reply -> null);
    }

    /** Deletes an address this agent added. Never called with a link-local address (it can crash VPP v26.06). */
    public CompletionStage<Void> deleteAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, false, false, prefix)).thenApply(reply -> null);
    }

    /** The interface's details, or empty when VPP has no interface at that index. */
    public CompletionStage<Optional<SwInterfaceDetails>> details(final long swIfIndex) {
        return vpp.dump(new SwInterfaceDump(swIfIndex, false, ""))
            .thenApply(rows -> rows.stream().filter(row -> row.swIfIndex() == swIfIndex).findFirst());
    }

    /**
     * Whether VPP still has an interface at {@code swIfIndex} carrying {@code tag}: an index whose interface is gone,
     * or that someone re-tagged, is not ours to touch any more.
     */
    public CompletionStage<Boolean> carries(final long swIfIndex, final String tag) {
        return details(swIfIndex).thenApply(row -> row.isPresent() && tag.equals(row.orElseThrow().tag()));
    }

    private static final ContextKey<Map<Long, CompletableFuture<Optional<SwInterfaceDetails>>>> DETAILS =
        ContextKey.named("interface details by index");

    /**
     * The details of {@code swIfIndex} as this transaction first read them: the cross-connect, the side and the
     * mechanism of one connection all check its interfaces before deleting, and one dump serves them all.
     */
    public CompletionStage<Optional<SwInterfaceDetails>> cachedDetails(final WriteContext ctx,
            final long swIfIndex) {
        final Map<Long, CompletableFuture<Optional<SwInterfaceDetails>>> cache;
        synchronized (ctx) {
            cache = ctx.get(DETAILS).orElseGet(() -> {
                final Map<Long, CompletableFuture<Optional<SwInterfaceDetails>>> fresh = new ConcurrentHashMap<>();
                ctx.put(DETAILS, fresh);
                return fresh;
            });
        }
        return cache.computeIfAbsent(swIfIndex, index -> details(index).toCompletableFuture());
    }

    /** {@link #carries(long, String)}, read through the transaction's cache. */
    public CompletionStage<Boolean> cachedCarries(final WriteContext ctx, final long swIfIndex, final String tag) {
        return cachedDetails(ctx, swIfIndex).thenApply(row -> row.isPresent() && tag.equals(row.orElseThrow().tag()));
    }

    /** Drops a cached reading: the interface was deleted (and VPP may reuse its index). */
    public void forget(final WriteContext ctx, final long swIfIndex) {
        preloaded.remove(swIfIndex);
        ctx.get(DETAILS).ifPresent(cache -> cache.remove(swIfIndex));
    }

    /** Readings a reconciliation pass took of the interfaces it found (replaces earlier ones). */
    public void preload(final Map<Long, Reading> readings) {
        preloaded.clear();
        preloaded.putAll(readings);
    }

    /** Drops every preloaded reading: the pass is over, later transactions read VPP themselves. */
    public void clearPreloaded() {
        preloaded.clear();
    }

    /** Drops the preloaded reading of one interface (it is being replaced, not adopted). */
    public void release(final long swIfIndex) {
        preloaded.remove(swIfIndex);
    }

    /**
     * {@link #carries(long, String)} for the adoption of an interface found by this reconciliation pass: answered by
     * the pass's reading when there is one (left in place for {@link #adoptedReading}), by a dump otherwise.
     */
    public CompletionStage<Boolean> carriesFound(final long swIfIndex, final String tag) {
        final Reading reading = preloaded.get(swIfIndex);
        if (reading == null) {
            return carries(swIfIndex, tag);
        }
        return CompletableFuture.completedFuture(tag.equals(reading.details().tag()));
    }

    /**
     * The details and addresses of an adopted interface: the pass's reading, used once, or three dumps (details, ip4
     * and ip6 addresses) when there is none.
     */
    public CompletionStage<Reading> adoptedReading(final long swIfIndex) {
        final Reading reading = preloaded.remove(swIfIndex);
        if (reading != null) {
            return CompletableFuture.completedFuture(reading);
        }
        final var details = details(swIfIndex);
        final var v4 = addresses(swIfIndex, false);
        final var v6 = addresses(swIfIndex, true);
        return details.thenCombine(v4, (row, four) -> {
            final List<Prefix> held = new java.util.ArrayList<>();
            four.forEach(address -> held.add(address.prefix()));
            return java.util.Map.entry(row, held);
        }).thenCombine(v6, (pair, six) -> {
            six.forEach(address -> pair.getValue().add(address.prefix()));
            return new Reading(pair.getKey().orElse(null), pair.getValue());
        });
    }

    /** Every interface. */
    public CompletionStage<List<SwInterfaceDetails>> dumpAll() {
        return vpp.dump(SwInterfaceDump.all());
    }

    /** The addresses of one interface, of one family. */
    public CompletionStage<List<IpAddressDetails>> addresses(final long swIfIndex, final boolean ip6) {
        return vpp.dump(new IpAddressDump(swIfIndex, ip6));
    }
}

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

/** The {@link InterfaceHandler} that sends its calls to VPP. */
final class VppInterfaceHandler implements InterfaceHandler {
    private final VppApi vpp;
    /**
     * Readings of found interfaces that a reconciliation pass took and the adoption of each can use once instead of
     * dumping the interface again (four dumps per side). Dropped when used, when the side is not adopted, and when
     * the pass ends: a later refresh reads VPP again.
     */
    private final Map<Long, Reading> preloaded = new ConcurrentHashMap<>();

    VppInterfaceHandler(final VppApi vpp) {
        this.vpp = vpp;
    }

    @Override
    public CompletionStage<Void> setTag(final long swIfIndex, final String tag) {
        return vpp.send(new SwInterfaceTagAddDel(true, swIfIndex, tag)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Void> setAdminUp(final long swIfIndex, final boolean up) {
        return vpp.send(new SwInterfaceSetFlags(swIfIndex, up ? IfStatusFlags.ADMIN_UP : 0)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Void> addAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, true, false, prefix)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Void> deleteAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, false, false, prefix)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Optional<SwInterfaceDetails>> details(final long swIfIndex) {
        return vpp.dump(new SwInterfaceDump(swIfIndex, false, ""))
            .thenApply(rows -> rows.stream().filter(row -> row.swIfIndex() == swIfIndex).findFirst());
    }

    @Override
    public CompletionStage<Boolean> carries(final long swIfIndex, final String tag) {
        return details(swIfIndex).thenApply(row -> row.isPresent() && tag.equals(row.orElseThrow().tag()));
    }

    private static final ContextKey<Map<Long, CompletableFuture<Optional<SwInterfaceDetails>>>> DETAILS =
        ContextKey.named("interface details by index");

    @Override
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

    @Override
    public CompletionStage<Boolean> cachedCarries(final WriteContext ctx, final long swIfIndex, final String tag) {
        return cachedDetails(ctx, swIfIndex).thenApply(row -> row.isPresent() && tag.equals(row.orElseThrow().tag()));
    }

    @Override
    public void forget(final WriteContext ctx, final long swIfIndex) {
        preloaded.remove(swIfIndex);
        ctx.get(DETAILS).ifPresent(cache -> cache.remove(swIfIndex));
    }

    @Override
    public void preload(final Map<Long, Reading> readings) {
        preloaded.clear();
        preloaded.putAll(readings);
    }

    @Override
    public void clearPreloaded() {
        preloaded.clear();
    }

    @Override
    public void release(final long swIfIndex) {
        preloaded.remove(swIfIndex);
    }

    @Override
    public CompletionStage<Boolean> carriesFound(final long swIfIndex, final String tag) {
        final Reading reading = preloaded.get(swIfIndex);
        if (reading == null) {
            return carries(swIfIndex, tag);
        }
        return CompletableFuture.completedFuture(tag.equals(reading.details().tag()));
    }

    @Override
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

    @Override
    public CompletionStage<List<SwInterfaceDetails>> dumpAll() {
        return vpp.dump(SwInterfaceDump.all());
    }

    @Override
    public CompletionStage<List<IpAddressDetails>> addresses(final long swIfIndex, final boolean ip6) {
        return vpp.dump(new IpAddressDump(swIfIndex, ip6));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.WriteContext;
import io.nsmvpp.api.WriteCustomizer;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.EngineKeys;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.MechanismConfig;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A side's own settings, on whatever interface its mechanism made: admin up, and its {@code ip-address}es. Updated
 * in place (addresses added and removed one by one); re-applied whenever the side's interface is re-created.
 * Only addresses this agent added are ever deleted, never a link-local one (validators refuse those).
 *
 * @param <S> Client or Server
 */
public final class SideCustomizer<S extends MechanismConfig & DataObject> implements WriteCustomizer<S> {
    private static final Logger LOG = LoggerFactory.getLogger(SideCustomizer.class);

    private final Bindings bindings;
    private final InterfaceHandler interfaces;

    public SideCustomizer(final Bindings bindings, final InterfaceHandler interfaces) {
        this.bindings = bindings;
        this.interfaces = interfaces;
    }

    @Override
    public boolean updatesInPlace() {
        return true;
    }

    @Override
    public CompletionStage<Void> create(final DataObjectIdentifier<S> id, final S after, final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var bound = bindings.get(side);
        if (bound.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no interface is bound to " + side));
        }
        final long index = bound.orElseThrow().swIfIndex();
        if (EngineKeys.adopted(ctx, side)) {
            return converge(side, index, prefixes(after), ctx);
        }
        // admin up and the addresses do not depend on each other: sent at once (add settles once all have)
        return CompletableFuture.allOf(interfaces.setAdminUp(index, true).toCompletableFuture(),
            add(side, index, prefixes(after), ctx).toCompletableFuture());
    }

    /**
     * On an adopted interface, sends only what differs from the configuration: admin up if it is down, the
     * addresses it lacks, and the removal of addresses the configuration no longer has (never link-local ones).
     */
    private CompletionStage<Void> converge(final SideRef side, final long index, final Set<Prefix> wanted,
            final WriteContext ctx) {
        return interfaces.adoptedReading(index).thenCompose(reading -> {
            final boolean up = reading.details() != null && (reading.details().flags() & IfStatusFlags.ADMIN_UP) != 0;
            final Set<Prefix> held = new LinkedHashSet<>(reading.addresses());
            final Set<Prefix> missing = new LinkedHashSet<>(wanted);
            missing.removeAll(held);
            final Set<Prefix> extra = new LinkedHashSet<>(held);
            extra.removeAll(wanted);
            if (up && missing.isEmpty() && extra.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            LOG.info("{}: converging adopted sw_if_index {}: {}{} addresses to add, {} to remove", side, index,
                up ? "" : "admin up, ", missing.size(), extra.size());
            final CompletionStage<Void> admin = up ? CompletableFuture.completedFuture(null)
                : interfaces.setAdminUp(index, true);
            return admin.thenCompose(ignored -> remove(side, index, extra, ctx))
                .thenCompose(ignored -> add(side, index, missing, ctx));
        });
    }

    @Override
    public CompletionStage<Void> update(final DataObjectIdentifier<S> id, final S before, final S after,
            final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var bound = bindings.get(side);
        if (bound.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no interface is bound to " + side));
        }
        final long index = bound.orElseThrow().swIfIndex();
        final Set<Prefix> removed = prefixes(before);
        final Set<Prefix> added = prefixes(after);
        removed.removeAll(prefixes(after));
        added.removeAll(prefixes(before));
        return remove(side, index, removed, ctx).thenCompose(ignored -> add(side, index, added, ctx));
    }

    @Override
    public CompletionStage<Void> delete(final DataObjectIdentifier<S> id, final S before, final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var bound = bindings.get(side);
        if (bound.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        final var interfaceOf = bound.orElseThrow();
        return interfaces.cachedCarries(ctx, interfaceOf.swIfIndex(), interfaceOf.tag()).thenCompose(present -> {
            if (!present) {
                LOG.info("{}: sw_if_index {} is gone or no longer ours, no address to remove", side,
                    interfaceOf.swIfIndex());
                return CompletableFuture.completedFuture(null);
            }
            return remove(side, interfaceOf.swIfIndex(), prefixes(before), ctx);
        });
    }

    /**
     * Adds the addresses, all at once; the stage settles once every one has (failing if one failed), and each
     * registers its undo when VPP has added it.
     */
    private CompletionStage<Void> add(final SideRef side, final long index, final Set<Prefix> prefixes,
            final WriteContext ctx) {
        final List<CompletableFuture<Void>> added = new ArrayList<>(prefixes.size());
        for (Prefix prefix : prefixes) {
            added.add(interfaces.addAddress(index, prefix).thenRun(() -> {
                ctx.onRevert("delete address " + prefix + " of " + side,
                    () -> interfaces.deleteAddress(index, prefix));
                LOG.debug("added {} to sw_if_index {} of {}", prefix, index, side);
            }).toCompletableFuture());
        }
        return CompletableFuture.allOf(added.toArray(CompletableFuture[]::new));
    }

    private CompletionStage<Void> remove(final SideRef side, final long index, final Set<Prefix> prefixes,
            final WriteContext ctx) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (Prefix prefix : prefixes) {
            if (Addresses.isLinkLocal(prefix.address())) {
                continue;
            }
            chain = chain.thenCompose(ignored -> interfaces.deleteAddress(index, prefix)).thenRun(() ->
                ctx.onRevert("add address " + prefix + " back to " + side, () -> interfaces.addAddress(index, prefix)));
        }
        return chain;
    }

    private static Set<Prefix> prefixes(final MechanismConfig side) {
        final var configured = side.getIpAddress();
        final Set<Prefix> result = new LinkedHashSet<>();
        if (configured != null) {
            configured.forEach(prefix -> result.add(Addresses.prefix(prefix)));
        }
        return result;
    }

    /** The prefixes of a side, parsed; for tests. */
    static List<Prefix> prefixList(final MechanismConfig side) {
        return List.copyOf(prefixes(side));
    }
}

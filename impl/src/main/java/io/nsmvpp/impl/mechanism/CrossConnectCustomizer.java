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
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.vpp.CrossConnectHandler;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.vpp.client.msg.FibPathNhProto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cross-connect}: l2xc both ways, or l3xc both ways for each enabled family. Written after both sides and
 * deleted before either: VPP keeps an l3xc entry and a peer's xconnect pointing at a deleted index, and would attach
 * them silently to whatever reuses it.
 */
public final class CrossConnectCustomizer implements WriteCustomizer<CrossConnect> {
    private static final Logger LOG = LoggerFactory.getLogger(CrossConnectCustomizer.class);

    /** One direction of a cross-connect (from interface {@code rx}), with its undo. */
    private record Leg(long rx, String what, Supplier<CompletionStage<Void>> apply, String undoWhat,
            Supplier<CompletionStage<Void>> undo) {
    }

    private final Bindings bindings;
    private final CrossConnectHandler xc;
    private final InterfaceHandler interfaces;

    public CrossConnectCustomizer(final Bindings bindings, final CrossConnectHandler xc,
            final InterfaceHandler interfaces) {
        this.bindings = bindings;
        this.xc = xc;
        this.interfaces = interfaces;
    }

    /** True for l3xc. */
    public static boolean isL3(final CrossConnect data) {
        return "l3xc".equals(data.getKind());
    }

    /** The l3xc families: ip4 defaults to true, ip6 to false. */
    public static boolean ip4(final CrossConnect data) {
        return data.getIp4() == null || data.getIp4();
    }

    public static boolean ip6(final CrossConnect data) {
        return data.getIp6() != null && data.getIp6();
    }

    /** The model's defaults make an empty container and an explicit l2xc the same cross-connect. */
    @Override
    public boolean isEquivalent(final CrossConnect before, final CrossConnect after) {
        return isL3(before) == isL3(after) && (!isL3(before) || ip4(before) == ip4(after) && ip6(before) == ip6(after));
    }

    @Override
    public CompletionStage<Void> create(final DataObjectIdentifier<CrossConnect> id, final CrossConnect after,
            final WriteContext ctx) {
        return run(id, after, true, ctx);
    }

    @Override
    public CompletionStage<Void> delete(final DataObjectIdentifier<CrossConnect> id, final CrossConnect before,
            final WriteContext ctx) {
        return run(id, before, false, ctx);
    }

    private CompletionStage<Void> run(final DataObjectIdentifier<CrossConnect> id, final CrossConnect data,
            final boolean connect, final WriteContext ctx) {
        final String connection = SideRef.connectionOf(id);
        final var client = bindings.get(new SideRef(connection, NsmTag.Side.CLIENT));
        final var server = bindings.get(new SideRef(connection, NsmTag.Side.SERVER));
        if (client.isEmpty() || server.isEmpty()) {
            if (connect) {
                return CompletableFuture.failedFuture(new IllegalStateException("connection " + connection
                    + " has no interface on its " + (client.isEmpty() ? "client" : "server") + " side"));
            }
            LOG.info("connection {}: a side has no interface, no cross-connect to remove", connection);
            return CompletableFuture.completedFuture(null);
        }
        final long a = client.orElseThrow().swIfIndex();
        final long b = server.orElseThrow().swIfIndex();
        final List<Leg> legs = new ArrayList<>();
        if (isL3(data)) {
            for (boolean ip6 : new boolean[] { false, true }) {
                if (ip6 ? ip6(data) : ip4(data)) {
                    final String family = ip6 ? "ip6" : "ip4";
                    legs.add(new Leg(a, "l3xc " + family + " " + a + "->" + b, () -> xc.l3xc(a, b, ip6),
                        "l3xc_del " + family + " " + a, () -> xc.deleteL3xc(a, ip6)));
                    legs.add(new Leg(b, "l3xc " + family + " " + b + "->" + a, () -> xc.l3xc(b, a, ip6),
                        "l3xc_del " + family + " " + b, () -> xc.deleteL3xc(b, ip6)));
                }
            }
        } else {
            legs.add(new Leg(a, "l2xc " + a + "->" + b, () -> xc.l2xc(a, b, true), "l2xc off " + a,
                () -> xc.l2xc(a, b, false)));
            legs.add(new Leg(b, "l2xc " + b + "->" + a, () -> xc.l2xc(b, a, true), "l2xc off " + b,
                () -> xc.l2xc(b, a, false)));
        }
        final boolean clientAdopted = EngineKeys.adopted(ctx, new SideRef(connection, NsmTag.Side.CLIENT));
        final boolean serverAdopted = EngineKeys.adopted(ctx, new SideRef(connection, NsmTag.Side.SERVER));
        if (connect && (clientAdopted || serverAdopted)) {
            return existingLegs(a, b, clientAdopted && serverAdopted, ctx).thenCompose(existing -> {
                final List<Leg> missing = legs.stream().filter(leg -> !existing.contains(leg.what())).toList();
                if (missing.isEmpty()) {
                    LOG.debug("connection {}: VPP already cross-connects the adopted interfaces, nothing sent",
                        connection);
                    return CompletableFuture.completedFuture(null);
                }
                return runLegs(connection, missing, true, ctx, data, a, b);
            });
        }
        if (connect) {
            return runLegs(connection, legs, true, ctx, data, a, b);
        }
        // Removing: an interface already gone (or re-tagged by someone else) keeps no xconnect of ours to undo,
        // and VPP would refuse the index; the legs from the interfaces still ours are removed.
        final var clientSide = client.orElseThrow();
        final var serverSide = server.orElseThrow();
        return interfaces.cachedCarries(ctx, a, clientSide.tag())
            .thenCombine(interfaces.cachedCarries(ctx, b, serverSide.tag()),
                (aPresent, bPresent) -> legs.stream().filter(leg -> leg.rx() == a ? aPresent : bPresent).toList())
            .thenCompose(present -> {
                if (present.size() < legs.size()) {
                    LOG.info("connection {}: a side's interface is gone from VPP; removing only the cross-connect "
                        + "legs of the interfaces still there", connection);
                }
                return runLegs(connection, present, false, ctx, data, a, b);
            });
    }

    /**
     * The legs VPP already holds between {@code a} and {@code b}, named as {@link Leg#what()} names them. When both
     * sides were adopted from what a running reconciliation pass found, its reading of the cross-connects answers;
     * otherwise one dump per transaction, indexed once.
     */
    private CompletionStage<java.util.Set<String>> existingLegs(final long clientIndex, final long serverIndex,
            final boolean bothAdopted, final WriteContext ctx) {
        final long a = clientIndex;
        final long b = serverIndex;
        final var preloaded = bothAdopted ? xc.preloaded() : null;
        final CompletionStage<CrossConnectHandler.Held> held = preloaded != null
            ? CompletableFuture.completedFuture(preloaded) : ctx.cache().get(HELD, xc::dumpHeld);
        return held.thenApply(rows -> {
            final java.util.Set<String> legs = new java.util.HashSet<>();
            if (rows.l2ByRx().getOrDefault(a, -1L) == b) {
                legs.add("l2xc " + a + "->" + b);
            }
            if (rows.l2ByRx().getOrDefault(b, -1L) == a) {
                legs.add("l2xc " + b + "->" + a);
            }
            for (long rx : new long[] { a, b }) {
                final long tx = rx == a ? b : a;
                for (var row : rows.l3ByRx().getOrDefault(rx, List.of())) {
                    for (var path : row.l3xc().paths()) {
                        // l3xc_dump reports is_ip6=false for every entry (VPP v26.06): the path's proto tells
                        if (path.swIfIndex() == tx) {
                            legs.add("l3xc " + (path.proto() == FibPathNhProto.IP6 ? "ip6" : "ip4") + " " + rx
                                + "->" + tx);
                        }
                    }
                }
            }
            return legs;
        });
    }

    private static final io.nsmvpp.api.ContextKey<CrossConnectHandler.Held> HELD =
        io.nsmvpp.api.ContextKey.named("cross-connects by rx");

    private CompletionStage<Void> runLegs(final String connection, final List<Leg> legs, final boolean connect,
            final WriteContext ctx, final CrossConnect data, final long clientIndex, final long serverIndex) {
        // The legs do not depend on each other: all are sent at once. The stage settles once every leg has (a leg
        // that failed fails it), so that a revert never runs under a leg still in flight; each leg registers its
        // undo when VPP has done it.
        final List<CompletableFuture<Void>> sent = new ArrayList<>(legs.size());
        for (Leg leg : connect ? legs : legs.reversed()) {
            final var forward = connect ? leg.apply() : leg.undo();
            final var backward = connect ? leg.undo() : leg.apply();
            final String what = connect ? leg.what() : leg.undoWhat();
            final String undoWhat = connect ? leg.undoWhat() : leg.what();
            sent.add(forward.get().thenRun(() -> {
                ctx.onRevert(undoWhat + " (connection " + connection + ")", backward);
                LOG.debug("connection {}: {}", connection, what);
            }).toCompletableFuture());
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenRun(() -> LOG.info(
            "connection {}: {} {} between sw_if_index {} and {}", connection,
            connect ? "cross-connected" : "removed cross-connect", isL3(data) ? "l3xc" : "l2xc", clientIndex,
            serverIndex));
    }
}

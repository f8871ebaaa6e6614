/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.AddressUnion;
import io.nsmvpp.vpp.client.msg.FibMplsLabel;
import io.nsmvpp.vpp.client.msg.FibPath;
import io.nsmvpp.vpp.client.msg.FibPathNh;
import io.nsmvpp.vpp.client.msg.FibPathNhProto;
import io.nsmvpp.vpp.client.msg.L2XconnectDetails;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xc;
import io.nsmvpp.vpp.client.msg.L3xcDel;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.L3xcUpdate;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** l2 xconnects and l3xc entries: one direction per call, the customizer does both. */
public final class CrossConnectHandler {
    private static final long ANY = 0xFFFF_FFFFL;
    private static final List<FibMplsLabel> NO_LABELS = Collections.nCopies(16, FibMplsLabel.NONE);

    /**
     * The cross-connects VPP holds, indexed by receiving interface.
     *
     * @param l2ByRx l2 xconnects: rx to tx
     * @param l3ByRx l3xc entries of each rx
     */
    public record Held(Map<Long, Long> l2ByRx, Map<Long, List<L3xcDetails>> l3ByRx) {
        /** Indexes the two dumps. */
        public static Held of(final List<L2XconnectDetails> l2, final List<L3xcDetails> l3) {
            final Map<Long, Long> l2ByRx = new HashMap<>();
            l2.forEach(row -> l2ByRx.put(row.rxSwIfIndex(), row.txSwIfIndex()));
            final Map<Long, List<L3xcDetails>> l3ByRx = new HashMap<>();
            l3.forEach(row -> l3ByRx.computeIfAbsent(row.l3xc().swIfIndex(), rx -> new ArrayList<>()).add(row));
            return new Held(l2ByRx, l3ByRx);
        }
    }

    private final VppApi vpp;
    private volatile @Nullable Held preloaded;

    public CrossConnectHandler(final VppApi vpp) {
        this.vpp = vpp;
    }

    /** Sends what arrives on {@code rx} out of {@code tx}; {@code enable=false} puts {@code rx} back to L3. */
    public CompletionStage<Void> l2xc(final long rx, final long tx, final boolean enable) {
        return vpp.send(new SwInterfaceSetL2Xconnect(rx, tx, enable)).thenApply(reply -> null);
    }

    /** Sends IP packets of one family arriving on {@code rx} out of {@code tx}. */
    public CompletionStage<Void> l3xc(final long rx, final long tx, final boolean ip6) {
        final var path = new FibPath(tx, 0, 0, 1, 0, 0, 0, ip6 ? FibPathNhProto.IP6 : FibPathNhProto.IP4,
            new FibPathNh(AddressUnion.ZERO, 0, 0, ANY), 0, NO_LABELS);
        return vpp.send(new L3xcUpdate(new L3xc(rx, ip6, List.of(path)))).thenApply(reply -> null);
    }

    public CompletionStage<Void> deleteL3xc(final long rx, final boolean ip6) {
        return vpp.send(new L3xcDel(rx, ip6)).thenApply(reply -> null);
    }

    /** Both dumps, indexed: one per transaction serves all its connections. */
    public CompletionStage<Held> dumpHeld() {
        return dumpL2xc().thenCombine(dumpL3xc(), Held::of);
    }

    /**
     * What a reconciliation pass's dumps showed, for the adoption of connections whose two sides it found; null when
     * no pass is running.
     */
    public @Nullable Held preloaded() {
        return preloaded;
    }

    public void preload(final @Nullable Held held) {
        preloaded = held;
    }

    public CompletionStage<List<L2XconnectDetails>> dumpL2xc() {
        return vpp.dump(new L2XconnectDump());
    }

    public CompletionStage<List<L3xcDetails>> dumpL3xc() {
        return vpp.dump(new L3xcDump(ANY));
    }
}

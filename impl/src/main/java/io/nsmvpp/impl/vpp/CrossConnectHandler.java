/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.L2XconnectDetails;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** l2 xconnects and l3xc entries: one direction per call, the customizer does both. */
public interface CrossConnectHandler {
    /**
     * The cross-connects VPP holds, indexed by receiving interface.
     *
     * @param l2ByRx l2 xconnects: rx to tx
     * @param l3ByRx l3xc entries of each rx
     */
    record Held(Map<Long, Long> l2ByRx, Map<Long, List<L3xcDetails>> l3ByRx) {
        /** Indexes the two dumps. */
        public static Held of(final List<L2XconnectDetails> l2, final List<L3xcDetails> l3) {
            final Map<Long, Long> l2ByRx = new HashMap<>();
            l2.forEach(row -> l2ByRx.put(row.rxSwIfIndex(), row.txSwIfIndex()));
            final Map<Long, List<L3xcDetails>> l3ByRx = new HashMap<>();
            l3.forEach(row -> l3ByRx.computeIfAbsent(row.l3xc().swIfIndex(), rx -> new ArrayList<>()).add(row));
            return new Held(l2ByRx, l3ByRx);
        }
    }

    /** Sends what arrives on {@code rx} out of {@code tx}; {@code enable=false} puts {@code rx} back to L3. */
    CompletionStage<Void> l2xc(long rx, long tx, boolean enable);

    /** Sends IP packets of one family arriving on {@code rx} out of {@code tx}. */
    CompletionStage<Void> l3xc(long rx, long tx, boolean ip6);

    CompletionStage<Void> deleteL3xc(long rx, boolean ip6);

    /** Both dumps, indexed: one per transaction serves all its connections. */
    CompletionStage<Held> dumpHeld();

    /**
     * What a reconciliation pass's dumps showed, for the adoption of connections whose two sides it found; null when
     * no pass is running.
     */
    @Nullable Held preloaded();

    void preload(@Nullable Held held);

    CompletionStage<List<L2XconnectDetails>> dumpL2xc();

    CompletionStage<List<L3xcDetails>> dumpL3xc();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static CrossConnectHandler of(final VppApi vpp) {
        return new VppCrossConnectHandler(vpp);
    }
}

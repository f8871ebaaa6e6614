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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** The {@link CrossConnectHandler} that sends its calls to VPP. */
final class VppCrossConnectHandler implements CrossConnectHandler {
    private static final long ANY = 0xFFFF_FFFFL;
    private static final List<FibMplsLabel> NO_LABELS = Collections.nCopies(16, FibMplsLabel.NONE);

    private final VppApi vpp;
    private volatile @Nullable Held preloaded;

    VppCrossConnectHandler(final VppApi vpp) {
        this.vpp = vpp;
    }

    @Override
    public CompletionStage<Void> l2xc(final long rx, final long tx, final boolean enable) {
        return vpp.send(new SwInterfaceSetL2Xconnect(rx, tx, enable)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Void> l3xc(final long rx, final long tx, final boolean ip6) {
        final var path = new FibPath(tx, 0, 0, 1, 0, 0, 0, ip6 ? FibPathNhProto.IP6 : FibPathNhProto.IP4,
            new FibPathNh(AddressUnion.ZERO, 0, 0, ANY), 0, NO_LABELS);
        return vpp.send(new L3xcUpdate(new L3xc(rx, ip6, List.of(path)))).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Void> deleteL3xc(final long rx, final boolean ip6) {
        return vpp.send(new L3xcDel(rx, ip6)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Held> dumpHeld() {
        return dumpL2xc().thenCombine(dumpL3xc(), Held::of);
    }

    @Override
    public @Nullable Held preloaded() {
        return preloaded;
    }

    @Override
    public void preload(final @Nullable Held held) {
        preloaded = held;
    }

    @Override
    public CompletionStage<List<L2XconnectDetails>> dumpL2xc() {
        return vpp.dump(new L2XconnectDump());
    }

    @Override
    public CompletionStage<List<L3xcDetails>> dumpL3xc() {
        return vpp.dump(new L3xcDump(ANY));
    }
}

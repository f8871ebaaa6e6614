/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.Ip4Address;
import io.nsmvpp.vpp.client.msg.Ip4Prefix;
import io.nsmvpp.vpp.client.msg.Ip6Address;
import io.nsmvpp.vpp.client.msg.Ip6Prefix;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Details;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Dump;
import io.nsmvpp.vpp.client.msg.TapCreateV3;
import io.nsmvpp.vpp.client.msg.TapCreateV3Reply;
import io.nsmvpp.vpp.client.msg.TapDeleteV2;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** The {@link TapHandler} that sends its calls to VPP. */
record VppTapHandler(VppApi vpp) implements TapHandler {
    private static final long ANY = 0xFFFF_FFFFL;

    @Override
    public CompletionStage<Long> create(final String hostIfName, final @Nullable MacAddress mac,
            final @Nullable String netns, final int mtu, final String tag) {
        return vpp.send(new TapCreateV3(ANY, mac == null, mac == null ? MacAddress.ZERO : mac, 1, 1, 0, 0, mtu > 0,
            mtu, false, MacAddress.ZERO, false, Ip4Prefix.ZERO, false, Ip6Prefix.ZERO, false, Ip4Address.ANY, false,
            Ip6Address.ANY, 0, netns != null, netns == null ? "" : netns, true, hostIfName, false, "", tag))
            .thenApply(TapCreateV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final long swIfIndex) {
        return vpp.send(new TapDeleteV2(swIfIndex)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<List<SwInterfaceTapV2Details>> dump() {
        return vpp.dump(new SwInterfaceTapV2Dump(ANY));
    }
}

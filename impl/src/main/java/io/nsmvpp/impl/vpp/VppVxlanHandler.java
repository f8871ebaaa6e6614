/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3Reply;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The {@link VxlanHandler} that sends its calls to VPP. */
record VppVxlanHandler(VppApi vpp) implements VxlanHandler {
    private static final long ANY = 0xFFFF_FFFFL;

    @Override
    public CompletionStage<Long> create(final Tunnel tunnel) {
        return vpp.send(request(true, tunnel)).thenApply(VxlanAddDelTunnelV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final Tunnel tunnel) {
        return vpp.send(request(false, tunnel)).thenApply(reply -> null);
    }

    private static VxlanAddDelTunnelV3 request(final boolean add, final Tunnel tunnel) {
        return new VxlanAddDelTunnelV3(add, ANY, tunnel.source(), tunnel.destination(), 0, 0, ANY,
            tunnel.encapVrfId(), ANY, tunnel.vni(), false);
    }

    @Override
    public CompletionStage<List<VxlanTunnelV2Details>> dump() {
        return vpp.dump(new VxlanTunnelV2Dump(ANY));
    }
}

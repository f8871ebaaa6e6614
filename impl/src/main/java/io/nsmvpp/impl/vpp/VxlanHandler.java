/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** VXLAN tunnels (v3 add/del, v2 dump). */
public interface VxlanHandler {
    /** The request whose refusal (an error retval) means VPP made no interface. */
    String CREATE_REQUEST = io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3.NAME;

    /** The parameters that identify a tunnel: a delete must repeat them. */
    record Tunnel(Address source, Address destination, long vni, long encapVrfId) {
    }

    CompletionStage<Long> create(Tunnel tunnel);

    CompletionStage<Void> delete(Tunnel tunnel);

    CompletionStage<List<VxlanTunnelV2Details>> dump();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static VxlanHandler of(final VppApi vpp) {
        return new VppVxlanHandler(vpp);
    }
}

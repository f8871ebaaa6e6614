/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Details;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** Kernel tap interfaces (tap v3, tagged at creation). */
public interface TapHandler {
    /**
     * Creates a tap whose host end is {@code hostIfName}, tagged with {@code tag} in the same message.
     *
     * @param mac the VPP end's MAC, or null for a random one
     * @param netns the host end's namespace, or null
     * @param mtu the host end's MTU, or 0 for VPP's default
     */
    CompletionStage<Long> create(String hostIfName, @Nullable MacAddress mac,
            @Nullable String netns, int mtu, String tag);

    CompletionStage<Void> delete(long swIfIndex);

    CompletionStage<List<SwInterfaceTapV2Details>> dump();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static TapHandler of(final VppApi vpp) {
        return new VppTapHandler(vpp);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.MacAddress;
import java.util.concurrent.CompletionStage;

/** Loopback interfaces. */
public interface LoopbackHandler {
    /** The request whose refusal (an error retval) means VPP made no interface. */
    String CREATE_REQUEST = io.nsmvpp.vpp.client.msg.CreateLoopback.NAME;

    /** Creates a loopback; {@link MacAddress#ZERO} lets VPP choose the MAC. */
    CompletionStage<Long> create(MacAddress mac);

    CompletionStage<Void> delete(long swIfIndex);

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static LoopbackHandler of(final VppApi vpp) {
        return new VppLoopbackHandler(vpp);
    }
}

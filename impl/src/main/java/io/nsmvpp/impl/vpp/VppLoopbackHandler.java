/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import java.util.concurrent.CompletionStage;

/** The {@link LoopbackHandler} that sends its calls to VPP. */
record VppLoopbackHandler(VppApi vpp) implements LoopbackHandler {
    @Override
    public CompletionStage<Long> create(final MacAddress mac) {
        return vpp.send(new CreateLoopback(mac)).thenApply(CreateLoopbackReply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final long swIfIndex) {
        return vpp.send(new DeleteLoopback(swIfIndex)).thenApply(reply -> null);
    }
}

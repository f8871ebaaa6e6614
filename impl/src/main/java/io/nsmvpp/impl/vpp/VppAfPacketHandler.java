/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.AfPacketCreateV3;
import io.nsmvpp.vpp.client.msg.AfPacketCreateV3Reply;
import io.nsmvpp.vpp.client.msg.AfPacketDelete;
import io.nsmvpp.vpp.client.msg.AfPacketDetails;
import io.nsmvpp.vpp.client.msg.AfPacketDump;
import io.nsmvpp.vpp.client.msg.AfPacketMode;
import io.nsmvpp.vpp.client.msg.MacAddress;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The {@link AfPacketHandler} that sends its calls to VPP. */
record VppAfPacketHandler(VppApi vpp) implements AfPacketHandler {
    @Override
    public CompletionStage<Long> create(final String hostIfName) {
        return vpp.send(new AfPacketCreateV3(AfPacketMode.ETHERNET, MacAddress.ZERO, true, hostIfName, 0, 0, 0, 0, 0,
            1, 1)).thenApply(AfPacketCreateV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final String hostIfName) {
        return vpp.send(new AfPacketDelete(hostIfName)).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<List<AfPacketDetails>> dump() {
        return vpp.dump(new AfPacketDump());
    }
}

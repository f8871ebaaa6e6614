/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.AfPacketDetails;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** af_packet interfaces on existing host interfaces (a veth end). */
public interface AfPacketHandler {
    /** The request whose refusal (an error retval) means VPP made no interface. */
    String CREATE_REQUEST = io.nsmvpp.vpp.client.msg.AfPacketCreateV3.NAME;

    CompletionStage<Long> create(String hostIfName);

    /** Deletes by the host name, as VPP wants it (not {@code host-<name>}). */
    CompletionStage<Void> delete(String hostIfName);

    CompletionStage<List<AfPacketDetails>> dump();

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static AfPacketHandler of(final VppApi vpp) {
        return new VppAfPacketHandler(vpp);
    }
}

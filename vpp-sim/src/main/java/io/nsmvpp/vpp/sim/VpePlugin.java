/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import io.nsmvpp.vpp.client.msg.ShowVersionReply;

/**
 * The requests of memclnt and vpe that go through dispatch like any other (and so can be failed, delayed or
 * swallowed): control_ping, which ends every dump, and show_version. sockclnt_create and sockclnt_delete are the
 * socket protocol itself and stay in the server.
 */
final class VpePlugin implements Handlers.Plugin {
    @Override
    public void register(final Handlers.Table table) {
        table.add(ControlPing.TYPE, ControlPingReply.TYPE, (call, request) ->
            call.reply(new ControlPingReply(0, 0, call.vpePid())));
        table.add(ShowVersion.TYPE, ShowVersionReply.TYPE, (call, request) ->
            call.reply(new ShowVersionReply(0, "vpe", "26.06-release", "2026-11-27T22:13:47", "vpp-sim")));
    }
}

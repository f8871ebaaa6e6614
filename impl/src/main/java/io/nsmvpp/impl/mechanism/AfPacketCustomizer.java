/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.WriteContext;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.vpp.AfPacketHandler;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.af.packet.AfPacket;

/** {@code af-packet}: af_packet_create_v3 on an existing host interface, then the tag; deleted by host name. */
public final class AfPacketCustomizer extends InterfaceCustomizer<AfPacket> {
    private final AfPacketHandler afPacket;

    public AfPacketCustomizer(final Bindings bindings, final InterfaceHandler interfaces,
            final AfPacketHandler afPacket) {
        super("af-packet", bindings, interfaces);
        this.afPacket = afPacket;
    }

    @Override
    protected String createMessage() {
        return AfPacketHandler.CREATE_REQUEST;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final AfPacket data, final String tag,
            final WriteContext ctx) {
        final String host = data.requireHostInterfaceName().getValue();
        intend(tag, host);
        return afPacket.create(host).thenApply(index -> {
            ctx.onRevert("af_packet_delete " + host + " of " + side, () -> afPacket.delete(host));
            return new Created(index, host, -1, false);
        });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound,
            final AfPacket data, final WriteContext ctx) {
        return afPacket.delete(bound.detail());
    }

    @Override
    protected boolean matches(final AfPacket desired, final AfPacket restored) {
        return desired.requireHostInterfaceName().equals(restored.getHostInterfaceName());
    }
}

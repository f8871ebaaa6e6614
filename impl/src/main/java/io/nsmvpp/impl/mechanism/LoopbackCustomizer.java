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
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.LoopbackHandler;
import io.nsmvpp.vpp.client.msg.MacAddress;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.loopback.Loopback;

/** {@code loopback}: create_loopback, then the tag. */
public final class LoopbackCustomizer extends InterfaceCustomizer<Loopback> {
    private final LoopbackHandler loopbacks;

    public LoopbackCustomizer(final Bindings bindings, final InterfaceHandler interfaces,
            final LoopbackHandler loopbacks) {
        super("loopback", bindings, interfaces);
        this.loopbacks = loopbacks;
    }

    @Override
    protected String createMessage() {
        return LoopbackHandler.CREATE_REQUEST;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final Loopback data, final String tag,
            final WriteContext ctx) {
        // without a configured MAC, one of ours (locally administered, random): it identifies the loopback until
        // it carries its tag
        final MacAddress mac = data.getMacAddress() == null ? randomMac()
            : MacAddress.parse(data.getMacAddress().getValue());
        intend(tag, mac.toString());
        return loopbacks.create(mac).thenApply(index -> {
            ctx.onRevert("delete_loopback " + index + " of " + side, () -> loopbacks.delete(index));
            return Created.untagged(index);
        });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound,
            final Loopback data, final WriteContext ctx) {
        return loopbacks.delete(bound.swIfIndex());
    }

    @Override
    protected boolean matches(final Loopback desired, final Loopback restored) {
        return desired.getMacAddress() == null || restored.getMacAddress() != null
            && desired.getMacAddress().getValue().equalsIgnoreCase(restored.getMacAddress().getValue());
    }

    private static MacAddress randomMac() {
        final byte[] bytes = new byte[6];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
        // unicast, locally administered
        bytes[0] = (byte) (bytes[0] & 0xfc | 0x02);
        return MacAddress.of(bytes);
    }
}

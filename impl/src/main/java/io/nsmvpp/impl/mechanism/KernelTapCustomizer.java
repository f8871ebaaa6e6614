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
import io.nsmvpp.impl.vpp.TapHandler;
import io.nsmvpp.vpp.client.msg.MacAddress;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.kernel.tap.KernelTap;

/** {@code kernel-tap}: tap_create_v3, which carries the tag itself. */
public final class KernelTapCustomizer extends InterfaceCustomizer<KernelTap> {
    private final TapHandler taps;

    public KernelTapCustomizer(final Bindings bindings, final InterfaceHandler interfaces, final TapHandler taps) {
        super("kernel-tap", bindings, interfaces);
        this.taps = taps;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final KernelTap data, final String tag,
            final WriteContext ctx) {
        final MacAddress mac = data.getMacAddress() == null ? null : MacAddress.parse(data.getMacAddress().getValue());
        final int mtu = data.getMtu() == null ? 0 : data.getMtu().intValue();
        return taps.create(data.requireHostInterfaceName().getValue(), mac, data.getNetns(), mtu, tag)
            .thenApply(index -> {
                ctx.onRevert("tap_delete_v2 " + index + " of " + side, () -> taps.delete(index));
                return new Created(index, "", -1, true);
            });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound,
            final KernelTap data, final WriteContext ctx) {
        return taps.delete(bound.swIfIndex());
    }

    @Override
    protected boolean matches(final KernelTap desired, final KernelTap restored) {
        return desired.requireHostInterfaceName().equals(restored.getHostInterfaceName())
            && (desired.getNetns() == null || desired.getNetns().equals(restored.getNetns()))
            && (desired.getMtu() == null || desired.getMtu().equals(restored.getMtu()))
            && (desired.getMacAddress() == null || desired.getMacAddress().getValue().equalsIgnoreCase(
                restored.getMacAddress() == null ? "" : restored.getMacAddress().getValue()));
    }
}

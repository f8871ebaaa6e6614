/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.ContextKey;
import io.nsmvpp.api.WriteContext;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.VxlanHandler;
import io.nsmvpp.impl.vpp.VxlanHandler.Tunnel;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.vxlan.Vxlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vxlan}: vxlan_add_del_tunnel_v3, then the tag. When no VNI is configured one is allocated that VPP does not
 * hold (its tunnels are dumped once per transaction) and that this agent has not handed out.
 */
public final class VxlanCustomizer extends InterfaceCustomizer<Vxlan> {
    private static final Logger LOG = LoggerFactory.getLogger(VxlanCustomizer.class);
    /** The tunnels VPP holds, dumped once per transaction (the validator reads them too). */
    public static final ContextKey<List<VxlanTunnelV2Details>> TUNNELS = ContextKey.named("vxlan tunnels");
    private static final long MAX_VNI = (1 << 24) - 1;

    private final VxlanHandler vxlan;
    /** The VNIs handed out or found in VPP, and which side was given which. */
    private final Handouts<Long> vnis = new Handouts<>("VNI");
    private long cursor = 1;

    public VxlanCustomizer(final Bindings bindings, final InterfaceHandler interfaces, final VxlanHandler vxlan) {
        super("vxlan", bindings, interfaces);
        this.vxlan = vxlan;
    }

    @Override
    protected String createMessage() {
        return VxlanHandler.CREATE_REQUEST;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final Vxlan data, final String tag,
            final WriteContext ctx) {
        return ctx.cache().get(TUNNELS, vxlan::dump).thenCompose(live -> {
            final long vni = data.getVni() != null ? data.getVni().longValue() : allocate(side, live);
            final var tunnel = tunnel(data, vni);
            intend(tag, tunnel.source().toString(), tunnel.destination().toString(), Long.toString(vni),
                Long.toString(tunnel.encapVrfId()));
            return vxlan.create(tunnel).handle((index, error) -> {
                if (error != null) {
                    // refused (say the VNI is taken now): the next try allocates afresh
                    release(vni);
                    forget(side, vni);
                    throw error instanceof RuntimeException runtime ? runtime
                        : new java.util.concurrent.CompletionException(error);
                }
                ctx.onRevert("vxlan delete vni " + vni + " of " + side, () -> vxlan.delete(tunnel)
                    .thenRun(() -> release(vni)));
                return new Created(index, "", vni, false);
            });
        });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound, final Vxlan data,
            final WriteContext ctx) {
        return vxlan.delete(tunnel(data, bound.handle())).thenRun(() -> {
            release(bound.handle());
            forget(side, bound.handle());
        });
    }

    private static Tunnel tunnel(final Vxlan data, final long vni) {
        return new Tunnel(Addresses.address(data.requireSourceAddress()),
            Addresses.address(data.requireDestinationAddress()), vni,
            data.getEncapVrfId() == null ? 0 : data.getEncapVrfId().longValue());
    }

    /**
     * A VNI for {@code side}: the one it was given before if VPP does not use it (the side is re-created after VPP
     * restarted: its peer still expects that VNI), else the next one that neither VPP nor this agent holds.
     */
    private synchronized long allocate(final SideRef side, final List<VxlanTunnelV2Details> live) {
        final Set<Long> inVpp = new HashSet<>();
        live.forEach(tunnel -> inVpp.add(tunnel.vni()));
        final Long before = vnis.again(side, vni -> !inVpp.contains(vni));
        if (before != null) {
            LOG.info("{}: VNI {} again, as before (its peer expects it)", side, before);
            return before;
        }
        for (long tried = 0; tried < MAX_VNI; tried++) {
            final long vni = cursor;
            cursor = cursor >= MAX_VNI ? 1 : cursor + 1;
            if (!inVpp.contains(vni) && vnis.give(side, vni)) {
                return vni;
            }
        }
        throw new IllegalStateException("no free VXLAN VNI is left");
    }

    private void forget(final SideRef side, final long vni) {
        vnis.forget(side, vni);
    }

    @Override
    protected void deletedUnbound(final SideRef side, final WriteContext ctx) {
        vnis.freeUnbound(side, ctx);
    }

    private void release(final long vni) {
        vnis.release(vni);
    }

    @Override
    protected boolean matches(final Vxlan desired, final Vxlan restored) {
        return Addresses.address(desired.requireSourceAddress()).equals(Addresses.address(
                restored.requireSourceAddress()))
            && Addresses.address(desired.requireDestinationAddress()).equals(Addresses.address(
                restored.requireDestinationAddress()))
            && (desired.getVni() == null || desired.getVni().equals(restored.getVni()))
            && vrf(desired) == vrf(restored);
    }

    private static long vrf(final Vxlan vxlan) {
        return vxlan.getEncapVrfId() == null ? 0 : vxlan.getEncapVrfId().longValue();
    }

    /** Marks a VNI found in VPP as handed out, so that it is never allocated again. */
    public void recover(final long vni) {
        vnis.recover(vni);
    }
}

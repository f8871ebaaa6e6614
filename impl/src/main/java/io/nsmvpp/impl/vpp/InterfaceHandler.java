/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.IpAddressDetails;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** What every VPP interface has, whatever made it: tag, admin state, addresses, details. */
public final class InterfaceHandler {
    private final VppApi vpp;

    public InterfaceHandler(final VppApi vpp) {
        this.vpp = vpp;
    }

    public CompletionStage<Void> setTag(final long swIfIndex, final String tag) {
        return vpp.send(new SwInterfaceTagAddDel(true, swIfIndex, tag)).thenApply(reply -> null);
    }

    public CompletionStage<Void> setAdminUp(final long swIfIndex, final boolean up) {
        return vpp.send(new SwInterfaceSetFlags(swIfIndex, up ? IfStatusFlags.ADMIN_UP : 0)).thenApply(reply -> null);
    }

    public CompletionStage<Void> addAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, true, false, prefix)).thenApply(reply -> null);
    }

    /** Deletes an address this agent added. Never called with a link-local address (it can crash VPP v26.06). */
    public CompletionStage<Void> deleteAddress(final long swIfIndex, final Prefix prefix) {
        return vpp.send(new SwInterfaceAddDelAddress(swIfIndex, false, false, prefix)).thenApply(reply -> null);
    }

    /** The interface's details, or empty when VPP has no interface at that index. */
    public CompletionStage<Optional<SwInterfaceDetails>> details(final long swIfIndex) {
        return vpp.dump(new SwInterfaceDump(swIfIndex, false, ""))
            .thenApply(rows -> rows.stream().filter(row -> row.swIfIndex() == swIfIndex).findFirst());
    }

    /**
     * Whether VPP still has an interface at {@code swIfIndex} carrying {@code tag}: an index whose interface is gone,
     * or that someone re-tagged, is not ours to touch any more.
     */
    public CompletionStage<Boolean> carries(final long swIfIndex, final String tag) {
        return details(swIfIndex).thenApply(row -> row.isPresent() && tag.equals(row.orElseThrow().tag()));
    }

    /** Every interface. */
    public CompletionStage<List<SwInterfaceDetails>> dumpAll() {
        return vpp.dump(SwInterfaceDump.all());
    }

    /** The addresses of one interface, of one family. */
    public CompletionStage<List<IpAddressDetails>> addresses(final long swIfIndex, final boolean ip6) {
        return vpp.dump(new IpAddressDump(swIfIndex, ip6));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.vpp;

import io.nsmvpp.api.WriteContext;
import io.nsmvpp.vpp.client.msg.IpAddressDetails;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;

/** What every VPP interface has, whatever made it: tag, admin state, addresses, details. */
public interface InterfaceHandler {
    /**
     * An interface as a reconciliation pass's dumps showed it moments ago: its details and its addresses (ip4, then
     * ip6, as the per-family dumps list them).
     */
    record Reading(@Nullable SwInterfaceDetails details, List<Prefix> addresses) {
    }

    CompletionStage<Void> setTag(long swIfIndex, String tag);

    CompletionStage<Void> setAdminUp(long swIfIndex, boolean up);

    CompletionStage<Void> addAddress(long swIfIndex, Prefix prefix);

    /** Deletes an address this agent added. Never called with a link-local address (it can crash VPP v26.06). */
    CompletionStage<Void> deleteAddress(long swIfIndex, Prefix prefix);

    /** The interface's details, or empty when VPP has no interface at that index. */
    CompletionStage<Optional<SwInterfaceDetails>> details(long swIfIndex);

    /**
     * Whether VPP still has an interface at {@code swIfIndex} carrying {@code tag}: an index whose interface is gone,
     * or that someone re-tagged, is not ours to touch any more.
     */
    CompletionStage<Boolean> carries(long swIfIndex, String tag);

    /**
     * The details of {@code swIfIndex} as this transaction first read them: the cross-connect, the side and the
     * mechanism of one connection all check its interfaces before deleting, and one dump serves them all.
     */
    CompletionStage<Optional<SwInterfaceDetails>> cachedDetails(WriteContext ctx,
            long swIfIndex);

    /** {@link #carries(long, String)}, read through the transaction's cache. */
    CompletionStage<Boolean> cachedCarries(WriteContext ctx, long swIfIndex, String tag);

    /** Drops a cached reading: the interface was deleted (and VPP may reuse its index). */
    void forget(WriteContext ctx, long swIfIndex);

    /** Readings a reconciliation pass took of the interfaces it found (replaces earlier ones). */
    void preload(Map<Long, Reading> readings);

    /** Drops every preloaded reading: the pass is over, later transactions read VPP themselves. */
    void clearPreloaded();

    /** Drops the preloaded reading of one interface (it is being replaced, not adopted). */
    void release(long swIfIndex);

    /**
     * {@link #carries(long, String)} for the adoption of an interface found by this reconciliation pass: answered by
     * the pass's reading when there is one (left in place for {@link #adoptedReading}), by a dump otherwise.
     */
    CompletionStage<Boolean> carriesFound(long swIfIndex, String tag);

    /**
     * The details and addresses of an adopted interface: the pass's reading, used once, or three dumps (details, ip4
     * and ip6 addresses) when there is none.
     */
    CompletionStage<Reading> adoptedReading(long swIfIndex);

    /** Every interface. */
    CompletionStage<List<SwInterfaceDetails>> dumpAll();

    /** The addresses of one interface, of one family. */
    CompletionStage<List<IpAddressDetails>> addresses(long swIfIndex, boolean ip6);

    /** The handler that sends these calls to VPP through {@code vpp}. */
    static InterfaceHandler of(final VppApi vpp) {
        return new VppInterfaceHandler(vpp);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.vpp.client.msg.AfPacketDump;
import io.nsmvpp.vpp.client.msg.IpAddressDetails;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Details;
import io.nsmvpp.vpp.client.msg.SwInterfaceTapV2Dump;
import io.nsmvpp.vpp.client.msg.VppDump;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Details;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDetails;
import io.nsmvpp.vpp.client.msg.WireguardInterfaceDump;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What VPP holds, as one reconciliation pass sees it: every dump it needs, taken once and pipelined, indexed by
 * {@code sw_if_index}. Addresses are dumped only for interfaces carrying an nsm-vpp tag (both families of every such
 * interface in flight at once: VPP v26.06 answers {@code ip_address_dump} for {@code sw_if_index = ~0} with nothing).
 * A plugin VPP does not load simply contributes nothing. Every tag is parsed once, into {@link #tagged()}.
 */
public record VppInventory(Map<Long, SwInterfaceDetails> interfaces, Map<Long, MemifDetails> memifs,
        Map<Long, String> memifSockets, Map<Long, VxlanTunnelV2Details> vxlans,
        Map<Long, WireguardInterfaceDetails> wireguards, Map<Long, WireguardPeersDetails> peers,
        Map<Long, String> afPackets, Map<Long, SwInterfaceTapV2Details> taps, Map<Long, Long> l2xc,
        Map<Long, List<L3xcDetails>> l3xc, Map<Long, List<Prefix>> addresses, Map<Long, NsmTag> tagged) {
    private static final Logger LOG = LoggerFactory.getLogger(VppInventory.class);
    private static final long ANY = 0xFFFF_FFFFL;

    /** Dumps VPP; {@code addressesOf} picks the interfaces whose addresses are wanted. */
    public static CompletionStage<VppInventory> load(final VppApi vpp,
            final Predicate<SwInterfaceDetails> addressesOf) {
        return loadWith(vpp, (row, tag) -> addressesOf.test(row));
    }

    /** Dumps VPP; {@code addressesOf} picks, by their parsed tags, the tagged interfaces whose addresses are wanted. */
    public static CompletionStage<VppInventory> loadTagged(final VppApi vpp, final Predicate<NsmTag> addressesOf) {
        return loadWith(vpp, (row, tag) -> tag != null && addressesOf.test(tag));
    }

    /** Picks interfaces by their row and their parsed tag (null when the row carries no nsm-vpp tag). */
    @FunctionalInterface
    private interface RowFilter {
        boolean test(SwInterfaceDetails row, NsmTag tag);
    }

    private static CompletionStage<VppInventory> loadWith(final VppApi vpp, final RowFilter addressesOf) {
        final var interfaces = vpp.dump(SwInterfaceDump.all());
        final var memifs = optional(vpp, new MemifDump());
        final var sockets = optional(vpp, new MemifSocketFilenameDump());
        final var vxlans = optional(vpp, new VxlanTunnelV2Dump(ANY));
        final var wireguards = optional(vpp, new WireguardInterfaceDump(true, ANY));
        final var peers = optional(vpp, new WireguardPeersDump(ANY));
        final var afPackets = optional(vpp, new AfPacketDump());
        final var taps = optional(vpp, new SwInterfaceTapV2Dump(ANY));
        final var l2xc = vpp.dump(new L2XconnectDump());
        final var l3xc = optional(vpp, new L3xcDump(ANY));
        return interfaces.thenCompose(rows -> {
            final List<CompletableFuture<List<IpAddressDetails>>> addressDumps = new ArrayList<>();
            final Map<Long, NsmTag> tags = new HashMap<>();
            for (SwInterfaceDetails row : rows) {
                final NsmTag tag = row.tag().isEmpty() ? null : TagCodec.parse(row.tag()).orElse(null);
                if (tag != null) {
                    tags.put(row.swIfIndex(), tag);
                }
                if (addressesOf.test(row, tag)) {
                    addressDumps.add(vpp.dump(new IpAddressDump(row.swIfIndex(), false)).toCompletableFuture());
                    addressDumps.add(vpp.dump(new IpAddressDump(row.swIfIndex(), true)).toCompletableFuture());
                }
            }
            return CompletableFuture.allOf(memifs, sockets, vxlans, wireguards, peers, afPackets, taps,
                    l2xc.toCompletableFuture(), l3xc)
                .thenCompose(ignored -> CompletableFuture.allOf(addressDumps.toArray(CompletableFuture[]::new)))
                .thenApply(ignored -> {
                    final Map<Long, List<Prefix>> addresses = new HashMap<>();
                    addressDumps.forEach(dump -> dump.join().forEach(address -> addresses.computeIfAbsent(
                        address.swIfIndex(), k -> new ArrayList<>()).add(address.prefix())));
                    final Map<Long, String> socketFiles = new HashMap<>();
                    sockets.join().forEach(row -> socketFiles.put(row.socketId(), row.socketFilename()));
                    final Map<Long, Long> l2 = new HashMap<>();
                    l2xc.toCompletableFuture().join().forEach(row -> l2.put(row.rxSwIfIndex(), row.txSwIfIndex()));
                    final Map<Long, List<L3xcDetails>> l3 = new HashMap<>();
                    l3xc.join().forEach(row -> l3.computeIfAbsent(row.l3xc().swIfIndex(), k -> new ArrayList<>())
                        .add(row));
                    final Map<Long, WireguardPeersDetails> peerBySide = new HashMap<>();
                    peers.join().forEach(row -> peerBySide.put(row.peer().swIfIndex(), row));
                    final Map<Long, String> hosts = new HashMap<>();
                    afPackets.join().forEach(row -> hosts.put(row.swIfIndex(), row.hostIfName()));
                    return new VppInventory(index(rows, SwInterfaceDetails::swIfIndex),
                        index(memifs.join(), MemifDetails::swIfIndex), socketFiles,
                        index(vxlans.join(), VxlanTunnelV2Details::swIfIndex),
                        index(wireguards.join(), row -> row.iface().swIfIndex()), peerBySide, hosts,
                        index(taps.join(), SwInterfaceTapV2Details::swIfIndex), l2, l3, addresses, tags);
                });
        });
    }

    /** Interfaces tagged by nsm-vpp, with their parsed tags. */
    @Override
    public Map<Long, NsmTag> tagged() {
        return Collections.unmodifiableMap(tagged);
    }

    private static <D extends VppMessage> CompletableFuture<List<D>> optional(final VppApi vpp,
            final VppDump<D> dump) {
        return vpp.dump(dump).toCompletableFuture().exceptionally(error -> {
            LOG.debug("{} unavailable, taken as empty", dump.type().name(), error);
            return List.of();
        });
    }

    private static <T> Map<Long, T> index(final List<T> rows, final Function<T, Long> key) {
        final Map<Long, T> result = new HashMap<>();
        rows.forEach(row -> result.put(key.apply(row), row));
        return result;
    }
}

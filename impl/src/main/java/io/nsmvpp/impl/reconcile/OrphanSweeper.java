/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import io.nsmvpp.impl.engine.CreateJournal;
import io.nsmvpp.impl.vpp.AfPacketHandler;
import io.nsmvpp.impl.vpp.LoopbackHandler;
import io.nsmvpp.impl.vpp.MemifHandler;
import io.nsmvpp.impl.vpp.VppApi;
import io.nsmvpp.impl.vpp.VxlanHandler;
import io.nsmvpp.impl.vpp.WireguardHandler;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the interfaces whose creates were cut short before their tag was set (a killed agent's, or a running
 * agent's that lost VPP or its reply in that moment), as the {@link CreateJournal} describes them:
 * an untagged interface (only an untagged one: a tagged one is the reconciler's) whose identity is the intent's.
 * <ul>
 *   <li>loopback: its MAC (nsm-vpp gives each loopback one, random and locally administered, unless configured);</li>
 *   <li>memif: the socket file, and once known its socket id and memif id; a socket id on that file that no memif
 *       uses any more is removed too (the killed agent had registered it);</li>
 *   <li>af-packet: the host interface;</li>
 *   <li>vxlan: source, destination, VNI and encap VRF;</li>
 *   <li>wireguard: the listen port;</li>
 *   <li>kernel-tap: none, its create message carries the tag.</li>
 * </ul>
 */
final class OrphanSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);

    private final LoopbackHandler loopbacks;
    private final MemifHandler memifs;
    private final AfPacketHandler afPackets;
    private final VxlanHandler vxlans;
    private final WireguardHandler wireguards;
    private final Predicate<Long> socketInUse;

    /**
     * Creates a sweeper.
     *
     * @param vpp the VPP to delete from
     * @param socketInUse whether this agent uses a memif socket id now (it is then not removed)
     */
    OrphanSweeper(final VppApi vpp, final Predicate<Long> socketInUse) {
        loopbacks = LoopbackHandler.of(vpp);
        memifs = MemifHandler.of(vpp);
        afPackets = AfPacketHandler.of(vpp);
        vxlans = VxlanHandler.of(vpp);
        wireguards = WireguardHandler.of(vpp);
        this.socketInUse = socketInUse;
    }

    /** Deletes what {@code intents} left behind in {@code inventory}; the stage holds how many interfaces. */
    CompletionStage<Integer> sweep(final List<CreateJournal.Intent> intents, final VppInventory inventory) {
        final List<CompletableFuture<?>> all = new ArrayList<>();
        final Set<Long> gone = new HashSet<>();
        final Set<String> memifFiles = new HashSet<>();
        for (CreateJournal.Intent intent : intents) {
            if ("memif".equals(intent.kind())) {
                memifFiles.add(intent.identity().get(0));
            }
            final Optional<Long> orphan = inventory.interfaces().values().stream()
                .filter(row -> row.tag().isEmpty() && !gone.contains(row.swIfIndex()))
                .map(SwInterfaceDetails::swIfIndex)
                .filter(index -> identifies(intent, index, inventory))
                .findFirst();
            if (orphan.isEmpty()) {
                LOG.info("the {} create for {} that was cut short left nothing untagged in VPP",
                    intent.kind(), intent.tag());
                continue;
            }
            final long index = orphan.orElseThrow();
            gone.add(index);
            LOG.info("deleting untagged {} sw_if_index {} ({}): created for {}, and the create was cut short (the "
                + "agent stopped, or VPP went away or did not answer) before it was tagged", intent.kind(), index,
                inventory.interfaces().get(index).interfaceName(), intent.tag());
            all.add(delete(intent, index, inventory).toCompletableFuture());
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
            .thenCompose(ignored -> unusedSockets(memifFiles, inventory, gone))
            .thenApply(ignored -> gone.size());
    }

    private static boolean identifies(final CreateJournal.Intent intent, final long index,
            final VppInventory inventory) {
        final List<String> id = intent.identity();
        return switch (intent.kind()) {
            case "loopback" -> id.size() == 1
                && id.get(0).equals(inventory.interfaces().get(index).l2Address().toString())
                && inventory.interfaces().get(index).interfaceName().startsWith("loop");
            case "memif" -> id.size() == 3 && Optional.ofNullable(inventory.memifs().get(index))
                .filter(row -> Long.toString(row.socketId()).equals(id.get(1))
                    && Long.toString(row.id()).equals(id.get(2))).isPresent();
            case "af-packet" -> id.size() == 1 && id.get(0).equals(inventory.afPackets().get(index));
            case "vxlan" -> id.size() == 4 && Optional.ofNullable(inventory.vxlans().get(index))
                .filter(row -> row.srcAddress().toString().equals(id.get(0))
                    && row.dstAddress().toString().equals(id.get(1)) && Long.toString(row.vni()).equals(id.get(2))
                    && Long.toString(row.encapVrfId()).equals(id.get(3))).isPresent();
            case "wireguard" -> id.size() == 1 && Optional.ofNullable(inventory.wireguards().get(index))
                .filter(row -> Integer.toString(row.iface().port()).equals(id.get(0))).isPresent();
            default -> false;
        };
    }

    private CompletionStage<Void> delete(final CreateJournal.Intent intent, final long index,
            final VppInventory inventory) {
        final Supplier<CompletionStage<Void>> delete = switch (intent.kind()) {
            case "loopback" -> () -> loopbacks.delete(index);
            case "memif" -> () -> memifs.delete(index);
            case "af-packet" -> () -> afPackets.delete(inventory.afPackets().get(index));
            case "vxlan" -> {
                final var row = inventory.vxlans().get(index);
                yield () -> vxlans.delete(new VxlanHandler.Tunnel(row.srcAddress(),
                    row.dstAddress(), row.vni(), row.encapVrfId()));
            }
            case "wireguard" -> () -> wireguards.deleteInterface(index);
            default -> throw new IllegalStateException("no way to delete a " + intent.kind());
        };
        return delete.get();
    }

    /** Removes the socket ids on {@code files} that no memif uses any more and this agent does not use. */
    private CompletionStage<Void> unusedSockets(final Set<String> files, final VppInventory inventory,
            final Set<Long> gone) {
        final Set<Long> used = new HashSet<>();
        inventory.memifs().forEach((index, row) -> {
            if (!gone.contains(index)) {
                used.add(row.socketId());
            }
        });
        final List<CompletableFuture<?>> all = new ArrayList<>();
        for (Map.Entry<Long, String> socket : inventory.memifSockets().entrySet()) {
            final long socketId = socket.getKey();
            if (socketId != 0 && files.contains(socket.getValue()) && !used.contains(socketId)
                    && !socketInUse.test(socketId)) {
                LOG.info("removing memif socket id {} ({}): registered for a memif whose create was cut short before "
                    + "it was tagged, and no memif uses it", socketId, socket.getValue());
                all.add(memifs.deleteSocket(socketId).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }
}

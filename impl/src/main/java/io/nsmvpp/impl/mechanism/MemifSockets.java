/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.impl.vpp.MemifHandler;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * memif socket files, registered with VPP once and shared by reference count: the first memif on a file registers
 * it, the last one to go removes it. Each file also keeps the memif ids in use on it, to allocate free ones.
 */
public final class MemifSockets {
    private static final Logger LOG = LoggerFactory.getLogger(MemifSockets.class);

    private static final class Entry {
        final CompletableFuture<Long> socketId;
        final Set<Long> ids = new HashSet<>();
        int users;

        Entry(final CompletableFuture<Long> socketId) {
            this.socketId = socketId;
        }
    }

    private final MemifHandler memif;
    private final Map<String, Entry> files = new HashMap<>();
    private static final long ANY_SOCKET = 0xFFFF_FFFFL;

    public MemifSockets(final MemifHandler memif) {
        this.memif = memif;
    }

    /**
     * Takes a reference on {@code file}, registering it when it is new under a socket id VPP chooses (socket id ~0
     * asks VPP for a free one, so no dump of VPP's socket files is needed and no other forwarder's id is taken).
     *
     * @return the socket id
     */
    public synchronized CompletionStage<Long> acquire(final String file) {
        final Entry existing = files.get(file);
        if (existing != null) {
            existing.users++;
            return existing.socketId;
        }
        final var entry = new Entry(new CompletableFuture<>());
        entry.users = 1;
        files.put(file, entry);
        memif.addSocket(ANY_SOCKET, file).whenComplete((socketId, error) -> {
            if (error != null) {
                synchronized (this) {
                    files.remove(file, entry);
                }
                entry.socketId.completeExceptionally(error);
            } else {
                LOG.info("registered memif socket file {} as socket id {}", file, socketId);
                entry.socketId.complete(socketId);
            }
        });
        return entry.socketId;
    }

    /** Drops a reference; the last one removes the socket file from VPP. */
    public CompletionStage<Void> release(final String file) {
        final Entry entry;
        synchronized (this) {
            entry = files.get(file);
            if (entry == null || --entry.users > 0) {
                return CompletableFuture.completedFuture(null);
            }
            files.remove(file);
        }
        return entry.socketId.thenCompose(socketId -> memif.deleteSocket(socketId)
            .thenRun(() -> LOG.info("removed memif socket file {} (socket id {}): its last memif is gone", file,
                socketId)));
    }

    /**
     * Reserves a memif id on {@code file}: {@code wanted} when given (even if taken: VPP then refuses with -68),
     * else the lowest free one.
     */
    public synchronized long reserveId(final String file, final Long wanted) {
        final Entry entry = files.get(file);
        if (entry == null) {
            throw new IllegalStateException("no reference on " + file);
        }
        long id = wanted == null ? 0 : wanted;
        if (wanted == null) {
            while (entry.ids.contains(id)) {
                id++;
            }
        }
        entry.ids.add(id);
        return id;
    }

    /** Frees a memif id on {@code file}. */
    public synchronized void freeId(final String file, final long id) {
        final Entry entry = files.get(file);
        if (entry != null) {
            entry.ids.remove(id);
        }
    }

    /** How many memifs use {@code file}, for tests and operational state. */
    public synchronized int users(final String file) {
        final Entry entry = files.get(file);
        return entry == null ? 0 : entry.users;
    }

    /**
     * Counts a memif found in VPP on {@code file} (socket {@code socketId}) as a user, keeping its id reserved. A memif
     * already counted (its id is reserved: a pass found it before, or this agent made it) is not counted again, so
     * that passes never inflate the count and the file is removed with its last memif.
     */
    public synchronized void recover(final String file, final long socketId, final long memifId) {
        final Entry entry = files.computeIfAbsent(file, key -> new Entry(CompletableFuture.completedFuture(socketId)));
        if (entry.ids.add(memifId)) {
            entry.users++;
        }
    }

    /**
     * Forgets the files that VPP no longer has registered under their socket id, as a pass found it
     * ({@code registered}: socket id to file): after a VPP restart nothing is, and the next memif on a file must
     * register it again instead of naming a socket id VPP does not know (memif_create_v2 then fails with -73). A
     * registration still in flight is kept.
     */
    public synchronized void resync(final Map<Long, String> registered) {
        files.entrySet().removeIf(file -> {
            final CompletableFuture<Long> socketId = file.getValue().socketId;
            if (!socketId.isDone()) {
                return false;
            }
            final boolean gone = socketId.isCompletedExceptionally()
                || !file.getKey().equals(registered.get(socketId.join()));
            if (gone) {
                LOG.info("memif socket file {} is no longer registered in VPP (VPP restarted?): registered again by "
                    + "its next memif", file.getKey());
            }
            return gone;
        });
    }

    /**
     * Whether a file this agent holds a reference on is registered as {@code socketId}; while a registration is in
     * flight, any socket id may be it.
     */
    public synchronized boolean uses(final long socketId) {
        return files.values().stream().anyMatch(entry -> !entry.socketId.isDone()
            || !entry.socketId.isCompletedExceptionally() && entry.socketId.join() == socketId);
    }
}

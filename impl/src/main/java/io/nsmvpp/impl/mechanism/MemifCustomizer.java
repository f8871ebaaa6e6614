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
import io.nsmvpp.impl.vpp.MemifHandler;
import io.nsmvpp.vpp.client.msg.MemifMode;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif.Memif;

/**
 * {@code memif}: the socket file (shared by reference count), memif_create_v2 with a free id when none is given,
 * then the tag. Only ethernet and ip modes exist in the model, and the handler refuses any other.
 */
public final class MemifCustomizer extends InterfaceCustomizer<Memif> {
    private final MemifHandler memif;
    private final MemifSockets sockets;

    public MemifCustomizer(final Bindings bindings, final InterfaceHandler interfaces, final MemifHandler memif,
            final MemifSockets sockets) {
        super("memif", bindings, interfaces);
        this.memif = memif;
        this.sockets = sockets;
    }

    @Override
    protected String createMessage() {
        return MemifHandler.CREATE_REQUEST;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final Memif data, final String tag,
            final WriteContext ctx) {
        final String file = data.requireSocketFile().getValue();
        final boolean master = "master".equals(role(data));
        final long mode = "ethernet".equals(mode(data)) ? MemifMode.ETHERNET : MemifMode.IP;
        final long ring = data.getRingSize() == null ? 0 : data.getRingSize().longValue();
        final int buffer = data.getBufferSize() == null ? 0 : data.getBufferSize().intValue();
        final Long wanted = data.getId() == null ? null : data.getId().longValue();
        intend(tag, file);
        return sockets.acquire(file).thenCompose(socketId -> {
            ctx.onRevert("release memif socket file " + file + " of " + side, () -> sockets.release(file));
            final long id = sockets.reserveId(file, wanted);
            intend(tag, file, Long.toString(socketId), Long.toString(id));
            return memif.create(master, mode, id, socketId, ring, buffer).handle((index, error) -> {
                if (error != null) {
                    sockets.freeId(file, id);
                    throw error instanceof RuntimeException runtime ? runtime
                        : new java.util.concurrent.CompletionException(error);
                }
                ctx.onRevert("memif_delete " + index + " of " + side, () -> memif.delete(index)
                    .thenRun(() -> sockets.freeId(file, id)));
                return new Created(index, file, id, false);
            });
        });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound, final Memif data,
            final WriteContext ctx) {
        return memif.delete(bound.swIfIndex()).thenCompose(ignored -> {
            sockets.freeId(bound.detail(), bound.handle());
            return sockets.release(bound.detail());
        });
    }

    @Override
    protected boolean matches(final Memif desired, final Memif restored) {
        return desired.requireSocketFile().equals(restored.getSocketFile())
            && Objects.equals(role(desired), role(restored)) && Objects.equals(mode(desired), mode(restored))
            && (desired.getId() == null || desired.getId().equals(restored.getId()));
    }

    private static String role(final Memif memif) {
        return memif.getRole() == null ? "master" : memif.getRole();
    }

    private static String mode(final Memif memif) {
        return memif.getMode() == null ? "ethernet" : memif.getMode();
    }

    /** Counts a memif found in VPP as a user of its socket file, so the file stays while it is used. */
    public void recover(final String file, final long socketId, final long memifId) {
        sockets.recover(file, socketId, memifId);
    }

    /** Forgets the socket files VPP no longer has registered ({@link MemifSockets#resync}). */
    public void resync(final java.util.Map<Long, String> registered) {
        sockets.resync(registered);
    }

    /** Whether socket id {@code socketId} is one this agent registered or found and still uses. */
    public boolean usesSocket(final long socketId) {
        return sockets.uses(socketId);
    }
}

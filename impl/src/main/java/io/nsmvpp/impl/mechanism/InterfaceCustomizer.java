/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.TransactionContext;
import io.nsmvpp.api.WriteContext;
import io.nsmvpp.api.WriteCustomizer;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.EngineKeys;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every mechanism customizer shares: the tag, written at creation or right after it in the same reverted unit;
 * the binding of the side to its interface; and the tag re-check before a delete, so that an index another agent or
 * an operator re-tagged is never deleted. Subclasses only make and remove their kind of interface, and register an
 * undo step for everything they make.
 *
 * @param <D> the mechanism container's binding type
 */
public abstract class InterfaceCustomizer<D extends DataObject> implements WriteCustomizer<D> {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceCustomizer.class);

    /** What a subclass created. */
    protected record Created(long swIfIndex, String detail, long handle, boolean tagged) {
        public static Created untagged(final long swIfIndex) {
            return new Created(swIfIndex, "", -1, false);
        }
    }

    protected final Bindings bindings;
    protected final InterfaceHandler interfaces;
    private final String kind;

    protected InterfaceCustomizer(final String kind, final Bindings bindings, final InterfaceHandler interfaces) {
        this.kind = kind;
        this.bindings = bindings;
        this.interfaces = interfaces;
    }

    /**
     * Creates the interface. Register an undo step in {@code ctx} for everything created, as soon as it exists.
     *
     * @param tag the tag to give it, when the create message has a tag field
     */
    protected abstract CompletionStage<Created> createInterface(SideRef side, D data, String tag, WriteContext ctx);

    /** Deletes the interface and whatever it alone used (a memif socket file, ...). */
    protected abstract CompletionStage<Void> deleteInterface(SideRef side, BoundInterface bound, D data,
        WriteContext ctx);

    @Override
    public final CompletionStage<Void> create(final DataObjectIdentifier<D> id, final D after, final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var settings = EngineKeys.settings(ctx);
        final String tag = TagCodec.encode(new NsmTag(settings.forwarderName(), side.side(), side.connectionId()));
        return createInterface(side, after, tag, ctx).thenCompose(created -> {
            final var bound = new BoundInterface(created.swIfIndex(), tag, kind, created.detail(), created.handle());
            bindings.put(side, bound);
            ctx.onRevert("forget " + kind + " sw_if_index " + created.swIfIndex() + " of " + side, () -> {
                bindings.remove(side, bound);
                return CompletableFuture.completedFuture(null);
            });
            final CompletionStage<Void> tagged = created.tagged() ? CompletableFuture.completedFuture(null)
                : interfaces.setTag(created.swIfIndex(), tag);
            return tagged.thenRun(() -> LOG.info("created {} sw_if_index {} for {} (tag {})", kind,
                created.swIfIndex(), side, tag));
        });
    }

    @Override
    public final CompletionStage<Void> delete(final DataObjectIdentifier<D> id, final D before,
            final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var found = bindings.get(side);
        if (found.isEmpty()) {
            LOG.info("{} of {}: no VPP interface is bound to it, nothing to delete", kind, side);
            return CompletableFuture.completedFuture(null);
        }
        final BoundInterface bound = found.orElseThrow();
        return interfaces.details(bound.swIfIndex()).thenCompose(details -> {
            if (details.isEmpty()) {
                LOG.info("{} sw_if_index {} of {} is already gone from VPP", kind, bound.swIfIndex(), side);
                bindings.remove(side, bound);
                return CompletableFuture.completedFuture(null);
            }
            if (!bound.tag().equals(details.orElseThrow().tag())) {
                LOG.warn("not deleting sw_if_index {} of {}: its tag is now '{}', not ours ('{}')", bound.swIfIndex(),
                    side, details.orElseThrow().tag(), bound.tag());
                bindings.remove(side, bound);
                return CompletableFuture.completedFuture(null);
            }
            return deleteInterface(side, bound, before, ctx).thenRun(() -> {
                bindings.remove(side, bound);
                LOG.info("deleted {} sw_if_index {} of {}", kind, bound.swIfIndex(), side);
                final var settings = EngineKeys.settings(ctx);
                ctx.onRevert("re-create " + kind + " of " + side, () -> {
                    final var scratch = new TransactionContext();
                    scratch.put(EngineKeys.SETTINGS, settings);
                    return create(id, before, scratch);
                });
            });
        });
    }
}

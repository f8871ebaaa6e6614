/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.Stages;
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
import java.util.concurrent.atomic.AtomicLong;
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
    /** What a create made, when VPP refused the create request itself: nothing. */
    private static final long REFUSED = -2;

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
     * Unless the create message carries the tag, call {@link #intend} before sending it, so that an agent killed
     * before the tag is set leaves no interface no one can tell is ours.
     *
     * @param tag the tag to give it, when the create message has a tag field
     */
    protected abstract CompletionStage<Created> createInterface(SideRef side, D data, String tag, WriteContext ctx);

    /**
     * The request that creates this kind of interface ({@code create_loopback}, ...): VPP refusing it with an error
     * retval made nothing, so the create's journal intent is closed instead of left to a sweep. Null when the kind
     * keeps no intent.
     */
    protected @org.eclipse.jdt.annotation.Nullable String createMessage() {
        return null;
    }

    /**
     * Records in the create journal that the interface for {@code tag} is about to be created, and what identifies
     * it before it carries the tag (see {@code OrphanSweeper} for what each mechanism's identity is).
     */
    protected final void intend(final String tag, final String... identity) {
        bindings.journal().begin(tag, kind, identity);
    }

    /**
     * The side is deleted while VPP holds nothing of it (VPP restarted and the side was not created again yet, or
     * its interface is already gone): forget what is kept for the side alone. Nothing by default.
     */
    protected void deletedUnbound(final SideRef side, final WriteContext ctx) {
        // most mechanisms keep nothing per side beyond the binding
    }

    /** Deletes the interface and whatever it alone used (a memif socket file, ...). */
    protected abstract CompletionStage<Void> deleteInterface(SideRef side, BoundInterface bound, D data,
        WriteContext ctx);

    /**
     * Whether an interface found in VPP, described as {@code restored}, already is what {@code desired} asks for, so
     * that it can be adopted. Leaves the configuration does not set match anything; the default compares all.
     */
    protected boolean matches(final D desired, final D restored) {
        return desired.equals(restored);
    }

    /**
     * A restored entry spells out what VPP chose (a memif id, a VNI, a listen port); a forwarder's refresh that
     * leaves those unset asks for the same interface, so it must neither delete nor create anything.
     */
    @Override
    public boolean isEquivalent(final D before, final D after) {
        return before.equals(after) || matches(after, before);
    }

    /** The mechanism's name, as logs and bindings say it. */
    public final String kindName() {
        return kind;
    }

    @Override
    public final CompletionStage<Void> create(final DataObjectIdentifier<D> id, final D after, final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var settings = EngineKeys.settings(ctx);
        final String tag = TagCodec.encode(new NsmTag(settings.forwarderName(), side.side(), side.connectionId()));
        final var found = bindings.get(side).filter(bound -> bound.restored() != null);
        if (found.isEmpty()) {
            return createNew(side, after, tag, ctx);
        }
        final BoundInterface restored = found.orElseThrow();
        return interfaces.carriesFound(restored.swIfIndex(), restored.tag()).thenCompose(present -> {
            if (!present) {
                interfaces.release(restored.swIfIndex());
                LOG.info("{}: the {} found in VPP at sw_if_index {} is gone; creating a new one", side, kind,
                    restored.swIfIndex());
                bindings.remove(side, restored);
                return createNew(side, after, tag, ctx);
            }
            @SuppressWarnings("unchecked")
            final D described = (D) restored.restored();
            if (restored.kind().equals(kind) && matches(after, described)) {
                return adopt(side, restored, tag, ctx);
            }
            interfaces.release(restored.swIfIndex());
            LOG.info("{}: VPP holds {} sw_if_index {} as {}, the configuration asks for {} {}; deleting and "
                + "re-creating it", side, restored.kind(), restored.swIfIndex(), described, kind, after);
            return deleteFound(side, restored).thenCompose(ignored -> createNew(side, after, tag, ctx));
        });
    }

    private CompletionStage<Void> adopt(final SideRef side, final BoundInterface restored, final String tag,
            final WriteContext ctx) {
        final BoundInterface adopted = restored.adopted(tag);
        bindings.put(side, adopted);
        ctx.onRevert("un-adopt sw_if_index " + restored.swIfIndex() + " of " + side, () -> {
            bindings.put(side, restored);
            bindings.countAdopted(-1);
            return CompletableFuture.completedFuture(null);
        });
        EngineKeys.markAdopted(ctx, side);
        bindings.countAdopted(1);
        bindings.markAdopted(side, true);
        if (tag.equals(restored.tag())) {
            LOG.debug("adopted {} sw_if_index {} for {}: VPP already holds it as configured, nothing sent", kind,
                restored.swIfIndex(), side);
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("adopted {} sw_if_index {} for {} from a renamed forwarder: re-tagging '{}' as '{}'", kind,
            restored.swIfIndex(), side, restored.tag(), tag);
        return interfaces.setTag(restored.swIfIndex(), tag).thenRun(() -> ctx.onRevert("tag " + restored.swIfIndex()
            + " back to " + restored.tag(), () -> interfaces.setTag(restored.swIfIndex(), restored.tag())));
    }

    /** Deletes an interface found in VPP whose mechanism or attributes differ from the configuration. */
    @SuppressWarnings("unchecked")
    private CompletionStage<Void> deleteFound(final SideRef side, final BoundInterface restored) {
        bindings.remove(side, restored);
        final var scratch = new TransactionContext();
        return deleterFor(restored).apply(side, restored, scratch);
    }

    /**
     * How to delete an interface of another kind found in VPP: the customizer of that kind knows. The engine wires
     * every mechanism customizer into {@link #deleters}.
     */
    private InterfaceDeleter deleterFor(final BoundInterface restored) {
        final InterfaceDeleter deleter = deleters.get(restored.kind());
        if (deleter == null) {
            throw new IllegalStateException("no customizer deletes " + restored.kind());
        }
        return deleter;
    }

    /** Deletes one kind of interface found in VPP. */
    @FunctionalInterface
    public interface InterfaceDeleter {
        CompletionStage<Void> apply(SideRef side, BoundInterface bound, WriteContext ctx);
    }

    /** This customizer's way of deleting an interface of its kind found in VPP, for the others to use. */
    @SuppressWarnings("unchecked")
    public final InterfaceDeleter deleter() {
        return (side, bound, ctx) -> deleteInterface(side, bound, (D) bound.restored(), ctx);
    }

    /** Every mechanism's deleter, by kind; set once by the engine. */
    public final void useDeleters(final java.util.Map<String, InterfaceDeleter> all) {
        deleters = java.util.Map.copyOf(all);
    }

    private java.util.Map<String, InterfaceDeleter> deleters = java.util.Map.of();

    private CompletionStage<Void> createNew(final SideRef side, final D after, final String tag,
            final WriteContext ctx) {
        final AtomicLong made = new AtomicLong(-1);
        // replayed last, after the undo of whatever the create made
        ctx.onRevert("settle the create intent of " + side, () -> settleIntent(tag, made.get()));
        return createInterface(side, after, tag, ctx).whenComplete((created, error) -> {
            if (error != null && refusedCreate(error)) {
                made.set(REFUSED);
            }
        }).thenCompose(created -> {
            made.set(created.swIfIndex());
            final var bound = new BoundInterface(created.swIfIndex(), tag, kind, created.detail(), created.handle());
            bindings.put(side, bound);
            bindings.markAdopted(side, false);
            bindings.countCreated(1);
            ctx.onRevert("forget " + kind + " sw_if_index " + created.swIfIndex() + " of " + side, () -> {
                bindings.remove(side, bound);
                bindings.countCreated(-1);
                return CompletableFuture.completedFuture(null);
            });
            final CompletionStage<Void> tagged = created.tagged() ? CompletableFuture.completedFuture(null)
                : interfaces.setTag(created.swIfIndex(), tag);
            return tagged.thenRun(() -> {
                // from now on the tag says whose it is
                bindings.journal().end(tag);
                LOG.info("created {} sw_if_index {} for {} (tag {})", kind, created.swIfIndex(), side, tag);
            });
        });
    }

    /**
     * After a revert: if the create for {@code tag} is still open in the journal (its tag was never set), VPP may hold
     * the interface untagged where the revert could not delete it, or without the revert ever hearing of it (VPP went
     * away, or the create's reply did not come in time). Then the intent is abandoned to the next reconciliation pass,
     * which deletes what it describes; it is closed only when VPP says the interface the create made is gone.
     */
    private CompletionStage<Void> settleIntent(final String tag, final long swIfIndex) {
        final var journal = bindings.journal();
        if (!journal.isOpen(tag)) {
            return CompletableFuture.completedFuture(null);
        }
        if (swIfIndex == REFUSED) {
            // VPP answered the create itself with an error: it made nothing, there is nothing to sweep
            journal.end(tag);
            return CompletableFuture.completedFuture(null);
        }
        if (swIfIndex < 0) {
            journal.abandon(tag);
            return CompletableFuture.completedFuture(null);
        }
        return interfaces.details(swIfIndex).handle((details, error) -> {
            if (error == null && details.isEmpty()) {
                journal.end(tag);
            } else {
                journal.abandon(tag);
            }
            return null;
        });
    }

    /** Whether {@code error} is VPP's refusal of this kind's create request itself. */
    private boolean refusedCreate(final Throwable error) {
        return Stages.cause(error) instanceof io.nsmvpp.vpp.client.VppApiException refusal
            && refusal.messageName().equals(createMessage());
    }

    @Override
    public final CompletionStage<Void> delete(final DataObjectIdentifier<D> id, final D before,
            final WriteContext ctx) {
        final SideRef side = SideRef.of(id);
        final var found = bindings.get(side);
        if (found.isEmpty()) {
            LOG.info("{} of {}: no VPP interface is bound to it, nothing to delete", kind, side);
            deletedUnbound(side, ctx);
            return CompletableFuture.completedFuture(null);
        }
        final BoundInterface bound = found.orElseThrow();
        return interfaces.cachedDetails(ctx, bound.swIfIndex()).thenCompose(details -> {
            if (details.isEmpty()) {
                LOG.info("{} sw_if_index {} of {} is already gone from VPP", kind, bound.swIfIndex(), side);
                bindings.remove(side, bound);
                deletedUnbound(side, ctx);
                return CompletableFuture.completedFuture(null);
            }
            if (!bound.tag().equals(details.orElseThrow().tag())) {
                LOG.warn("not deleting sw_if_index {} of {}: its tag is now '{}', not ours ('{}')", bound.swIfIndex(),
                    side, details.orElseThrow().tag(), bound.tag());
                bindings.remove(side, bound);
                return CompletableFuture.completedFuture(null);
            }
            if (!bound.kind().equals(kind)) {
                // a kill between VPP's change of this side's mechanism and its commit: VPP holds the other kind
                LOG.info("{} of {}: VPP holds a {} for it (sw_if_index {}), not a {}; deleting that", kind, side,
                    bound.kind(), bound.swIfIndex(), kind);
                return deleterFor(bound).apply(side, bound, ctx).thenRun(() -> {
                    interfaces.forget(ctx, bound.swIfIndex());
                    bindings.remove(side, bound);
                    LOG.info("deleted {} sw_if_index {} of {}", bound.kind(), bound.swIfIndex(), side);
                });
            }
            return deleteInterface(side, bound, before, ctx).thenRun(() -> {
                interfaces.forget(ctx, bound.swIfIndex());
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

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import io.nsmvpp.api.ContextKey;
import io.nsmvpp.api.WriteContext;

/** The attributes the engine puts into every transaction's context for its customizers. */
public final class EngineKeys {
    /** The global settings as the transaction leaves them. */
    public static final ContextKey<Settings> SETTINGS = ContextKey.named("settings");

    /** The sides whose interface this transaction adopted rather than created: their settings are converged. */
    public static final ContextKey<java.util.Set<SideRef>> ADOPTED = ContextKey.named("adopted sides");

    private EngineKeys() {
    }

    /** Whether this transaction adopted the interface of {@code side}. */
    public static boolean adopted(final WriteContext ctx, final SideRef side) {
        return ctx.get(ADOPTED).map(set -> set.contains(side)).orElse(false);
    }

    /** Records that this transaction adopted the interface of {@code side}. */
    public static void markAdopted(final WriteContext ctx, final SideRef side) {
        synchronized (ctx) {
            ctx.get(ADOPTED).orElseGet(() -> {
                final java.util.Set<SideRef> fresh = java.util.concurrent.ConcurrentHashMap.newKeySet();
                ctx.put(ADOPTED, fresh);
                return fresh;
            }).add(side);
        }
    }

    /** The transaction's settings; the engine always sets them. */
    public static Settings settings(final WriteContext ctx) {
        return ctx.get(SETTINGS).orElseThrow(() -> new IllegalStateException("no settings in this transaction"));
    }
}

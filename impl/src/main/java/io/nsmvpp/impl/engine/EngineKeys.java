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

    private EngineKeys() {
    }

    /** The transaction's settings; the engine always sets them. */
    public static Settings settings(final WriteContext ctx) {
        return ctx.get(SETTINGS).orElseThrow(() -> new IllegalStateException("no settings in this transaction"));
    }
}

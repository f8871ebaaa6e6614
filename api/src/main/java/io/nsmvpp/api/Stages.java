/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.concurrent.CompletionException;

/** What customizers and the engine need of failed {@link java.util.concurrent.CompletionStage}s. */
public final class Stages {
    private Stages() {
    }

    /**
     * The failure a stage was completed with, without the {@link CompletionException}s that dependent stages wrap it
     * in: what to look at when deciding what went wrong.
     */
    public static Throwable cause(final Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

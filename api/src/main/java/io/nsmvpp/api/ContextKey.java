/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

/**
 * A typed key of a {@link WriteContext} attribute or a {@link DumpCache} entry. Keys compare by identity, so two
 * customizers can never collide by choosing the same name.
 *
 * @param <T> the type of the value
 */
public final class ContextKey<T> {
    private final String name;

    private ContextKey(final String name) {
        this.name = name;
    }

    /** A new key; {@code name} is only for logs. */
    public static <T> ContextKey<T> named(final String name) {
        return new ContextKey<>(name);
    }

    @Override
    public String toString() {
        return name;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * One connection entry changed by a configuration transaction: created ({@code before} null), deleted
 * ({@code after} null) or modified. The operational {@code state} container is never part of either side.
 *
 * @param id the connection id (the list key)
 * @param before the entry before the transaction, or null
 * @param after the entry after the transaction, or null
 */
public record ConnectionChange(String id, @Nullable Connection before, @Nullable Connection after) {
    public ConnectionChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change of " + id + " needs a before or an after");
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.util.List;

/**
 * What one configuration transaction changes below {@code /nsm-vpp}: the global settings as they will be after it,
 * and every connection entry it creates, modifies or deletes.
 *
 * @param settings the global leaves after the transaction (whether or not the transaction touched them)
 * @param connections the changed connection entries, in no particular order
 */
public record ConfigChange(Settings settings, List<ConnectionChange> connections) {
    public ConfigChange {
        connections = List.copyOf(connections);
    }
}

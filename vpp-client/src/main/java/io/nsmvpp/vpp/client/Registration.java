/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

/** A listener registration; closing it removes the listener. Closing never fails and may be repeated. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override
    void close();
}

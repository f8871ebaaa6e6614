/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/** Engine test helpers for tests in other packages. */
public final class EngineFixtures {
    private EngineFixtures() {
    }

    /** Settings with the tests' forwarder name. */
    public static Settings settings() {
        return EngineTest.settings();
    }

    /** A loopback-to-loopback connection with an l2xc. */
    public static Connection loopbacks(final String id) {
        return Connections.connection(id, Connections.loopback(), Connections.loopback());
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of the VPP-facing test classes: one {@link VppTarget} per class (the simulator, or the real VPP that
 * {@code VPP_API_SOCKET} names), started before its first test and closed after its last. Test classes run one
 * after another, so the one shared field always belongs to the class that is running.
 */
public abstract class VppTests {
    private static VppTarget target;

    @BeforeAll
    static void startVppTarget() {
        target = VppTarget.start();
    }

    @AfterAll
    static void closeVppTarget() {
        target.close();
    }

    /** The running class's VPP. */
    protected static VppTarget vpp() {
        return target;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memif socket files' reference counts across reconciliation passes and a VPP restart. */
class MemifSocketsTest {
    // recover and resync never call VPP
    private final MemifSockets sockets = new MemifSockets(null);

    @Test
    void aPassThatFindsTheSameMemifsAgainCountsThemOnce() {
        sockets.recover("/run/a.sock", 7, 0);
        sockets.recover("/run/a.sock", 7, 1);
        sockets.resync(Map.of(7L, "/run/a.sock"));
        sockets.recover("/run/a.sock", 7, 0);
        sockets.recover("/run/a.sock", 7, 1);
        assertEquals(2, sockets.users("/run/a.sock"), "two memifs, however many passes found them");
        assertTrue(sockets.uses(7));
    }

    @Test
    void aFileVppNoLongerHasRegisteredIsForgotten() {
        sockets.recover("/run/a.sock", 7, 0);
        sockets.recover("/run/b.sock", 8, 0);
        // VPP restarted: nothing registered; or registered again under another id
        sockets.resync(Map.of(9L, "/run/b.sock"));
        assertEquals(0, sockets.users("/run/a.sock"));
        assertEquals(0, sockets.users("/run/b.sock"));
        assertFalse(sockets.uses(7));
        assertFalse(sockets.uses(8));
    }
}

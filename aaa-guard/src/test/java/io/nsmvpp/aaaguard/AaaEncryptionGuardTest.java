/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.aaaguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nsmvpp.aaaguard.AaaEncryptionGuard.Action;
import io.nsmvpp.aaaguard.AaaEncryptionGuard.Watch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard's decisions: when AAA's encryption configurator counts as stuck, how often it is restarted, and when it
 * leaves AAA alone. Time is in seconds here (the guard passes nanoseconds).
 */
class AaaEncryptionGuardTest {
    private final Watch watch = new Watch(20, 300);

    @Test
    void aHealthyStartIsLeftAlone() {
        assertEquals(Action.NONE, watch.observe(0, false, false));
        assertEquals(Action.NONE, watch.observe(5, true, false));
        assertEquals(Action.NONE, watch.observe(10, true, true));
        for (long now = 15; now < 1_000; now += 5) {
            assertEquals(Action.NONE, watch.observe(now, true, true), "at " + now);
        }
        assertEquals(0, watch.restarts());
    }

    @Test
    void anInactiveConfiguratorIsNotStuck() {
        // AAA not installed, or its configurator still waiting for the data broker: nothing to restart
        for (long now = 0; now < 1_000; now += 5) {
            assertEquals(Action.NONE, watch.observe(now, false, false), "at " + now);
        }
        assertEquals(0, watch.restarts());
    }

    @Test
    void anActiveConfiguratorWithoutTheServiceIsRestartedAfterTheStuckTime() {
        assertEquals(Action.NONE, watch.observe(100, true, false));
        assertEquals(Action.NONE, watch.observe(105, true, false));
        assertEquals(Action.NONE, watch.observe(115, true, false));
        assertEquals(Action.RESTART, watch.observe(120, true, false));
        assertEquals(1, watch.restarts());
        assertEquals(20, watch.lastStuck());
        // the restarted configurator brings the service up: reported once, then quiet
        assertEquals(Action.NONE, watch.observe(125, true, false));
        assertEquals(Action.RECOVERED, watch.observe(130, true, true));
        assertEquals(Action.NONE, watch.observe(135, true, true));
    }

    @Test
    void aConfiguratorThatStaysStuckIsRestartedLessAndLessOften() {
        final var restartsAt = new ArrayList<Long>();
        for (long now = 0; now <= 1_500; now += 5) {
            if (watch.observe(now, true, false) == Action.RESTART) {
                restartsAt.add(now);
            }
        }
        // stuck time 20 s, then 40, 80, 160, 300 (the maximum), 300 ...; the first observation only starts the clock
        assertEquals(List.of(20L, 65L, 150L, 315L, 620L, 925L, 1230L), restartsAt);
        assertEquals(7, watch.restarts());
    }

    @Test
    void theWaitStartsShortAgainOnceTheServiceWasUp() {
        watch.observe(0, true, false);
        assertEquals(Action.RESTART, watch.observe(20, true, false));
        assertEquals(Action.RECOVERED, watch.observe(25, true, true));
        // a later reinstall of AAA hits the race again: 20 s again, not 40
        watch.observe(500, true, false);
        assertEquals(Action.NONE, watch.observe(515, true, false));
        assertEquals(Action.RESTART, watch.observe(520, true, false));
    }

    @Test
    void theConfiguratorGoingAwayResetsTheClock() {
        watch.observe(0, true, false);
        watch.observe(15, false, false);
        watch.observe(16, true, false);
        assertEquals(Action.NONE, watch.observe(30, true, false));
        assertEquals(Action.RESTART, watch.observe(36, true, false));
    }
}

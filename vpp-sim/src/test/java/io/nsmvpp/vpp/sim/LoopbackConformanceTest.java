/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackInstance;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.InterfaceMtu;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loopbacks: names, defaults, index and instance reuse, and the errors of create and delete. */
class LoopbackConformanceTest extends ConformanceBase {
    private static int instanceOf(final SwInterfaceDetails details) {
        return Integer.parseInt(details.interfaceName().substring("loop".length()));
    }

    @Test
    void loopbackIsNamedByItsInstanceWithDefaults() throws IOException {
        final long index = loopback();
        final SwInterfaceDetails d = details(index);
        assertNotNull(d);
        assertTrue(d.interfaceName().matches("loop\\d+"), d.interfaceName());
        assertEquals("Loopback", d.interfaceDevType());
        assertEquals(index, d.supSwIfIndex());
        assertEquals(0, d.flags());
        assertEquals(0, d.ifType());
        assertEquals(9000, d.linkMtu());
        assertEquals(new InterfaceMtu(9000, 0, 0, 0), d.mtu());
        assertEquals(0, d.linkSpeed());
        assertEquals(unique, d.tag());
        // An all-zero MAC makes VPP generate de:ad:00:00:00:<instance & 0xff>.
        assertEquals(0xdead_0000_0000L | instanceOf(d) & 0xFF, d.l2Address().value());
    }

    @Test
    void explicitMacIsKept() throws IOException {
        final var reply = vpp.request(new CreateLoopback(MacAddress.parse("02:00:00:00:00:aa")));
        assertEquals(0, reply.retval());
        onCleanup(() -> vpp.request(new DeleteLoopback(reply.swIfIndex())));
        assertEquals("02:00:00:00:00:aa", details(reply.swIfIndex()).l2Address().toString());
    }

    @Test
    void freedIndexesAreReusedNewestFirstAndNamesTakeTheLowestFreeInstance() throws IOException {
        final long a = loopback();
        final long b = loopback();
        final int instanceA = instanceOf(details(a));
        assertEquals(0, vpp.request(new DeleteLoopback(a)).retval());
        assertEquals(0, vpp.request(new DeleteLoopback(b)).retval());
        assertNull(details(a));
        final long first = loopback();
        final long second = loopback();
        assertEquals(b, first, "the index freed last comes back first");
        assertEquals(a, second);
        // The first of the two creates took the lowest free instance, which is A's old one, on B's old index.
        assertEquals(instanceA, instanceOf(details(first)));
    }

    @Test
    void deletedInterfaceLosesItsTag() throws IOException {
        final long index = loopback();
        assertEquals(0, vpp.request(new DeleteLoopback(index)).retval());
        final long again = loopback2Untagged();
        assertEquals(index, again);
        assertEquals("", details(again).tag());
    }

    private long loopback2Untagged() throws IOException {
        final var reply = vpp.request(new CreateLoopback(MacAddress.ZERO));
        assertEquals(0, reply.retval());
        onCleanup(() -> vpp.request(new DeleteLoopback(reply.swIfIndex())));
        return reply.swIfIndex();
    }

    @Test
    void explicitInstanceRules() throws IOException {
        final Set<Integer> used = new HashSet<>();
        for (var d : interfaces()) {
            if (d.interfaceName().matches("loop\\d+")) {
                used.add(instanceOf(d));
            }
        }
        int free = 16000;
        while (used.contains(free)) {
            free++;
        }
        final var created = vpp.request(new CreateLoopbackInstance(MacAddress.ZERO, true, free));
        assertEquals(0, created.retval());
        onCleanup(() -> vpp.request(new DeleteLoopback(created.swIfIndex())));
        assertEquals("loop" + free, details(created.swIfIndex()).interfaceName());

        final var duplicate = vpp.request(new CreateLoopbackInstance(MacAddress.ZERO, true, free));
        assertEquals(-31, duplicate.retval());
        assertEquals(NONE, duplicate.swIfIndex());

        final var tooBig = vpp.request(new CreateLoopbackInstance(MacAddress.ZERO, true, 16384));
        assertEquals(-31, tooBig.retval());
        assertEquals(NONE, tooBig.swIfIndex());
        assertEquals(-31, vpp.request(new CreateLoopbackInstance(MacAddress.ZERO, true, 0xFFFF_FFFEL)).retval());
    }

    /**
     * VPP v26.06 makes at most 16,384 loopbacks (LOOPBACK_MAX_INSTANCE in ethernet/interface.c): once every instance
     * is taken, create_loopback fails with -31, and a freed instance can be taken again.
     */
    @Test
    void instancesRunOutAfter16384Loopbacks() throws IOException {
        int inUse = 0;
        for (var d : interfaces()) {
            if (d.interfaceName().matches("loop\\d+")) {
                inUse++;
            }
        }
        final List<Long> made = new ArrayList<>();
        try {
            for (int i = inUse; i < 16384; i++) {
                final var reply = vpp.request(new CreateLoopback(MacAddress.ZERO));
                assertEquals(0, reply.retval(), "loopback number " + (i + 1));
                made.add(reply.swIfIndex());
            }
            assertEquals(-31, vpp.request(new CreateLoopback(MacAddress.ZERO)).retval(), "the 16,385th loopback");
            assertEquals(0, vpp.request(new DeleteLoopback(made.remove(made.size() - 1))).retval());
            final var again = vpp.request(new CreateLoopback(MacAddress.ZERO));
            assertEquals(0, again.retval(), "a freed instance is taken again");
            made.add(again.swIfIndex());
        } finally {
            for (long index : made) {
                vpp.request(new DeleteLoopback(index));
            }
        }
    }

    @Test
    void deleteLoopbackErrors() throws IOException {
        final long index = loopback();
        assertEquals(0, vpp.request(new DeleteLoopback(index)).retval());
        assertEquals(-2, vpp.request(new DeleteLoopback(index)).retval(), "already deleted");
        assertEquals(-2, vpp.request(new DeleteLoopback(0)).retval(), "local0 is not a loopback");
        assertEquals(-2, vpp.request(new DeleteLoopback(NONE)).retval());
    }
}

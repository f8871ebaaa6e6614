/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.AddressUnion;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.FibMplsLabel;
import io.nsmvpp.vpp.client.msg.FibPath;
import io.nsmvpp.vpp.client.msg.FibPathNh;
import io.nsmvpp.vpp.client.msg.Ip4Address;
import io.nsmvpp.vpp.client.msg.Ip6Address;
import io.nsmvpp.vpp.client.msg.L2XconnectDetails;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.L3xc;
import io.nsmvpp.vpp.client.msg.L3xcDel;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.L3xcUpdate;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** l2 xconnect and l3xc, and what happens to them when an interface goes. */
class CrossConnectConformanceTest extends ConformanceBase {
    private List<L2XconnectDetails> xconnects() throws IOException {
        return vpp.dump(new L2XconnectDump());
    }

    private boolean hasXc(final long rx, final long tx) throws IOException {
        return xconnects().contains(new L2XconnectDetails(rx, tx));
    }

    private void xc(final long rx, final long tx) throws IOException {
        assertEquals(0, vpp.request(new SwInterfaceSetL2Xconnect(rx, tx, true)).retval());
        onCleanup(() -> vpp.request(new SwInterfaceSetL2Xconnect(rx, tx, false)));
    }

    @Test
    void xconnectBothWaysAndErrors() throws IOException {
        final long a = loopback();
        final long b = loopback();
        xc(a, b);
        xc(b, a);
        assertTrue(hasXc(a, b));
        assertTrue(hasXc(b, a));
        final long c = loopback();
        xc(a, c);
        assertTrue(hasXc(a, c), "re-xconnect replaces");
        assertFalse(hasXc(a, b));
        xc(c, c);
        assertTrue(hasXc(c, c), "an interface may be xconnected to itself");
        assertEquals(0, vpp.request(new SwInterfaceSetL2Xconnect(c, NONE, false)).retval(), "tx ignored");
        assertFalse(hasXc(c, c));
        assertEquals(-2, vpp.request(new SwInterfaceSetL2Xconnect(a, NONE, true)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceSetL2Xconnect(NONE, a, true)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceSetL2Xconnect(NONE, 0, false)).retval());
    }

    @Test
    void deletingAnInterfaceResetsItsTxPeerButLeavesStaleXconnectsToIt() throws IOException {
        final long a = loopback();
        final long b = loopback();
        final long c = loopback();
        final long d = loopback();
        xc(a, b);
        xc(b, d);
        xc(c, a);
        assertEquals(0, vpp.request(new DeleteLoopback(a)).retval());
        assertFalse(hasXc(b, d), "a's tx peer b falls back to L3, though b pointed at d");
        assertTrue(hasXc(c, a), "c still points at the deleted index");
        final var reuse = vpp.request(new CreateLoopback(MacAddress.ZERO));
        onCleanup(() -> vpp.request(new DeleteLoopback(reuse.swIfIndex())));
        assertEquals(a, reuse.swIfIndex());
        assertTrue(hasXc(c, a), "and silently attaches to the interface that reuses it");
    }

    private static FibPath path(final long via, final boolean ip6, final String nh) {
        final AddressUnion address = ip6 ? AddressUnion.of(Ip6Address.parse(nh))
            : AddressUnion.of(Ip4Address.parse(nh));
        return new FibPath(via, 0, 0, 1, 0, 0, 0, ip6 ? 1 : 0, new FibPathNh(address, 0, 0, NONE), 0,
            Collections.nCopies(16, FibMplsLabel.NONE));
    }

    private void l3xc(final long swIfIndex, final boolean ip6, final FibPath... paths) throws IOException {
        final var reply = vpp.request(new L3xcUpdate(new L3xc(swIfIndex, ip6, List.of(paths))));
        assertEquals(0, reply.retval());
        assertEquals(0, reply.statsIndex());
        onCleanup(() -> vpp.request(new L3xcDel(swIfIndex, ip6)));
    }

    @Test
    void l3xcUpdateDumpAndDelete() throws IOException {
        final long a = loopback();
        final long b = loopback();
        final long c = loopback();
        l3xc(a, false, path(b, false, "10.0.0.2"));
        l3xc(a, true, path(b, true, "2001:db8::2"));
        final var rows = vpp.dump(new L3xcDump(a));
        assertEquals(2, rows.size(), "one entry per family");
        assertTrue(rows.stream().noneMatch(r -> r.l3xc().isIp6()), "VPP v26.06 reports is_ip6=false for all");
        assertEquals(0, rows.get(0).l3xc().paths().get(0).nh().classifyTableIndex());
        l3xc(a, false, path(c, false, "10.0.1.2"), path(b, false, "10.0.0.3"));
        assertTrue(vpp.dump(new L3xcDump(a)).stream().anyMatch(r -> r.l3xc().paths().size() == 2),
            "an update replaces the paths");
        assertEquals(-7, vpp.request(new L3xcUpdate(new L3xc(c, false, List.of()))).retval(), "no paths");
        assertEquals(-2, vpp.request(new L3xcUpdate(new L3xc(NONE, false, List.of()))).retval(),
            "the interface is checked first");
        final var gone = vpp.request(new CreateLoopback(MacAddress.ZERO));
        assertEquals(0, vpp.request(new DeleteLoopback(gone.swIfIndex())).retval());
        assertEquals(-54, vpp.request(new L3xcUpdate(new L3xc(c, false, List.of(path(gone.swIfIndex(), false,
            "10.0.0.2"))))).retval(), "path via a missing interface");
        assertEquals(0, vpp.request(new L3xcDel(a, false)).retval());
        assertEquals(-7, vpp.request(new L3xcDel(a, false)).retval());
        assertEquals(-7, vpp.request(new L3xcDel(b, true)).retval());
    }

    private static FibPath ip4Path(final long via, final String nh, final int weight, final int preference,
            final long tableId) {
        return new FibPath(via, tableId, 0, weight, preference, 0, 0, 0, new FibPathNh(AddressUnion.of(
            Ip4Address.parse(nh)), 0, 0, NONE), 0, Collections.nCopies(16, FibMplsLabel.NONE));
    }

    /** What VPP keeps of a path: weight 0 is 1, the table of a path out of an interface and the rest are 0. */
    private static FibPath kept(final FibPath path) {
        return new FibPath(path.swIfIndex(), 0, 0, Math.max(1, path.weight()), path.preference(), 0, 0, 0,
            new FibPathNh(path.nh().address(), 0, 0, 0), 0, FibPath.NO_LABELS);
    }

    @Test
    void l3xcPathsComeBackSortedAsVppKeepsThem() throws IOException {
        // fib_path_list_create sorts the paths: preference, then type (a next hop before none), proto, next hop,
        // interface. The dump gives them in that order.
        final long a = loopback();
        final long b = loopback();
        final long c = loopback();
        final long low = Math.min(b, c);
        final long high = Math.max(b, c);
        final FibPath backup = ip4Path(b, "10.0.0.9", 0, 1, 0);
        final FibPath attached = ip4Path(b, "0.0.0.0", 3, 0, 0);
        final FibPath viaHigh = ip4Path(high, "10.0.0.2", 0, 0, 7);
        final FibPath viaLow = ip4Path(low, "10.0.0.2", 2, 0, 0);
        final FibPath first = ip4Path(c, "10.0.0.1", 1, 0, 0);
        l3xc(a, false, backup, attached, viaHigh, viaLow, first);
        final var rows = vpp.dump(new L3xcDump(a));
        assertEquals(1, rows.size());
        assertEquals(List.of(kept(first), kept(viaLow), kept(viaHigh), kept(attached), kept(backup)),
            rows.get(0).l3xc().paths());
    }

    @Test
    void l3xcOutlivesItsInterface() throws IOException {
        final long a = loopback();
        final long b = loopback();
        final var reply = vpp.request(new L3xcUpdate(new L3xc(a, false, List.of(path(b, false, "10.0.0.2")))));
        assertEquals(0, reply.retval());
        assertEquals(0, vpp.request(new DeleteLoopback(a)).retval());
        assertEquals(1, vpp.dump(new L3xcDump(a)).size(), "the entry stays");
        assertEquals(-2, vpp.request(new L3xcDel(a, false)).retval(), "and cannot be deleted by its index");
        assertEquals(-2, vpp.request(new L3xcUpdate(new L3xc(a, false, List.of(path(b, false, "10.0.0.2")))))
            .retval());
        // Clean up through the interface that reuses the index.
        final var reuse = vpp.request(new CreateLoopback(MacAddress.ZERO));
        onCleanup(() -> vpp.request(new DeleteLoopback(reuse.swIfIndex())));
        assertEquals(a, reuse.swIfIndex());
        assertEquals(0, vpp.request(new L3xcDel(a, false)).retval());
    }
}

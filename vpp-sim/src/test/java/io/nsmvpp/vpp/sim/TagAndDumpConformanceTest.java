/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Interface tags and sw_interface_dump filters. */
class TagAndDumpConformanceTest extends ConformanceBase {
    @Test
    void tagOf63BytesIsKeptAndOverwritten() throws IOException {
        final long index = loopback();
        final String tag63 = (unique + "-".repeat(63)).substring(0, 63);
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, tag63)).retval());
        assertEquals(tag63, details(index).tag());
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique + "-2")).retval());
        assertEquals(unique + "-2", details(index).tag());
    }

    @Test
    void tagOf64BytesIsCutTo63() throws IOException {
        final long index = loopback();
        final String tag64 = (unique + "x".repeat(64)).substring(0, 63) + "Y";
        final long context = RawVpp.nextContext();
        final var w = new WireWriter(128, 1024);
        w.u16(vpp.id(SwInterfaceTagAddDel.TYPE)).u32(vpp.handle()).u32(context).bool(true).u32(index);
        w.bytes(tag64.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        vpp.sendBody(w.toByteArray());
        vpp.awaitContext(context);
        assertEquals(tag64.substring(0, 63), details(index).tag());
    }

    @Test
    void bytesAfterAnEmbeddedNulAreDropped() throws IOException {
        final long index = loopback();
        final long context = RawVpp.nextContext();
        final var w = new WireWriter(128, 1024);
        w.u16(vpp.id(SwInterfaceTagAddDel.TYPE)).u32(vpp.handle()).u32(context).bool(true).u32(index);
        final byte[] tag = new byte[64];
        tag[0] = 'a';
        tag[1] = 'b';
        tag[4] = 'Z';
        w.bytes(tag);
        vpp.sendBody(w.toByteArray());
        vpp.awaitContext(context);
        assertEquals("ab", details(index).tag());
    }

    @Test
    void emptyTagIsRefusedAndDeleteIgnoresTheText() throws IOException {
        final long index = loopback();
        assertEquals(-7, vpp.request(new SwInterfaceTagAddDel(true, index, "")).retval());
        assertEquals(unique, details(index).tag());
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(false, index, "unrelated")).retval());
        assertEquals("", details(index).tag());
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(false, index, "")).retval(), "no tag: still 0");
    }

    @Test
    void tagsNeedNotBeUnique() throws IOException {
        final long a = loopback();
        final long b = loopback();
        assertEquals(unique, details(a).tag());
        assertEquals(unique, details(b).tag());
    }

    @Test
    void tagOnAMissingInterfaceIsRefused() throws IOException {
        final long index = loopback();
        assertEquals(0, vpp.request(new io.nsmvpp.vpp.client.msg.DeleteLoopback(index)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceTagAddDel(true, index, unique)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceTagAddDel(false, index, "")).retval());
        assertEquals(-2, vpp.request(new SwInterfaceTagAddDel(true, NONE, unique)).retval());
    }

    @Test
    void dumpFilters() throws IOException {
        final long index = loopback();
        final String name = details(index).interfaceName();
        final var byIndex = vpp.dump(new SwInterfaceDump(index, false, ""));
        assertEquals(1, byIndex.size());
        assertEquals(index, byIndex.get(0).swIfIndex());
        final var byZero = vpp.dump(new SwInterfaceDump(0, false, ""));
        assertTrue(byZero.stream().anyMatch(d -> d.swIfIndex() == 0) && byZero.stream()
            .anyMatch(d -> d.swIfIndex() == index), "sw_if_index 0 means every interface, as ~0 does");
        final var byName = vpp.dump(new SwInterfaceDump(NONE, true, name.toUpperCase(Locale.ROOT)));
        assertTrue(byName.stream().anyMatch(d -> d.swIfIndex() == index), "case-insensitive substring");
        assertTrue(byName.stream().allMatch(d -> d.interfaceName().toLowerCase(Locale.ROOT).contains(name)));
        final var ignored = vpp.dump(new SwInterfaceDump(NONE, false, "no-such-name"));
        assertEquals(interfaces().size(), ignored.size(), "filter ignored unless name_filter_valid");
        assertEquals(0, vpp.dump(new SwInterfaceDump(NONE, true, unique + "zzz")).size());
    }

    @Test
    void localZeroIsThereAndCanBeTagged() throws IOException {
        final SwInterfaceDetails local = details(0);
        assertEquals("local0", local.interfaceName());
        assertEquals("local", local.interfaceDevType());
        assertEquals(0, local.linkMtu());
        if (!realVpp()) {
            assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, 0, unique)).retval());
            assertEquals(unique, details(0).tag());
            assertEquals(0, vpp.request(new SwInterfaceTagAddDel(false, 0, "")).retval());
        }
    }
}

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MemifCreateV2Reply;
import io.nsmvpp.vpp.client.msg.MemifDelete;
import io.nsmvpp.vpp.client.msg.MemifDetails;
import io.nsmvpp.vpp.client.msg.MemifDump;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDel;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameAddDelV2;
import io.nsmvpp.vpp.client.msg.MemifSocketFilenameDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** memif socket files and interfaces. Modes that crash VPP are never sent here: see SimulatorTest. */
class MemifConformanceTest extends ConformanceBase {
    private long socketId() {
        return 100_000 + random(1_000_000);
    }

    private long addSocket(final long id, final String file) throws IOException {
        final var reply = vpp.request(new MemifSocketFilenameAddDelV2(true, id, file));
        assertEquals(0, reply.retval(), "socket " + id + " " + file);
        final long actual = reply.socketId();
        onCleanup(() -> vpp.request(new MemifSocketFilenameAddDelV2(false, actual, "")));
        return actual;
    }

    private MemifCreateV2 memif(final long role, final long mode, final long id, final long socketId) {
        return new MemifCreateV2(role, mode, 0, 0, id, socketId, 0, 0, false, false, MacAddress.ZERO, "");
    }

    private long create(final MemifCreateV2 request) throws IOException {
        final MemifCreateV2Reply reply = vpp.request(request);
        assertEquals(0, reply.retval());
        final long index = reply.swIfIndex();
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique)).retval());
        onCleanup(() -> vpp.request(new MemifDelete(index)));
        return index;
    }

    private MemifDetails memifDetails(final long swIfIndex) throws IOException {
        return vpp.dump(new MemifDump()).stream().filter(d -> d.swIfIndex() == swIfIndex).findFirst()
            .orElseThrow();
    }

    @Test
    void socketFilenameRules() throws IOException {
        final long id = socketId();
        addSocket(id, unique + ".sock");
        final var row = vpp.dump(new MemifSocketFilenameDump()).stream().filter(d -> d.socketId() == id)
            .findFirst().orElseThrow();
        assertTrue(row.socketFilename().startsWith("/"), "a relative name is made absolute under the runtime dir");
        assertTrue(row.socketFilename().endsWith("/" + unique + ".sock"), row.socketFilename());
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(true, id, unique + ".sock")).retval(),
            "the same socket again is accepted");
        final var other = vpp.request(new MemifSocketFilenameAddDelV2(true, id, unique + "-other.sock"));
        assertEquals(-116, other.retval());
        assertEquals(id, other.socketId());
        addSocket(socketId(), unique + ".sock");

        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDelV2(true, 0, unique + "-0.sock")).retval());
        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDelV2(true, socketId(), "")).retval());
        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDel(true, NONE, unique + "-v1.sock")).retval());
        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDelV2(false, 0, "")).retval());
        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDelV2(false, NONE, "")).retval());
        assertEquals(-73, vpp.request(new MemifSocketFilenameAddDelV2(false, socketId() + 2_000_000, ""))
            .retval());
        assertTrue(vpp.dump(new MemifSocketFilenameDump()).stream().anyMatch(d -> d.socketId() == 0),
            "the default socket 0 is always there");
    }

    @Test
    void autoSocketIdIsAllocated() throws IOException {
        final var reply = vpp.request(new MemifSocketFilenameAddDelV2(true, NONE, unique + "-auto.sock"));
        assertEquals(0, reply.retval());
        onCleanup(() -> vpp.request(new MemifSocketFilenameAddDelV2(false, reply.socketId(), "")));
        assertNotEquals(0, reply.socketId());
        assertNotEquals(NONE, reply.socketId());
        assertTrue(vpp.dump(new MemifSocketFilenameDump()).stream().anyMatch(d -> d.socketId() == reply.socketId()));
    }

    @Test
    void masterAndSlaveInterfaces() throws IOException {
        final long socket = addSocket(socketId(), unique + ".sock");
        final long master = create(memif(0, 0, 0, socket));
        final var d = details(master);
        assertEquals("memif" + socket + "/0", d.interfaceName());
        assertEquals("memif", d.interfaceDevType());
        assertEquals(9000, d.linkMtu());
        assertEquals(0, d.flags());
        assertEquals(0x02fe, d.l2Address().value() >>> 32, "random 02:fe:.. MAC");
        final MemifDetails m = memifDetails(master);
        assertEquals(0, m.role());
        assertEquals(0, m.mode());
        assertEquals(socket, m.socketId());
        assertEquals(1, m.ringSize(), "ring_size 1 until connected");
        assertEquals(0, m.bufferSize());
        assertFalse(m.zeroCopy());
        assertEquals(d.interfaceName(), m.ifName());

        final long ip = create(new MemifCreateV2(0, 1, 0, 0, 1, socket, 2048, 4096, false, false, MacAddress.ZERO,
            "s3cret"));
        assertEquals(0, details(ip).l2Address().value(), "ip mode has no MAC");
        assertEquals(0, details(ip).linkMtu());
        assertEquals(1, memifDetails(ip).mode());

        final var duplicate = vpp.request(memif(0, 0, 0, socket));
        assertEquals(-68, duplicate.retval());
        assertEquals(0, duplicate.swIfIndex(), "a memif failure answers sw_if_index 0");
        assertEquals(-68, vpp.request(memif(1, 0, 2, socket)).retval(), "slave on a master's socket");
        assertEquals(-73, vpp.request(memif(0, 0, 4, socketId() + 2_000_000)).retval(), "unknown socket id");
        assertEquals(-73, vpp.request(new MemifCreateV2(0, 0, 0, 0, 5, socket, 1000, 0, false, false,
            MacAddress.ZERO, "")).retval(), "ring size not a power of 2");
        assertEquals(-74, vpp.request(new MemifSocketFilenameAddDelV2(false, socket, "")).retval(),
            "socket in use");

        final long slaveSocket = addSocket(socketId(), unique + "-s.sock");
        final long slave = create(memif(1, 0, 0, slaveSocket));
        assertTrue(memifDetails(slave).zeroCopy());
        assertEquals(1, memifDetails(slave).role());
        final var explicitMac = create(new MemifCreateV2(0, 0, 0, 0, 3, socket, 0, 0, false, false,
            MacAddress.parse("02:fe:00:00:00:33"), ""));
        assertEquals("02:fe:00:00:00:33", details(explicitMac).l2Address().toString());
    }

    @Test
    void deleteRules() throws IOException {
        final long socket = addSocket(socketId(), unique + ".sock");
        final long master = create(memif(0, 0, 0, socket));
        assertEquals(0, vpp.request(new MemifDelete(master)).retval());
        assertEquals(-2, vpp.request(new MemifDelete(master)).retval());
        final var loop = vpp.request(new CreateLoopback(MacAddress.ZERO));
        onCleanup(() -> vpp.request(new io.nsmvpp.vpp.client.msg.DeleteLoopback(loop.swIfIndex())));
        assertEquals(-2, vpp.request(new MemifDelete(loop.swIfIndex())).retval(), "not a memif");
        assertEquals(0, vpp.request(new MemifSocketFilenameAddDelV2(false, socket, "")).retval(), "now unused");
        assertEquals(-73, vpp.request(memif(0, 0, 0, socket)).retval(), "deleted socket");
    }

    @Test
    void masterAndSlaveOnOneFileConnectWhenBothAreUp() throws IOException, InterruptedException {
        final long masterSocket = addSocket(socketId(), unique + "-pair.sock");
        final long slaveSocket = addSocket(socketId(), unique + "-pair.sock");
        final long master = create(memif(0, 0, 0, masterSocket));
        final long slave = create(memif(1, 0, 0, slaveSocket));
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(master, 1)).retval());
        assertEquals(1, details(master).flags(), "admin up, no peer yet");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(3, awaitFlags(master, 3));
        assertEquals(3, awaitFlags(slave, 3));
        final MemifDetails connected = memifDetails(slave);
        assertEquals(1024, connected.ringSize(), "a connected slave shows its rings");
        assertEquals(2048, connected.bufferSize());
        assertEquals(1, memifDetails(master).ringSize(), "the master keeps showing 1");
        assertEquals(0, vpp.request(new MemifDelete(master)).retval());
        assertEquals(1, awaitFlags(slave, 1), "the slave loses its link with its master");
    }
}

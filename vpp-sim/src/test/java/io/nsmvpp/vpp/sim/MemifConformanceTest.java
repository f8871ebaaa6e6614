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
        final MemifDetails alone = memifDetails(slave);
        assertEquals(1024, alone.ringSize(), "a slave keeps showing the rings of its last connection");
        assertEquals(2048, alone.bufferSize());
    }

    /** A master on one socket id and a slave on another, both for the same file, id 0; returns {master, slave}. */
    private long[] pair(final long masterMode, final long slaveMode) throws IOException {
        final long masterSocket = addSocket(socketId(), unique + "-pair.sock");
        final long slaveSocket = addSocket(socketId(), unique + "-pair.sock");
        final long master = create(memif(0, masterMode, 0, masterSocket));
        final long slave = create(memif(1, slaveMode, 0, slaveSocket));
        return new long[] {master, slave};
    }

    @Test
    void aConnectionOutlivesAdminDownOnEitherEnd() throws IOException, InterruptedException {
        final long[] pair = pair(0, 0);
        final long master = pair[0];
        final long slave = pair[1];
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(master, 1)).retval());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(3, awaitFlags(master, 3));
        assertEquals(3, awaitFlags(slave, 3));
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(master, 0)).retval());
        assertEquals(0, details(master).flags(), "admin down takes the master's link down");
        Thread.sleep(300);
        assertEquals(3, details(slave).flags(), "but the connection stays: the slave keeps its link");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(master, 1)).retval());
        assertEquals(3, details(master).flags(), "admin up on a connected memif brings the link back at once");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(slave, 0)).retval());
        assertEquals(0, details(slave).flags());
        Thread.sleep(300);
        assertEquals(3, details(master).flags(), "the master keeps its link while the slave is admin down");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(3, details(slave).flags());
    }

    @Test
    void aSlaveConnectsToAMasterThatIsAdminDown() throws IOException, InterruptedException {
        final long[] pair = pair(0, 0);
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(pair[1], 1)).retval());
        assertEquals(3, awaitFlags(pair[1], 3), "the slave connects");
        assertEquals(2, awaitFlags(pair[0], 2), "and the master, admin down, is link up");
    }

    @Test
    void aSlaveFindsAMasterCreatedAfterIt() throws IOException, InterruptedException {
        final long masterSocket = addSocket(socketId(), unique + "-late.sock");
        final long slaveSocket = addSocket(socketId(), unique + "-late.sock");
        final long slave = create(memif(1, 0, 0, slaveSocket));
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(slave, 1)).retval());
        assertEquals(1, details(slave).flags(), "nobody listens yet");
        final long master = create(memif(0, 0, 0, masterSocket));
        // VPP's memif process retries every 3 s (more on a loaded machine).
        assertEquals(3, awaitFlags(slave, 3, 8_000));
        assertEquals(2, awaitFlags(master, 2));
    }

    @Test
    void modesMustMatchToConnect() throws IOException, InterruptedException {
        final long[] pair = pair(1, 0);
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(pair[0], 1)).retval());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(pair[1], 1)).retval());
        // The slave's attempt shows in its rings: the listener greets it before it checks the mode.
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (memifDetails(pair[1]).ringSize() != 1024 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1024, memifDetails(pair[1]).ringSize(), "greeted with the rings it offers");
        assertEquals(2048, memifDetails(pair[1]).bufferSize());
        Thread.sleep(300);
        assertEquals(1, details(pair[0]).flags(), "but an ip master refuses an ethernet slave");
        assertEquals(1, details(pair[1]).flags());
    }

    @Test
    void anAutomaticSocketIdIsDrawnEvenForAnAddThatFails() throws IOException {
        final var reply = vpp.request(new MemifSocketFilenameAddDelV2(true, NONE, ""));
        assertEquals(-73, reply.retval());
        assertNotEquals(NONE, reply.socketId(), "VPP picks the id before it looks at the file name");
        assertNotEquals(0, reply.socketId());
    }
}

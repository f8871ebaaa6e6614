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

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin state and sw_interface_event: batching, ordering after the reply, subscription rules. */
class EventsConformanceTest extends ConformanceBase {
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final long PID = 4242;

    @BeforeEach
    void subscribe() throws IOException {
        assertEquals(0, vpp.request(new WantInterfaceEvents(1, PID)).retval());
    }

    private List<SwInterfaceEvent> eventsFor(final long index) {
        return vpp.events(SETTLE).stream().filter(e -> e.swIfIndex() == index).toList();
    }

    @Test
    void createAdminUpDownDeleteEachGiveOneEvent() throws IOException {
        final long index = loopback();
        assertEquals(List.of(new SwInterfaceEvent(PID, index, 0, false)), eventsFor(index));
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(List.of(new SwInterfaceEvent(PID, index, 3, false)), eventsFor(index),
            "a loopback's link follows admin state; both ups are batched");
        assertEquals(3, details(index).flags());
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(List.of(), eventsFor(index), "same state again: no event");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 0)).retval());
        assertEquals(List.of(new SwInterfaceEvent(PID, index, 0, false)), eventsFor(index));
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 2)).retval());
        assertEquals(List.of(), eventsFor(index), "LINK_UP alone changes nothing");
        assertEquals(0, details(index).flags());
        assertEquals(0, vpp.request(new SwInterfaceTagAddDel(true, index, unique + "t")).retval());
        assertEquals(List.of(), eventsFor(index), "tagging gives no event");
        assertEquals(0, vpp.request(new DeleteLoopback(index)).retval());
        assertEquals(List.of(new SwInterfaceEvent(PID, index, 0, true)), eventsFor(index));
    }

    @Test
    void eventComesAfterTheReplyAndCarriesTheSubscribersHandle() throws IOException, InterruptedException {
        final long context = RawVpp.nextContext();
        vpp.sendBody(vpp.body(new CreateLoopback(MacAddress.ZERO), vpp.handle(), context));
        final var frames = vpp.drainRaw(SETTLE);
        int replyAt = -1;
        long created = -1;
        for (int i = 0; i < frames.size(); i++) {
            final var frame = frames.get(i);
            if (frame.context() == context && !vpp.isEventId(frame.msgId())) {
                replyAt = i;
                created = RawVpp.decode(io.nsmvpp.vpp.client.msg.CreateLoopbackReply.TYPE, frame).swIfIndex();
            }
        }
        assertTrue(replyAt >= 0, "no reply");
        final long index = created;
        onCleanup(() -> vpp.request(new DeleteLoopback(index)));
        int eventAt = -1;
        for (int i = 0; i < frames.size(); i++) {
            final var frame = frames.get(i);
            if (vpp.isEventId(frame.msgId())
                && RawVpp.decode(SwInterfaceEvent.TYPE, frame).swIfIndex() == index) {
                eventAt = i;
            }
        }
        assertTrue(eventAt > replyAt, "the event must come after the reply: " + eventAt + " vs " + replyAt);
        final var event = io.nsmvpp.vpp.client.msg.MessageCodec.decode(SwInterfaceEvent.TYPE,
            frames.get(eventAt).body());
        assertEquals(vpp.handle(), event.clientIndex(), "an event's client_index is the subscriber's handle");
    }

    @Test
    void eventsOfOneWriteAreBatchedIntoTheUnionOfUps() throws IOException {
        final long index = loopback();
        eventsFor(index);
        final byte[] batch = ProtocolConformanceTest.concat(
            ProtocolConformanceTest.concat(
                RawVpp.frame(vpp.body(new SwInterfaceSetFlags(index, 1), vpp.handle(), RawVpp.nextContext())),
                RawVpp.frame(vpp.body(new SwInterfaceSetFlags(index, 0), vpp.handle(), RawVpp.nextContext()))),
            RawVpp.frame(vpp.body(new DeleteLoopback(index), vpp.handle(), RawVpp.nextContext())));
        vpp.send(batch);
        assertEquals(List.of(new SwInterfaceEvent(PID, index, 3, true)), eventsFor(index));
    }

    @Test
    void twoSubscribersEachGetEventsWithTheirOwnPid() throws IOException {
        try (RawVpp other = RawVpp.connect(socket)) {
            assertEquals(0, other.request(new WantInterfaceEvents(1, 0xDEAD_BEEFL)).retval());
            final long index = loopback();
            final var seen = other.events(SETTLE).stream().filter(e -> e.swIfIndex() == index).toList();
            assertEquals(List.of(new SwInterfaceEvent(0xDEAD_BEEFL, index, 0, false)), seen);
        }
    }

    @Test
    void subscribingTwiceOrUnsubscribingTwiceIsRefused() throws IOException {
        assertEquals(-31, vpp.request(new WantInterfaceEvents(1, PID)).retval());
        assertEquals(0, vpp.request(new WantInterfaceEvents(0, PID)).retval());
        assertEquals(-31, vpp.request(new WantInterfaceEvents(0, PID)).retval());
        final long index = loopback();
        assertTrue(eventsFor(index).isEmpty(), "unsubscribed");
        assertEquals(0, vpp.request(new WantInterfaceEvents(7, PID)).retval(), "any non-zero enables");
        assertEquals(0, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertFalse(eventsFor(index).isEmpty());
    }

    @Test
    void setFlagsOnAMissingInterface() throws IOException {
        final long index = loopback();
        assertEquals(0, vpp.request(new DeleteLoopback(index)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceSetFlags(index, 1)).retval());
        assertEquals(-2, vpp.request(new SwInterfaceSetFlags(NONE, 1)).retval());
    }
}

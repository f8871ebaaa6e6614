/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.VppConnectionException;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.SockclntCreate;
import io.nsmvpp.vpp.client.msg.SockclntCreateReply;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import java.io.EOFException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The client's core running over the in-memory transport, with a peer that answers like VPP. */
class InMemoryTransportTest {
    private static final int FIRST_ID = 200;

    /** Answers the handshake and control_ping; holds every other request. */
    private static void answer(final InMemoryTransport transport, final byte[] body) {
        final int id = MessageCodec.msgId(body, 0, body.length);
        if (id == 15) {
            final var request = MessageCodec.decode(SockclntCreate.TYPE, body);
            final var table = new ArrayList<MessageTableEntry>();
            int next = FIRST_ID;
            for (MessageType<?> type : Messages.ALL) {
                table.add(new MessageTableEntry(next++, type.nameCrc()));
            }
            transport.deliver(MessageCodec.encode(16, 0, request.context(),
                new SockclntCreateReply(0, 0x8000_0009L, table)));
        } else if (id == FIRST_ID + Messages.ALL.indexOf(ControlPing.TYPE)) {
            final var request = MessageCodec.decode(ControlPing.TYPE, body);
            transport.deliver(MessageCodec.encode(FIRST_ID + Messages.ALL.indexOf(ControlPingReply.TYPE), 0,
                request.context(), new ControlPingReply(0, 0, 99)));
        }
    }

    @Test
    void theClientRunsOverItAndFailsPendingRequestsWhenThePeerCloses() {
        final var transport = new AtomicReference<InMemoryTransport>();
        final var config = VppClientConfig.of(Path.of("unused")).withTransports(() -> {
            transport.set(new InMemoryTransport(InMemoryTransportTest::answer, FrameCodec.DEFAULT_MAX_BODY));
            return transport.get();
        });
        try (var client = VppClient.connect(config)) {
            assertThat(client.clientIndex()).isEqualTo(0x8000_0009L);
            assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(99);
            final var held = client.send(new CreateLoopback(MacAddress.ZERO), Duration.ofSeconds(30));
            transport.get().closeFromPeer(new EOFException("peer gone"));
            assertThat(held).failsWithin(Duration.ofSeconds(2))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(VppConnectionException.class)
                .withMessageContaining("peer gone");
            client.reconnect();
            assertThat(client.call(new ControlPing()).retval()).isZero();
        }
    }
}

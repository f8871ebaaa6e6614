/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.L3xc;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the reader does with a hostile or broken server: junk header words, odd read boundaries, unknown ids,
 * truncated and random frames, lying counts and absurd lengths. It never hangs, never allocates past its cap, and
 * either drops the frame (counted) or fails the affected requests with a clear cause.
 */
class ReaderRobustnessTest {
    private FakeVpp vpp;
    private VppClient client;

    @BeforeEach
    void setUp() throws Exception {
        vpp = new FakeVpp();
        client = VppClient.connect(VppClientConfig.of(vpp.socket).withRequestTimeout(Duration.ofSeconds(5)));
    }

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        vpp.close();
    }

    private byte[] pingReplyFrame(final long context, final long junk) {
        final byte[] frame = FrameCodec.frame(MessageCodec.encode(vpp.idOf(ControlPingReply.TYPE), 0, context,
            new ControlPingReply(0, 0, 77)));
        for (int i = 0; i < 8; i++) {
            frame[i] = (byte) (junk >>> 8 * i);
        }
        frame[15] = (byte) 0xEE;
        return frame;
    }

    @Test
    void junkInTheHeaderAndOneByteWritesAreHarmless() throws Exception {
        vpp.handle(ControlPing.TYPE, (s, r) -> {
            for (byte b : pingReplyFrame(r.context(), 0xDEAD_BEEF_0BAD_F00DL)) {
                s.writeRaw(new byte[] {b});
            }
        });
        assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(77);
    }

    @Test
    void manyRepliesInOneWriteAllArrive() {
        final var held = new LinkedBlockingQueue<Long>();
        vpp.handle(ControlPing.TYPE, (s, r) -> {
            held.add(r.context());
            if (held.size() == 3) {
                final var out = new ByteArrayOutputStream();
                held.forEach(ctx -> out.writeBytes(pingReplyFrame(ctx, -1)));
                s.writeRaw(out.toByteArray());
            }
        });
        final var a = client.send(new ControlPing());
        final var b = client.send(new ControlPing());
        final var c = client.send(new ControlPing());
        assertThat(List.of(a, b, c)).allSatisfy(f -> assertThat(f).succeedsWithin(Duration.ofSeconds(2)));
    }

    @Test
    void unknownIdsAndTruncatedFramesAreDroppedAndCounted() {
        vpp.handle(ControlPing.TYPE, (s, r) -> {
            s.writeRaw(FrameCodec.frame(new byte[] {(byte) 0xFF, (byte) 0xFF, 1, 2, 3}));
            s.writeRaw(FrameCodec.frame(new byte[] {0x00}));
            s.writeRaw(FrameCodec.frame(new byte[0]));
            final byte[] full = MessageCodec.encode(vpp.idOf(ControlPingReply.TYPE), 0, r.context(),
                new ControlPingReply(0, 0, 1));
            s.writeRaw(FrameCodec.frame(java.util.Arrays.copyOf(full, full.length - 1)));
            s.writeRaw(pingReplyFrame(r.context(), 0));
        });
        assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(77);
        final var stats = client.stats();
        assertThat(stats.unknownFrames()).isEqualTo(3);
        assertThat(stats.malformedFrames()).isEqualTo(1);
        assertThat(client.isConnected()).isTrue();
    }

    @Test
    void aStreamOfRandomFramesNeverBreaksTheConnection() {
        final var random = new Random(1234);
        final List<Integer> ids = vpp.table.stream().map(MessageTableEntry::index).toList();
        vpp.handle(ControlPing.TYPE, (s, r) -> {
            for (int i = 0; i < 2000; i++) {
                final byte[] body = new byte[random.nextInt(400)];
                random.nextBytes(body);
                if (body.length >= 2) {
                    final int id = ids.get(random.nextInt(ids.size()));
                    body[0] = (byte) (id >> 8);
                    body[1] = (byte) id;
                }
                s.writeRaw(FrameCodec.frame(body));
            }
            s.writeRaw(pingReplyFrame(r.context(), 0));
        });
        assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(77);
        assertThat(client.isConnected()).isTrue();
        final var stats = client.stats();
        assertThat(stats.unknownFrames() + stats.malformedFrames() + stats.discardedReplies()).isPositive();
    }

    @Test
    void aCountThatLiesFailsOnlyThatDumpNamingTheMessage() throws Exception {
        vpp.handle(L3xcDump.TYPE, (s, r) -> {
            final byte[] body = MessageCodec.encode(vpp.idOf(L3xcDetails.TYPE), 0, r.context(),
                new L3xcDetails(new L3xc(1, false, List.of())));
            body[body.length - 1] = (byte) 200;
            s.writeRaw(FrameCodec.frame(body));
        });
        assertThat(client.dump(L3xcDump.all())).failsWithin(Duration.ofSeconds(2))
            .withThrowableOfType(ExecutionException.class)
            .withMessageContaining("l3xc_dump: malformed answer: l3xc_details: truncated: 200 elements");
        assertThat(client.call(new ControlPing()).retval()).isZero();
    }

    @Test
    void anAbsurdFrameLengthClosesTheConnectionAndFailsWhatIsPending() throws Exception {
        final var disconnected = new LinkedBlockingQueue<Throwable>();
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onDisconnected(final Throwable cause) {
                disconnected.add(cause);
            }
        });
        vpp.handle(ControlPing.TYPE, (s, r) -> {
            final byte[] header = new byte[16];
            header[8] = 0x7F;
            header[9] = (byte) 0xFF;
            s.writeRaw(header);
        });
        vpp.handle(CreateLoopback.TYPE, (s, r) -> { });
        final var pending = client.send(new CreateLoopback(MacAddress.ZERO), Duration.ofSeconds(30));
        assertThat(client.send(new ControlPing())).failsWithin(Duration.ofSeconds(2))
            .withThrowableOfType(ExecutionException.class)
            .withCauseInstanceOf(VppConnectionException.class)
            .withMessageContaining("above the cap of 16777216");
        assertThat(pending).failsWithin(Duration.ofMillis(500));
        assertThat(disconnected.poll(2, TimeUnit.SECONDS)).hasMessageContaining("above the cap");
        assertThat(client.isConnected()).isFalse();
        client.reconnect();
        assertThat(client.isConnected()).isTrue();
        vpp.handle(ControlPing.TYPE, (s, r) -> s.reply(r, new ControlPingReply(0, 0, 5)));
        assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(5);
    }
}

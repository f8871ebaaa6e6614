/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Splitting a byte stream into frames: several per read, one across reads, junk in the header's q word. */
class FrameDecoderTest {
    private final List<byte[]> frames = new ArrayList<>();
    private final FrameDecoder.FrameSink sink = (buf, offset, length) ->
        frames.add(Arrays.copyOfRange(buf, offset, offset + length));

    private static byte[] frame(final byte[] body, final long junk) {
        final byte[] frame = FrameCodec.frame(body);
        for (int i = 0; i < 8; i++) {
            frame[i] = (byte) (junk >>> 8 * i);
        }
        frame[12] = (byte) 0xAB;
        return frame;
    }

    private static byte[] concat(final byte[]... parts) {
        final var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void severalFramesInOneRead() {
        final byte[] stream = concat(frame(new byte[] {1, 2}, 0), frame(new byte[] {3}, -1L),
            frame(new byte[] {4, 5, 6}, 0x7F00_DEAD_BEEFL));
        final var decoder = new FrameDecoder(1024);
        decoder.feed(stream, 0, stream.length, sink);
        assertThat(frames).containsExactly(new byte[] {1, 2}, new byte[] {3}, new byte[] {4, 5, 6});
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void aFrameSplitAcrossReadsIsHeldUntilComplete() {
        final byte[] stream = frame(new byte[] {9, 8, 7, 6, 5}, 0x1234L);
        final var decoder = new FrameDecoder(1024);
        for (int i = 0; i < stream.length - 1; i++) {
            decoder.feed(stream, i, 1, sink);
            assertThat(frames).isEmpty();
        }
        decoder.feed(stream, stream.length - 1, 1, sink);
        assertThat(frames).containsExactly(new byte[] {9, 8, 7, 6, 5});
    }

    @Test
    void theHeadersQWordAndGcMarkAreIgnored() {
        final byte[] stream = frame(new byte[] {42}, 0xFFFF_FFFF_FFFF_FFFFL);
        stream[13] = 0x55;
        new FrameDecoder(16).feed(stream, 0, stream.length, sink);
        assertThat(frames).containsExactly(new byte[] {42});
    }

    @Test
    void anEmptyBodyIsAFrameToo() {
        final byte[] stream = concat(frame(new byte[0], 7), frame(new byte[] {1}, 0));
        new FrameDecoder(16).feed(stream, 0, stream.length, sink);
        assertThat(frames).containsExactly(new byte[0], new byte[] {1});
    }

    @Test
    void aFrameLargerThanTheInitialBufferGrowsItWithinTheCap() {
        final byte[] body = new byte[200_000];
        Arrays.fill(body, (byte) 0x5A);
        final byte[] stream = frame(body, 0);
        final var decoder = new FrameDecoder(300_000);
        for (int at = 0; at < stream.length; at += 4096) {
            decoder.feed(stream, at, Math.min(4096, stream.length - at), sink);
        }
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0)).isEqualTo(body);
    }

    @Test
    void aDeclaredLengthAboveTheCapIsAFaultNotAnAllocation() {
        final byte[] header = new byte[16];
        header[8] = (byte) 0xFF;
        header[9] = (byte) 0xFF;
        header[10] = (byte) 0xFF;
        header[11] = (byte) 0xF0;
        final var decoder = new FrameDecoder(1 << 20);
        assertThatThrownBy(() -> decoder.feed(header, 0, header.length, sink))
            .isInstanceOf(WireFormatException.class)
            .hasMessageContaining("4294967280 bytes, above the cap of 1048576");
        assertThat(frames).isEmpty();
    }

    @Provide
    Arbitrary<List<byte[]>> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void anyChunkingOfAStreamYieldsTheSameFrames(@ForAll("bodies") final List<byte[]> bodies,
            @ForAll final long seed) {
        final var out = new ByteArrayOutputStream();
        for (byte[] body : bodies) {
            out.writeBytes(frame(body, seed));
        }
        final byte[] stream = out.toByteArray();
        final var decoder = new FrameDecoder(512);
        final var random = new java.util.Random(seed);
        int at = 0;
        while (at < stream.length) {
            final int n = Math.min(stream.length - at, 1 + random.nextInt(700));
            decoder.feed(stream, at, n, sink);
            at += n;
        }
        assertThat(frames).hasSize(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(frames.get(i)).isEqualTo(bodies.get(i));
        }
        frames.clear();
    }
}

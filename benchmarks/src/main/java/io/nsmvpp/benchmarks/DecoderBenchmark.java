/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.vpp.client.msg.InterfaceMtu;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import io.nsmvpp.vpp.client.wire.FrameDecoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The client's decoding cost without any socket: one {@code sw_interface_details} body (295 bytes, as VPP sends
 * it for a tagged loopback) decoded to its record, and a 1,000-frame stream split into frames and decoded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecoderBenchmark {
    static final int FRAMES = 1000;

    private final byte[] body;
    private final byte[] stream;

    public DecoderBenchmark() {
        body = MessageCodec.encode(0x123, 0, 7, sample(5));
        final byte[] frame = FrameCodec.frame(body);
        stream = new byte[frame.length * FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            System.arraycopy(frame, 0, stream, i * frame.length, frame.length);
        }
    }

    static SwInterfaceDetails sample(final int index) {
        return new SwInterfaceDetails(index, index, MacAddress.parse("de:ad:00:00:00:05"), 3, 0, 0, 0, 9000,
            new InterfaceMtu(9000, 0, 0, 0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MacAddress.ZERO, MacAddress.ZERO, 0, 0,
            "loop" + index, "Loopback", "nsm|fwd-7c9f|c|0d5f3a1e-9b7c-4f7e-8a51-2f3c4d5e6f70");
    }

    /** One details body to its record: the figure the issue asks for. */
    @Benchmark
    public SwInterfaceDetails decodeSwInterfaceDetails() {
        return MessageCodec.decode(SwInterfaceDetails.TYPE, body).message();
    }

    /** A stream of 1,000 frames through the frame decoder and the message decoder, as the reader thread does. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void decodeStreamOf1000(final Blackhole hole) {
        final var decoder = new FrameDecoder(FrameCodec.DEFAULT_MAX_RECEIVE_BODY);
        decoder.feed(stream, 0, stream.length, (buf, offset, length) ->
            hole.consume(MessageCodec.decode(SwInterfaceDetails.TYPE, buf, offset, length).message()));
    }
}

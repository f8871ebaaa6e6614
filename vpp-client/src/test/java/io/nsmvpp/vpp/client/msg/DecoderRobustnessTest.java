/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static org.assertj.core.api.Assertions.assertThat;

import io.nsmvpp.vpp.client.wire.WireFormatException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated bodies fed to every decoder: each either decodes to a record that encodes again, or fails with
 * {@link WireFormatException} naming the message. Nothing else escapes, and nothing allocates beyond the body.
 */
class DecoderRobustnessTest {
    @Provide
    Arbitrary<MessageType<?>> types() {
        return Arbitraries.of(Messages.ALL);
    }

    @Property(tries = 2000)
    void randomBodiesDecodeOrFailCleanly(@ForAll("types") final MessageType<?> type,
            @ForAll final byte[] random) {
        try {
            final var decoded = MessageCodec.decode(type, random);
            assertThat(decoded.message().type()).isSameAs(type);
            MessageCodec.encode(0, 0, 0, decoded.message());
        } catch (WireFormatException e) {
            assertThat(e.getMessage()).startsWith(type.name() + ":");
        }
    }

    @Property(tries = 2000)
    void mutatedValidBodiesDecodeOrFailCleanly(@ForAll("types") final MessageType<?> type,
            @ForAll final long seed) {
        final var rnd = new java.util.Random(seed);
        final VppMessage zero = MessageCodec.decode(type, new byte[type.minSize()]).message();
        final byte[] valid = MessageCodec.encode(1, 2, 3, zero);
        final byte[] body = java.util.Arrays.copyOf(valid, Math.max(0, valid.length + rnd.nextInt(64) - 16));
        for (int i = 0; i < 4 && body.length > 0; i++) {
            body[rnd.nextInt(body.length)] = (byte) rnd.nextInt(256);
        }
        try {
            final var decoded = MessageCodec.decode(type, body);
            assertThat(decoded.message().type()).isSameAs(type);
        } catch (WireFormatException e) {
            assertThat(e.getMessage()).startsWith(type.name() + ":");
        }
    }
}

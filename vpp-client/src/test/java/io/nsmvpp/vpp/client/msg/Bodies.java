/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static org.assertj.core.api.Assertions.assertThat;

import io.nsmvpp.vpp.client.wire.WireWriter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;

/** Assertions on encoded bodies, shared by the codec tests. */
final class Bodies {
    private Bodies() {
        // utility class
    }

    static void assertBytes(final byte[] body, final int offset, final String hex) {
        assertBytes(body, offset, HexFormat.of().parseHex(hex));
    }

    static void assertBytes(final byte[] body, final int offset, final byte[] expected) {
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(body, offset, offset + expected.length)))
            .as("bytes at offset %d", offset)
            .isEqualTo(HexFormat.of().formatHex(expected));
    }

    static byte[] encoded(final Consumer<WireWriter> encoder) {
        final var out = new WireWriter();
        encoder.accept(out);
        return out.toByteArray();
    }

    static byte[] encoded(final FibPath value) {
        return encoded(value::encode);
    }

    static byte[] encoded(final L3xc value) {
        return encoded(value::encode);
    }

    static byte[] encoded(final WireguardInterface value) {
        return encoded(value::encode);
    }

    static byte[] encoded(final WireguardPeer value) {
        return encoded(value::encode);
    }

    static byte[] encoded(final WireguardPeerV2 value) {
        return encoded(value::encode);
    }
}

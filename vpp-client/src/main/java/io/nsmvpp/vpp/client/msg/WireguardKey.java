/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A WireGuard key, {@code u8 key[32]}. A class rather than a record over {@code byte[]}, so that it is immutable
 * and compares by content.
 */
public final class WireguardKey {
    public static final int SIZE = 32;
    /** The all-zero key VPP shows for a private key unless asked to reveal it. */
    public static final WireguardKey ZERO = new WireguardKey(new byte[SIZE]);

    private final byte[] bytes;

    private WireguardKey(final byte[] bytes) {
        this.bytes = bytes;
    }

    public static WireguardKey of(final byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a WireGuard key has 32 bytes, got " + bytes.length);
        }
        return new WireguardKey(bytes.clone());
    }

    /** Parses the base64 form wg(8) prints. */
    public static WireguardKey ofBase64(final String text) {
        return of(Base64.getDecoder().decode(text));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public void encode(final WireWriter out) {
        out.bytes(bytes);
    }

    public static WireguardKey decode(final WireReader in) {
        return new WireguardKey(in.bytes(SIZE));
    }

    @Override
    public boolean equals(final Object obj) {
        return this == obj || obj instanceof WireguardKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}

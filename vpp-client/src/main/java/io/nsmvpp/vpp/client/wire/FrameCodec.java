/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

/**
 * VPP's socket framing. Every message is a 16-byte header and a body:
 *
 * <pre>
 *  0               8               12              16
 *  +---------------+---------------+---------------+----------------------+
 *  | u64 q         | u32 data_len  | u32 gc_mark   | body (data_len bytes)|
 *  | send 0; VPP   | big-endian,   | send 0,       |                      |
 *  | fills junk    | body only     | ignore        |                      |
 *  +---------------+---------------+---------------+----------------------+
 * </pre>
 */
public final class FrameCodec {
    /** Size of the frame header. */
    public static final int HEADER_SIZE = 16;
    /** Default cap on a body the client sends; the largest legitimate request is far below it. */
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    /** Default cap on a body the client accepts; the message table and api-json replies fit well within it. */
    public static final int DEFAULT_MAX_RECEIVE_BODY = 16 << 20;

    private FrameCodec() {
        // utility class
    }

    /** Writes a header for a body of {@code bodyLength} bytes at {@code offset}. */
    public static void writeHeader(final byte[] dst, final int offset, final int bodyLength) {
        for (int i = 0; i < 8; i++) {
            dst[offset + i] = 0;
        }
        WireWriter.putInt(dst, offset + 8, bodyLength);
        WireWriter.putInt(dst, offset + 12, 0);
    }

    /** Reads the body length of the header at {@code offset} as an unsigned value; the junk q word is ignored. */
    public static long bodyLength(final byte[] src, final int offset) {
        return WireReader.getInt(src, offset + 8) & 0xFFFF_FFFFL;
    }

    /** A whole frame (header and body) for {@code body}. */
    public static byte[] frame(final byte[] body) {
        final byte[] out = new byte[HEADER_SIZE + body.length];
        writeHeader(out, 0, body.length);
        System.arraycopy(body, 0, out, HEADER_SIZE, body.length);
        return out;
    }
}

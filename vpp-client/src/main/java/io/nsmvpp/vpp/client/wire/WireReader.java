/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import java.nio.charset.StandardCharsets;

/**
 * Big-endian reader over one message body. Every read is bounded by the body's length: a truncated body throws
 * {@link WireFormatException} instead of reading past it, and {@link #count(int, int)} checks a variable-length
 * array against the bytes left before anyone allocates room for it.
 *
 * <p>Bytes after the last field are ignored, as VPP does.
 */
public final class WireReader {
    private final byte[] buf;
    private final int start;
    private final int limit;
    private int pos;

    @SuppressWarnings("EI_EXPOSE_REP2")
    public WireReader(final byte[] buf, final int offset, final int length) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length + " array " + buf.length);
        }
        this.buf = buf;
        this.start = offset;
        this.pos = offset;
        this.limit = offset + length;
    }

    public WireReader(final byte[] body) {
        this(body, 0, body.length);
    }

    /** Bytes read so far, counted from the start of the body. */
    public int position() {
        return pos - start;
    }

    public int remaining() {
        return limit - pos;
    }

    private int take(final int size) {
        if (size > limit - pos) {
            throw new WireFormatException("truncated: needs " + size + " bytes at offset " + (pos - start)
                + " but the body has " + (limit - start));
        }
        final int at = pos;
        pos += size;
        return at;
    }

    public int u8() {
        return buf[take(1)] & 0xFF;
    }

    /** A VPP bool: any non-zero byte is true. */
    public boolean bool() {
        return buf[take(1)] != 0;
    }

    public int u16() {
        final int at = take(2);
        return (buf[at] & 0xFF) << 8 | buf[at + 1] & 0xFF;
    }

    public int i32() {
        final int at = take(4);
        return getInt(buf, at);
    }

    /** A u32, always in 0..0xFFFFFFFF. */
    public long u32() {
        return i32() & 0xFFFF_FFFFL;
    }

    /** A u64 or i64; for u64 the result is the unsigned bit pattern. */
    public long u64() {
        final int at = take(8);
        return (long) getInt(buf, at) << 32 | getInt(buf, at + 4) & 0xFFFF_FFFFL;
    }

    /** VPP sends f64 unswapped, little-endian on x86. */
    public double f64() {
        final int at = take(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | buf[at + i] & 0xFF;
        }
        return Double.longBitsToDouble(bits);
    }

    public byte[] bytes(final int size) {
        final int at = take(size);
        final byte[] out = new byte[size];
        System.arraycopy(buf, at, out, 0, size);
        return out;
    }

    public void skip(final int size) {
        take(size);
    }

    /**
     * Reads {@code string x[size]}. The text ends at the first NUL; if there is none it is cut to {@code size - 1}
     * bytes, as VPP itself does with a 64-byte tag.
     */
    public String fixedString(final int size) {
        final int at = take(size);
        int end = at;
        final int max = at + size - 1;
        boolean ascii = true;
        while (end < max && buf[end] != 0) {
            ascii &= buf[end] > 0;
            end++;
        }
        if (end == at) {
            return "";
        }
        if (ascii) {
            return new String(buf, at, end - at, StandardCharsets.ISO_8859_1);
        }
        // Not ASCII: another agent may have stored any bytes. Invalid UTF-8 becomes U+FFFD (3 bytes each), so cut
        // the text until it fits again: a record must never be refused for what VPP holds.
        String text = new String(buf, at, end - at, StandardCharsets.UTF_8);
        while (Strings.utf8Length(text) > size - 1) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** Reads {@code string x[]}: a u32 byte count, then that many bytes, which must be inside the body. */
    public String variableString() {
        final long length = u32();
        if (length > limit - pos) {
            throw new WireFormatException("truncated: variable string of " + length + " bytes at offset "
                + (pos - start) + " but only " + (limit - pos) + " bytes left");
        }
        final int at = take((int) length);
        return new String(buf, at, (int) length, StandardCharsets.UTF_8);
    }

    /**
     * Validates a variable-length array's count: {@code count} elements of at least {@code elementSize} bytes each
     * must fit in what is left, so a lying count cannot make the decoder allocate for elements that are not there.
     */
    public int count(final int count, final int elementSize) {
        if ((long) count * elementSize > limit - pos) {
            throw new WireFormatException("truncated: " + count + " elements of " + elementSize + " bytes at offset "
                + (pos - start) + " but only " + (limit - pos) + " bytes left");
        }
        return count;
    }

    static int getInt(final byte[] src, final int at) {
        return (src[at] & 0xFF) << 24 | (src[at + 1] & 0xFF) << 16 | (src[at + 2] & 0xFF) << 8 | src[at + 3] & 0xFF;
    }
}

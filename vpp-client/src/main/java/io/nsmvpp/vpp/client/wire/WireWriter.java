/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Big-endian writer for VPP message bodies. It grows as needed but never beyond {@code maxSize}: VPP does not check
 * request sizes (a 600 MiB body aborted it), so the client refuses to build anything larger than its cap.
 *
 * <p>Not thread-safe; one writer per encoding.
 */
public final class WireWriter {
    private byte[] buf;
    private int pos;
    private final int maxSize;

    public WireWriter(final int initialCapacity, final int maxSize) {
        if (maxSize < 0 || initialCapacity < 0) {
            throw new IllegalArgumentException("negative size");
        }
        this.maxSize = maxSize;
        this.buf = new byte[Math.min(initialCapacity, maxSize)];
    }

    /** A writer limited to {@link FrameCodec#DEFAULT_MAX_BODY} bytes. */
    public WireWriter() {
        this(256, FrameCodec.DEFAULT_MAX_BODY);
    }

    public int position() {
        return pos;
    }

    public int maxSize() {
        return maxSize;
    }

    /** The backing array; valid bytes are {@code [0, position())}. */
    @SuppressWarnings("EI_EXPOSE_REP")
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** Forgets the content, keeping the buffer for reuse. */
    public void reset() {
        pos = 0;
    }

    private void ensure(final int more) {
        final long needed = (long) pos + more;
        if (needed > maxSize) {
            throw new WireFormatException("message body would exceed the cap of " + maxSize + " bytes (needs at least "
                + needed + ")");
        }
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(maxSize, Math.max(needed, buf.length * 2L)));
        }
    }

    public WireWriter u8(final int value) {
        ensure(1);
        buf[pos++] = (byte) value;
        return this;
    }

    public WireWriter bool(final boolean value) {
        return u8(value ? 1 : 0);
    }

    public WireWriter u16(final int value) {
        ensure(2);
        buf[pos++] = (byte) (value >>> 8);
        buf[pos++] = (byte) value;
        return this;
    }

    /** Writes the low 32 bits of {@code value} (a u32 held in a long, or an i32). */
    public WireWriter u32(final long value) {
        ensure(4);
        putInt(buf, pos, (int) value);
        pos += 4;
        return this;
    }

    public WireWriter i32(final int value) {
        return u32(value);
    }

    /** Writes a u64 or i64; for u64, {@code value} holds the unsigned bit pattern. */
    public WireWriter u64(final long value) {
        ensure(8);
        putInt(buf, pos, (int) (value >>> 32));
        putInt(buf, pos + 4, (int) value);
        pos += 8;
        return this;
    }

    /** VPP does not byte-swap f64: it is sent in the host order of x86, little-endian. */
    public WireWriter f64(final double value) {
        final long bits = Double.doubleToRawLongBits(value);
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[pos++] = (byte) (bits >>> (8 * i));
        }
        return this;
    }

    public WireWriter bytes(final byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buf, pos, value.length);
        pos += value.length;
        return this;
    }

    public WireWriter zeros(final int count) {
        ensure(count);
        Arrays.fill(buf, pos, pos + count, (byte) 0);
        pos += count;
        return this;
    }

    /**
     * Writes {@code string x[size]}: exactly {@code size} bytes, the UTF-8 text then NUL padding. The text may take
     * at most {@code size - 1} bytes so that a NUL always ends it.
     */
    public WireWriter fixedString(final String value, final int size) {
        ensure(size);
        int written;
        if (value.length() < size && Strings.isAscii(value)) {
            written = value.length();
            value.getBytes(0, written, buf, pos);
        } else {
            final byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            if (utf8.length > size - 1) {
                throw new WireFormatException("string of " + utf8.length + " bytes does not fit string[" + size
                    + "] (at most " + (size - 1) + ")");
            }
            System.arraycopy(utf8, 0, buf, pos, utf8.length);
            written = utf8.length;
        }
        Arrays.fill(buf, pos + written, pos + size, (byte) 0);
        pos += size;
        return this;
    }

    /** Writes {@code string x[]}: a u32 byte count, then the UTF-8 bytes, no NUL. An empty string is 4 zero bytes. */
    public WireWriter variableString(final String value) {
        final byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        u32(utf8.length);
        return bytes(utf8);
    }

    /** Overwrites 4 bytes at {@code offset}, for length fields known only after the body is written. */
    public void putU32At(final int offset, final long value) {
        if (offset < 0 || offset + 4 > pos) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside written bytes " + pos);
        }
        putInt(buf, offset, (int) value);
    }

    static void putInt(final byte[] dst, final int offset, final int value) {
        dst[offset] = (byte) (value >>> 24);
        dst[offset + 1] = (byte) (value >>> 16);
        dst[offset + 2] = (byte) (value >>> 8);
        dst[offset + 3] = (byte) value;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Splits a byte stream into frame bodies. One read may hold several frames or part of one; the decoder keeps the
 * rest for the next read. A header that declares a body above the cap is a fault the stream cannot recover from
 * (its framing is lost), so it throws {@link WireFormatException} and the caller closes the connection. The buffer
 * grows only to hold the frame being assembled, and never beyond header plus cap.
 *
 * <p>Not thread-safe: one decoder per reading thread.
 */
public final class FrameDecoder {
    /** Receives each complete body; the bytes are only valid during the call. */
    @FunctionalInterface
    public interface FrameSink {
        void onFrame(byte[] buf, int offset, int length);
    }

    private static final int INITIAL_CAPACITY = 64 * 1024;

    private final int maxBody;
    private byte[] buf;
    private int start;
    private int end;

    public FrameDecoder(final int maxBody) {
        this.maxBody = maxBody;
        this.buf = new byte[Math.min(INITIAL_CAPACITY, FrameCodec.HEADER_SIZE + maxBody)];
    }

    /** Bytes buffered towards an incomplete frame. */
    public int buffered() {
        return end - start;
    }

    /**
     * A buffer to read into: its position and limit frame the free space. After reading, call {@link #commit(int)}
     * with the number of bytes read, then {@link #drain(FrameSink)}.
     */
    public ByteBuffer writable() {
        if (end == buf.length) {
            compact();
            if (end == buf.length) {
                // A frame larger than the buffer: drain() only gets here with its size known and below the cap.
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, FrameCodec.HEADER_SIZE + maxBody));
            }
        }
        return ByteBuffer.wrap(buf, end, buf.length - end);
    }

    public void commit(final int read) {
        if (read < 0 || read > buf.length - end) {
            throw new IllegalArgumentException("bad read count " + read);
        }
        end += read;
    }

    /** Copies {@code length} bytes in and delivers every frame they complete. */
    public void feed(final byte[] data, final int offset, final int length, final FrameSink sink) {
        int off = offset;
        int left = length;
        while (left > 0) {
            final ByteBuffer dst = writable();
            final int n = Math.min(left, dst.remaining());
            System.arraycopy(data, off, buf, end, n);
            commit(n);
            off += n;
            left -= n;
            drain(sink);
        }
    }

    /** Delivers every complete frame buffered, in order. */
    public void drain(final FrameSink sink) {
        while (end - start >= FrameCodec.HEADER_SIZE) {
            final long length = FrameCodec.bodyLength(buf, start);
            if (length > maxBody) {
                throw new WireFormatException("frame declares a body of " + length + " bytes, above the cap of "
                    + maxBody);
            }
            final int total = FrameCodec.HEADER_SIZE + (int) length;
            if (end - start < total) {
                if (total > buf.length) {
                    // Make room now so the next read can complete this frame.
                    final byte[] bigger = new byte[Math.max(total, Math.min(buf.length * 2,
                        FrameCodec.HEADER_SIZE + maxBody))];
                    System.arraycopy(buf, start, bigger, 0, end - start);
                    end -= start;
                    start = 0;
                    buf = bigger;
                }
                break;
            }
            final int bodyStart = start + FrameCodec.HEADER_SIZE;
            start += total;
            sink.onFrame(buf, bodyStart, (int) length);
        }
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    private void compact() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
    }
}

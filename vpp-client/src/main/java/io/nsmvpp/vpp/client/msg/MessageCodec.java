/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.Wire;
import io.nsmvpp.vpp.client.wire.WireFormatException;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * Writes and reads whole message bodies: the u16 message id, the header fields of the message's
 * {@link HeaderLayout}, then the record's own fields. Both directions serve both ends: the client encodes requests
 * and decodes replies, a simulator the reverse.
 */
public final class MessageCodec {
    private MessageCodec() {
        // utility class
    }

    /** Appends the body of {@code message} to {@code out}. */
    public static void encode(final WireWriter out, final int msgId, final long clientIndex, final long context,
            final VppMessage message) {
        encode(out, msgId, clientIndex, context, message, message.type());
    }

    /**
     * Appends the body of {@code message} in {@code form}: the message's own type, or one of its
     * {@linkplain MessageType#olderForms() older forms}, which refuses a value it cannot carry.
     */
    public static void encode(final WireWriter out, final int msgId, final long clientIndex, final long context,
            final VppMessage message, final MessageType<?> form) {
        if (!form.name().equals(message.type().name())) {
            throw new IllegalArgumentException(message.type().name() + " cannot be written as " + form.name());
        }
        Wire.checkU16(msgId, "msgId");
        out.u16(msgId);
        switch (message.type().header()) {
            case CLIENT_CONTEXT -> {
                out.u32(clientIndex);
                out.u32(context);
            }
            case CONTEXT -> out.u32(context);
            case CLIENT -> out.u32(clientIndex);
            default -> throw new IllegalStateException();
        }
        form.encode(out, message);
    }

    /** The body of {@code message} as a new array. */
    public static byte[] encode(final int msgId, final long clientIndex, final long context,
            final VppMessage message) {
        final var out = new WireWriter();
        encode(out, msgId, clientIndex, context, message);
        return out.toByteArray();
    }

    /** The message id of a body, or -1 if the body is too short to hold one. */
    public static int msgId(final byte[] buf, final int offset, final int length) {
        return length < 2 ? -1 : (buf[offset] & 0xFF) << 8 | buf[offset + 1] & 0xFF;
    }

    /**
     * Decodes a body known to be of {@code type}. Throws {@link WireFormatException}, naming the message, when the
     * body is shorter than the type requires.
     */
    public static <T extends VppMessage> Envelope<T> decode(final MessageType<T> type, final byte[] buf,
            final int offset, final int length) {
        if (length < type.minSize()) {
            throw new WireFormatException(type.name() + ": truncated: body of " + length + " bytes, at least "
                + type.minSize() + " needed");
        }
        final var in = new WireReader(buf, offset, length);
        final int msgId = in.u16();
        long clientIndex = 0;
        long context = 0;
        switch (type.header()) {
            case CLIENT_CONTEXT -> {
                clientIndex = in.u32();
                context = in.u32();
            }
            case CONTEXT -> context = in.u32();
            case CLIENT -> clientIndex = in.u32();
            default -> throw new IllegalStateException();
        }
        return new Envelope<>(msgId, clientIndex, context, type.decode(in));
    }

    public static <T extends VppMessage> Envelope<T> decode(final MessageType<T> type, final byte[] body) {
        return decode(type, body, 0, body.length);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireFormatException;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Static description of one message: its name and CRC (together the {@code name_crc} VPP's message table lists),
 * the VPP plugin that defines it, its header layout, its smallest valid body and its decoder. Message ids are not
 * here: VPP assigns them per run, and the client resolves them by {@link #nameCrc()} at every connect.
 *
 * @param <T> the record type
 */
public final class MessageType<T extends VppMessage> {
    /** Plugin name of messages built into VPP itself (vlibmemory, vpe, vnet). */
    public static final String CORE = "core";

    private final String name;
    private final String crc;
    private final String nameCrc;
    private final String plugin;
    private final MessageRole role;
    private final HeaderLayout header;
    private final int minSize;
    private final Function<WireReader, T> decoder;
    /** Writes the record in this form; null for today's form, which the record writes itself. */
    private final BiConsumer<WireWriter, T> encoder;
    private final List<MessageType<T>> olderForms;

    MessageType(final String name, final String crc, final String plugin, final MessageRole role,
            final HeaderLayout header, final int minSize, final Function<WireReader, T> decoder) {
        this(name, crc, plugin, role, header, minSize, decoder, null, List.of());
    }

    private MessageType(final String name, final String crc, final String plugin, final MessageRole role,
            final HeaderLayout header, final int minSize, final Function<WireReader, T> decoder,
            final BiConsumer<WireWriter, T> encoder, final List<MessageType<T>> olderForms) {
        this.name = Objects.requireNonNull(name);
        this.crc = Objects.requireNonNull(crc);
        this.nameCrc = name + "_" + crc.substring(2);
        this.plugin = Objects.requireNonNull(plugin);
        this.role = Objects.requireNonNull(role);
        this.header = Objects.requireNonNull(header);
        this.minSize = minSize;
        this.decoder = Objects.requireNonNull(decoder);
        this.encoder = encoder;
        this.olderForms = List.copyOf(olderForms);
    }

    /** This form, written by {@code writer} instead of the record's own {@code encode}: an older form. */
    MessageType<T> encodedBy(final BiConsumer<WireWriter, T> writer) {
        return new MessageType<>(name, crc, plugin, role, header, minSize, decoder, Objects.requireNonNull(writer),
            olderForms);
    }

    /** This type, knowing the older forms older VPP releases announce instead of it. */
    @SafeVarargs
    final MessageType<T> withOlder(final MessageType<T>... forms) {
        return new MessageType<>(name, crc, plugin, role, header, minSize, decoder, encoder, List.of(forms));
    }

    /**
     * The forms of this message that older VPP releases have, each with its own CRC, reading into and writing from
     * the same record; a client uses one when VPP announces its CRC instead of today's. Usually empty.
     */
    public List<MessageType<T>> olderForms() {
        return olderForms;
    }

    /** Whether this is an older form of a message rather than today's. */
    public boolean isOlderForm() {
        return encoder != null;
    }

    /**
     * Writes the fields of {@code message}, a record of this message, after the header in this form. An older form
     * refuses (with {@link IllegalArgumentException}) a value it cannot carry.
     */
    @SuppressWarnings("unchecked")
    public void encode(final WireWriter out, final VppMessage message) {
        if (encoder == null) {
            message.encode(out);
        } else {
            encoder.accept(out, (T) message);
        }
    }

    /**
     * Describes a message this library does not ship, for example one of another plugin. The caller writes its
     * record; the client resolves its id like any other once the type is listed in the client's checked messages.
     */
    public static <T extends VppMessage> MessageType<T> define(final String name, final String crc,
            final String plugin, final MessageRole role, final HeaderLayout header, final int minSize,
            final Function<WireReader, T> decoder) {
        return new MessageType<>(name, crc, plugin, role, header, minSize, decoder);
    }

    static <T extends VppMessage> MessageType<T> request(final String name, final String crc, final String plugin,
            final int minSize, final Function<WireReader, T> decoder) {
        return new MessageType<>(name, crc, plugin, MessageRole.REQUEST, HeaderLayout.CLIENT_CONTEXT, minSize,
            decoder);
    }

    static <T extends VppMessage> MessageType<T> reply(final String name, final String crc, final String plugin,
            final int minSize, final Function<WireReader, T> decoder) {
        return new MessageType<>(name, crc, plugin, MessageRole.REPLY, HeaderLayout.CONTEXT, minSize, decoder);
    }

    static <T extends VppMessage> MessageType<T> details(final String name, final String crc, final String plugin,
            final int minSize, final Function<WireReader, T> decoder) {
        return new MessageType<>(name, crc, plugin, MessageRole.DETAILS, HeaderLayout.CONTEXT, minSize, decoder);
    }

    static <T extends VppMessage> MessageType<T> event(final String name, final String crc, final String plugin,
            final int minSize, final Function<WireReader, T> decoder) {
        return new MessageType<>(name, crc, plugin, MessageRole.EVENT, HeaderLayout.CLIENT, minSize, decoder);
    }

    /** The API name, for example {@code sw_interface_dump}. */
    public String name() {
        return name;
    }

    /** The CRC as VPP's API JSON writes it, for example {@code 0xaa610c27}. */
    public String crc() {
        return crc;
    }

    /** The key of VPP's message table, for example {@code sw_interface_dump_aa610c27}. */
    public String nameCrc() {
        return nameCrc;
    }

    /** The plugin that defines the message, or {@link #CORE}. */
    public String plugin() {
        return plugin;
    }

    public MessageRole role() {
        return role;
    }

    public HeaderLayout header() {
        return header;
    }

    /** Smallest valid body in bytes, header included (variable parts empty); VPP drops shorter bodies. */
    public int minSize() {
        return minSize;
    }

    /**
     * Decodes the fields after the header. A truncated body throws {@link WireFormatException} naming this message.
     */
    public T decode(final WireReader in) {
        try {
            return decoder.apply(in);
        } catch (WireFormatException e) {
            throw new WireFormatException(name + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(name + ": invalid field: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return nameCrc;
    }
}

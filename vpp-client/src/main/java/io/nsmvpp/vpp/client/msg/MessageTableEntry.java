/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.Wire;
import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * {@code message_table_entry}: one row of the message table {@code sockclnt_create_reply}
 * sends, a runtime id and a {@code name_crc}.
 *
 * @param index {@code index} (u16)
 * @param name {@code name} (string[64])
 */
public record MessageTableEntry(int index, String name) {
    /** Size on the wire. */
    public static final int SIZE = 66;

    public MessageTableEntry {
        Wire.checkU16(index, "index");
        Wire.checkFixedString(name, 64, "name");
    }

    public void encode(final WireWriter out) {
        out.u16(index);
        out.fixedString(name, 64);
    }

    public static MessageTableEntry decode(final WireReader in) {
        final int index = in.u16();
        final String name = in.fixedString(64);
        return new MessageTableEntry(index, name);
    }
}

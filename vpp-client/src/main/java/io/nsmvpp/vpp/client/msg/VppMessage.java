/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import io.nsmvpp.vpp.client.wire.WireWriter;

/**
 * One VPP API message: an immutable record that knows its {@link MessageType} and writes its own fields. The
 * message id, {@code client_index} and {@code context} are not part of the record: they belong to the connection
 * and are written by {@link MessageCodec}.
 */
public interface VppMessage {
    /** Name, CRC, header layout and decoder of this message. */
    MessageType<?> type();

    /** Writes the fields that follow the header, in wire order. */
    void encode(WireWriter out);
}

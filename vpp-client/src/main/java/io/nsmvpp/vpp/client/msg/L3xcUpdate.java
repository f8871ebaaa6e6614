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
import java.util.Objects;

/**
 * {@code l3xc_update}: creates or replaces an L3 cross-connect of one interface and family.
 *
 * @param l3xc {@code l3xc} (l3xc)
 */
public record L3xcUpdate(L3xc l3xc) implements VppRequest<L3xcUpdateReply> {
    public static final String NAME = "l3xc_update";
    public static final String CRC = "0xe96aabdf";
    public static final String NAME_CRC = "l3xc_update_e96aabdf";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 16;
    public static final MessageType<L3xcUpdate> TYPE =
        MessageType.request(NAME, CRC, Plugins.L3XC, MIN_SIZE, L3xcUpdate::decode);

    public L3xcUpdate {
        Objects.requireNonNull(l3xc, "l3xc");
    }

    @Override
    public MessageType<L3xcUpdate> type() {
        return TYPE;
    }

    @Override
    public MessageType<L3xcUpdateReply> replyType() {
        return L3xcUpdateReply.TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        l3xc.encode(out);
    }

    public static L3xcUpdate decode(final WireReader in) {
        final L3xc l3xc = L3xc.decode(in);
        return new L3xcUpdate(l3xc);
    }
}

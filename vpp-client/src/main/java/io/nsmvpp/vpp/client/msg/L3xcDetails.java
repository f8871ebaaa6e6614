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
 * {@code l3xc_details}: one cross-connect of a {@link L3xcDump}.
 *
 * @param l3xc {@code l3xc} (l3xc)
 */
public record L3xcDetails(L3xc l3xc) implements VppMessage {
    public static final String NAME = "l3xc_details";
    public static final String CRC = "0xbc5bf852";
    public static final String NAME_CRC = "l3xc_details_bc5bf852";
    /** Body size with every variable part empty, header included. */
    public static final int MIN_SIZE = 12;
    public static final MessageType<L3xcDetails> TYPE =
        MessageType.details(NAME, CRC, Plugins.L3XC, MIN_SIZE, L3xcDetails::decode);

    public L3xcDetails {
        Objects.requireNonNull(l3xc, "l3xc");
    }

    @Override
    public MessageType<L3xcDetails> type() {
        return TYPE;
    }

    @Override
    public void encode(final WireWriter out) {
        l3xc.encode(out);
    }

    public static L3xcDetails decode(final WireReader in) {
        final L3xc l3xc = L3xc.decode(in);
        return new L3xcDetails(l3xc);
    }
}

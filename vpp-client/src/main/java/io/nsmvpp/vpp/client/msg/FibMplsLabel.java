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
 * {@code fib_mpls_label}: one MPLS label of a path's label stack, 7 bytes.
 *
 * @param isUniform {@code is_uniform} (u8)
 * @param label {@code label} (u32)
 * @param ttl {@code ttl} (u8)
 * @param exp {@code exp} (u8)
 */
public record FibMplsLabel(int isUniform, long label, int ttl, int exp) {
    /** Size on the wire. */
    public static final int SIZE = 7;
    /** An unused label-stack slot. */
    public static final FibMplsLabel NONE = new FibMplsLabel(0, 0, 0, 0);

    public FibMplsLabel {
        Wire.checkU8(isUniform, "isUniform");
        Wire.checkU32(label, "label");
        Wire.checkU8(ttl, "ttl");
        Wire.checkU8(exp, "exp");
    }

    public void encode(final WireWriter out) {
        out.u8(isUniform);
        out.u32(label);
        out.u8(ttl);
        out.u8(exp);
    }

    public static FibMplsLabel decode(final WireReader in) {
        final int isUniform = in.u8();
        final long label = in.u32();
        final int ttl = in.u8();
        final int exp = in.u8();
        return new FibMplsLabel(isUniform, label, ttl, exp);
    }
}

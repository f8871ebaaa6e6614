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
import java.util.Objects;

/**
 * {@code fib_path_nh}: a path's next hop, 28 bytes. {@code address} is IPv4 or IPv6 according to
 * the path's {@code proto}.
 *
 * @param address {@code address} (address_union)
 * @param viaLabel {@code via_label} (u32)
 * @param objId {@code obj_id} (u32)
 * @param classifyTableIndex {@code classify_table_index} (u32)
 */
public record FibPathNh(AddressUnion address, long viaLabel, long objId, long classifyTableIndex) {
    /** Size on the wire. */
    public static final int SIZE = 28;

    public FibPathNh {
        Objects.requireNonNull(address, "address");
        Wire.checkU32(viaLabel, "viaLabel");
        Wire.checkU32(objId, "objId");
        Wire.checkU32(classifyTableIndex, "classifyTableIndex");
    }

    public void encode(final WireWriter out) {
        address.encode(out);
        out.u32(viaLabel);
        out.u32(objId);
        out.u32(classifyTableIndex);
    }

    public static FibPathNh decode(final WireReader in) {
        final AddressUnion address = AddressUnion.decode(in);
        final long viaLabel = in.u32();
        final long objId = in.u32();
        final long classifyTableIndex = in.u32();
        return new FibPathNh(address, viaLabel, objId, classifyTableIndex);
    }
}

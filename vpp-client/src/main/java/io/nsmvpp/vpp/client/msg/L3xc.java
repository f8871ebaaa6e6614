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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code l3xc}: an L3 cross-connect of one interface and address family to a set of paths. Variable size: 6
 * bytes plus 167 per path.
 *
 * @param swIfIndex {@code sw_if_index} (u32 interface_index)
 * @param isIp6 {@code is_ip6} (bool)
 * @param paths {@code paths} (fib_path[n_paths], its count {@code n_paths} is implied)
 */
public record L3xc(long swIfIndex, boolean isIp6, List<FibPath> paths) {
    /** Smallest size (no array elements) on the wire. */
    public static final int SIZE = 6;

    public L3xc {
        Wire.checkU32(swIfIndex, "swIfIndex");
        paths = List.copyOf(paths);
        Wire.checkCount(paths.size(), Wire.U8_MAX, "paths");
    }

    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.bool(isIp6);
        out.u8(paths.size());
        for (FibPath element : paths) {
            element.encode(out);
        }
    }

    public static L3xc decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final boolean isIp6 = in.bool();
        final int pathsCount = in.count(in.u8(), FibPath.SIZE);
        final var paths = new ArrayList<FibPath>(pathsCount);
        for (int i = 0; i < pathsCount; i++) {
            paths.add(FibPath.decode(in));
        }
        return new L3xc(swIfIndex, isIp6, paths);
    }
}

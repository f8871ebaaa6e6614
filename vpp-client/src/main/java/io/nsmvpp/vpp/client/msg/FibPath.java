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
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code fib_path}: one path of a route or cross-connect, 167 bytes. The label stack always has 16
 * entries on the wire; {@code nLabels} says how many are used.
 *
 * @param swIfIndex {@code sw_if_index} (u32)
 * @param tableId {@code table_id} (u32)
 * @param rpfId {@code rpf_id} (u32)
 * @param weight {@code weight} (u8)
 * @param preference {@code preference} (u8)
 * @param type {@code type} (u32 fib_path_type, see {@link FibPathType})
 * @param flags {@code flags} (u32 fib_path_flags, see {@link FibPathFlags})
 * @param proto {@code proto} (u32 fib_path_nh_proto, see {@link FibPathNhProto})
 * @param nh {@code nh} (fib_path_nh)
 * @param nLabels {@code n_labels} (u8)
 * @param labelStack {@code label_stack} (fib_mpls_label[16])
 */
public record FibPath(
        long swIfIndex, long tableId, long rpfId, int weight, int preference, long type, long flags, long proto,
        FibPathNh nh, int nLabels, List<FibMplsLabel> labelStack) {
    /** Size on the wire. */
    public static final int SIZE = 167;
    /** The 16 unused slots of a path without MPLS labels. */
    public static final List<FibMplsLabel> NO_LABELS = Collections.nCopies(16, FibMplsLabel.NONE);

    public FibPath {
        Wire.checkU32(swIfIndex, "swIfIndex");
        Wire.checkU32(tableId, "tableId");
        Wire.checkU32(rpfId, "rpfId");
        Wire.checkU8(weight, "weight");
        Wire.checkU8(preference, "preference");
        Wire.checkU32(type, "type");
        Wire.checkU32(flags, "flags");
        Wire.checkU32(proto, "proto");
        Objects.requireNonNull(nh, "nh");
        Wire.checkU8(nLabels, "nLabels");
        labelStack = List.copyOf(labelStack);
        if (labelStack.size() != 16) {
            throw new IllegalArgumentException("labelStack must have exactly 16 elements, got " + labelStack.size());
        }
    }

    /**
     * A plain path out of {@code swIfIndex} towards {@code nextHop}, weight 1, no labels: what an L3
     * cross-connect needs.
     */
    public static FibPath via(final long swIfIndex, final Address nextHop) {
        return new FibPath(swIfIndex, 0, 0, 1, 0, FibPathType.NORMAL, FibPathFlags.NONE,
            nextHop.isIp6() ? FibPathNhProto.IP6 : FibPathNhProto.IP4, new FibPathNh(nextHop.un(), 0, 0, 0), 0,
            NO_LABELS);
    }

    public void encode(final WireWriter out) {
        out.u32(swIfIndex);
        out.u32(tableId);
        out.u32(rpfId);
        out.u8(weight);
        out.u8(preference);
        out.u32(type);
        out.u32(flags);
        out.u32(proto);
        nh.encode(out);
        out.u8(nLabels);
        for (FibMplsLabel element : labelStack) {
            element.encode(out);
        }
    }

    public static FibPath decode(final WireReader in) {
        final long swIfIndex = in.u32();
        final long tableId = in.u32();
        final long rpfId = in.u32();
        final int weight = in.u8();
        final int preference = in.u8();
        final long type = in.u32();
        final long flags = in.u32();
        final long proto = in.u32();
        final FibPathNh nh = FibPathNh.decode(in);
        final int nLabels = in.u8();
        final var labelStack = new ArrayList<FibMplsLabel>(16);
        for (int i = 0; i < 16; i++) {
            labelStack.add(FibMplsLabel.decode(in));
        }
        return new FibPath(swIfIndex, tableId, rpfId, weight, preference, type, flags, proto, nh, nLabels, labelStack);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code af_packet_flags} (u32 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class AfPacketFlags {
    /** {@code AF_PACKET_API_FLAG_QDISC_BYPASS}. */
    public static final long QDISC_BYPASS = 1;
    /** {@code AF_PACKET_API_FLAG_CKSUM_GSO}. */
    public static final long CKSUM_GSO = 2;
    /** {@code AF_PACKET_API_FLAG_VERSION_2}. */
    public static final long VERSION_2 = 8;

    private AfPacketFlags() {
        // constants only
    }
}

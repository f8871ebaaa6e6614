/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code af_packet_mode} (u32 enum).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class AfPacketMode {
    /** {@code AF_PACKET_API_MODE_ETHERNET}. */
    public static final long ETHERNET = 1;
    /** {@code AF_PACKET_API_MODE_IP}. */
    public static final long IP = 2;

    private AfPacketMode() {
        // constants only
    }
}

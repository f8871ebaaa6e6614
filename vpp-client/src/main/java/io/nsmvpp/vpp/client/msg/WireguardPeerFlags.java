/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * Values of {@code wireguard_peer_flags} (u8 bit flags).
 * The records keep the raw value, so that a decoder never loses an unknown one; these constants name the
 * known ones.
 */
public final class WireguardPeerFlags {
    /** {@code WIREGUARD_PEER_STATUS_DEAD}. */
    public static final int STATUS_DEAD = 1;
    /** {@code WIREGUARD_PEER_ESTABLISHED}. */
    public static final int ESTABLISHED = 2;

    private WireguardPeerFlags() {
        // constants only
    }
}

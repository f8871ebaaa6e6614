/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import java.util.Set;

/**
 * Names of the VPP plugins whose messages this client knows. A caller declares the plugins it uses, and only their
 * messages (with the core ones) must be present at connect: a VPP without, say, wireguard is fine for a caller that
 * never creates a WireGuard interface.
 */
public final class Plugins {
    public static final String MEMIF = "memif";
    public static final String TAP = "tap";
    public static final String VXLAN = "vxlan";
    public static final String WIREGUARD = "wireguard";
    public static final String L3XC = "l3xc";
    public static final String AF_PACKET = "af_packet";
    /** Every plugin above. */
    public static final Set<String> ALL = Set.of(MEMIF, TAP, VXLAN, WIREGUARD, L3XC, AF_PACKET);

    private Plugins() {
        // constants only
    }
}

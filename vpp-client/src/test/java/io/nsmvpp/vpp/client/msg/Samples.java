/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import java.util.ArrayList;
import java.util.List;

/** Sample values of the composite types, for the layout tests. */
final class Samples {
    private Samples() {
        // utility class
    }

    static WireguardKey key(final int first) {
        final byte[] bytes = new byte[WireguardKey.SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return WireguardKey.of(bytes);
    }

    static FibPath fibPath() {
        final var labels = new ArrayList<>(FibPath.NO_LABELS);
        labels.set(0, new FibMplsLabel(1, 0xFFFFFFFFL, 200, 255));
        return new FibPath(0xFFFFFFFFL, 0x80000001L, 7, 200, 129, FibPathType.LOCAL, FibPathFlags.RESOLVE_VIA_HOST,
            FibPathNhProto.IP6, new FibPathNh(Address.parse("fd00::1").un(), 0xFFFFFFFFL, 3, 4), 1, labels);
    }

    static L3xc l3xc(final int paths) {
        final var list = new ArrayList<FibPath>();
        for (int i = 0; i < paths; i++) {
            list.add(FibPath.via(i, Address.parse("10.0.0." + (i % 250 + 1))));
        }
        return new L3xc(0xFFFFFFFEL, true, list);
    }

    static WireguardInterface wireguardInterface() {
        return new WireguardInterface(0xFFFFFFFFL, 0x80000000L, key(1), key(0x80), 51820, Address.parse("10.1.1.1"));
    }

    static List<Prefix> prefixes(final int count) {
        final var list = new ArrayList<Prefix>();
        for (int i = 0; i < count; i++) {
            list.add(Prefix.parse("10." + (i % 250) + ".0.0/16"));
        }
        return list;
    }

    static WireguardPeer wireguardPeer(final int allowedIps) {
        return new WireguardPeer(0xFFFFFFFFL, key(0xC0), 65535, 25, 0x80000000L, Address.parse("fd00::2"), 5,
            WireguardPeerFlags.ESTABLISHED, prefixes(allowedIps));
    }

    static WireguardPeerV2 wireguardPeerV2(final int allowedIps) {
        return new WireguardPeerV2(1, key(0x10), true, key(0xC0), 65535, 25, 0, Address.parse("192.168.1.1"),
            0xFFFFFFFFL, 255, prefixes(allowedIps));
    }
}

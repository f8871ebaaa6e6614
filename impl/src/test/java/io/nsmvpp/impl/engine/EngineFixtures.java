/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/** Engine test helpers for tests in other packages. */
public final class EngineFixtures {
    private EngineFixtures() {
    }

    /** Settings with the tests' forwarder name. */
    public static Settings settings() {
        return EngineTest.settings();
    }

    /** A connection with these mechanisms and an l2xc. */
    public static Connection connection(final String id,
            final org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism client,
            final org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism server) {
        return Connections.connection(id, client, server);
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism memif(
            final String file) {
        return Connections.memif(file);
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism vxlan(
            final String src, final String dst) {
        return Connections.vxlan(src, dst, null);
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism
            wireguard(final String endpoint) {
        return Connections.wireguard(Connections.randomKey(), "192.0.2.1", endpoint);
    }

    /** A WireGuard side with the given keys, so that writing it again is a refresh, not a change. */
    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism
            wireguard(final String privateKey, final String peerKey, final String endpoint) {
        return Connections.wireguard(privateKey, peerKey, "192.0.2.1", endpoint);
    }

    /** A Curve25519-shaped key in WireGuard's base64 form, the same for the same seed text. */
    public static String key(final String seed) {
        return Connections.key(seed);
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism
            loopback() {
        return Connections.loopback();
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism
            afPacket(final String host) {
        return Connections.afPacket(host);
    }

    public static org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism tap(
            final String host) {
        return Connections.tap(host);
    }

    /** The same connection with an l3xc for both families. */
    public static Connection withL3xc(final Connection connection) {
        return Connections.withXc(connection, Connections.l3xc(true, true));
    }

    /**
     * A host interface af_packet can bind to: any name on the simulator, a fresh veth pair on a real VPP (as root).
     * The caller deletes it with {@code ip link del}.
     */
    public static String hostInterface() throws java.io.IOException, InterruptedException {
        final String name = "v" + java.util.UUID.randomUUID().toString().substring(0, 8);
        if (VppTarget.realVpp()) {
            final var process = new ProcessBuilder("ip", "link", "add", name, "type", "veth", "peer", "name",
                name + "p").inheritIO().start();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ip link add " + name + " failed");
            }
        }
        return name;
    }

    /** A loopback-to-loopback connection with an l2xc. */
    public static Connection loopbacks(final String id) {
        return Connections.connection(id, Connections.loopback(), Connections.loopback());
    }
}

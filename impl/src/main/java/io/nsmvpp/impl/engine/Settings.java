/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;

/**
 * The global leaves of {@code /nsm-vpp}, with the model's defaults filled in.
 *
 * @param forwarderName the owner identity written into tags, or null while unset (nothing is programmed then)
 * @param maxTokenLifetime the longest lease a refresh may set, and the lease of a restored connection
 * @param adoptForwarderNames names whose interfaces are adopted as ours
 * @param cleanupOnStop whether stopping deletes our interfaces
 * @param authoritativeSince the marker that makes the datastore authoritative, or null
 * @param apiSocket VPP's binary-API socket
 * @param useSimulator serve {@code apiSocket} with the built-in simulator
 * @param requestTimeout how long one VPP request may take
 * @param reconnectInterval the pause between attempts to reach VPP
 */
public record Settings(@Nullable String forwarderName, Duration maxTokenLifetime, Set<String> adoptForwarderNames,
        boolean cleanupOnStop, @Nullable String authoritativeSince, String apiSocket, boolean useSimulator,
        Duration requestTimeout, Duration reconnectInterval) {
    /** The model's defaults, with no forwarder name. */
    public static final Settings DEFAULTS = new Settings(null, Duration.ofSeconds(600), Set.of(), false, null,
        "/run/vpp/api.sock", false, Duration.ofMillis(2000), Duration.ofMillis(1000));

    public Settings {
        adoptForwarderNames = Set.copyOf(adoptForwarderNames);
    }

    /**
     * A global leaf whose value the model's pattern forbids, written past the RESTCONF and NETCONF parsers (through
     * the binding API, whose builders do not check patterns of inline types).
     */
    public static final class InvalidSettingException extends IllegalArgumentException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final String path;

        InvalidSettingException(final String leaf, final String message) {
            super("/nsm-vpp/" + leaf + ": " + message);
            this.path = "/nsm-vpp/" + leaf;
        }

        /** The RESTCONF path of the leaf. */
        public String path() {
            return path;
        }
    }

    /** Reads the global leaves of a {@code nsm-vpp} container (its connection list is ignored); null gives defaults. */
    public static Settings of(final @Nullable NsmVpp config) {
        if (config == null) {
            return DEFAULTS;
        }
        final ForwarderName name = config.getForwarderName();
        final var lifetime = config.getMaxTokenLifetime();
        final var adopt = config.getAdoptForwarderNames();
        final var cleanup = config.getCleanupOnStop();
        if (cleanup != null && !"keep".equals(cleanup) && !"delete".equals(cleanup)) {
            throw new InvalidSettingException("cleanup-on-stop", "keep or delete, not '" + cleanup + "'");
        }
        final var since = config.getAuthoritativeSince();
        final var vpp = config.getVpp();
        String socket = DEFAULTS.apiSocket;
        boolean simulator = DEFAULTS.useSimulator;
        Duration timeout = DEFAULTS.requestTimeout;
        Duration reconnect = DEFAULTS.reconnectInterval;
        if (vpp != null) {
            if (vpp.getApiSocket() != null) {
                socket = vpp.getApiSocket().getValue();
            }
            if (vpp.getUseSimulator() != null) {
                simulator = vpp.getUseSimulator();
            }
            if (vpp.getRequestTimeout() != null) {
                timeout = Duration.ofMillis(vpp.getRequestTimeout().longValue());
            }
            if (vpp.getReconnectInterval() != null) {
                reconnect = Duration.ofMillis(vpp.getReconnectInterval().longValue());
            }
        }
        return new Settings(name == null ? null : name.getValue(),
            lifetime == null ? DEFAULTS.maxTokenLifetime : Duration.ofSeconds(lifetime.longValue()),
            adopt == null ? Set.of() : adopt.stream().map(ForwarderName::getValue).collect(Collectors.toSet()),
            cleanup != null && "delete".equals(cleanup),
            since == null ? null : since.getValue(), socket, simulator, timeout, reconnect);
    }
}

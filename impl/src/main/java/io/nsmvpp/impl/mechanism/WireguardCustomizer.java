/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.WriteContext;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.impl.vpp.InterfaceHandler;
import io.nsmvpp.impl.vpp.WireguardHandler;
import io.nsmvpp.impl.vpp.WireguardHandler.Peer;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.Wireguard;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source.PrivateKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source.PrivateKeyRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code wireguard}: the interface, its tag, then its one peer; the peer's index is kept with the binding. Deleting
 * the interface removes the peer in VPP. A listen port is allocated when none is given.
 */
public final class WireguardCustomizer extends InterfaceCustomizer<Wireguard> {
    private static final Logger LOG = LoggerFactory.getLogger(WireguardCustomizer.class);
    private static final int FIRST_PORT = 51820;

    private final WireguardHandler wireguard;
    /** The listen ports handed out or found in VPP, and which side was given which. */
    private final Handouts<Integer> ports = new Handouts<>("listen port");

    public WireguardCustomizer(final Bindings bindings, final InterfaceHandler interfaces,
            final WireguardHandler wireguard) {
        super("wireguard", bindings, interfaces);
        this.wireguard = wireguard;
    }

    @Override
    protected String createMessage() {
        return WireguardHandler.CREATE_REQUEST;
    }

    @Override
    protected CompletionStage<Created> createInterface(final SideRef side, final Wireguard data, final String tag,
            final WriteContext ctx) {
        final WireguardKey key = privateKey(data);
        final int port = data.getListenPort() != null ? data.getListenPort().getValue().intValue()
            : allocatePort(side);
        final var peer = new Peer(WireguardKey.ofBase64(data.requirePeerPublicKey().getValue()),
            Addresses.address(data.requireEndpoint()), data.getPort() == null ? 51820
                : data.getPort().getValue().intValue(),
            data.getPersistentKeepalive() == null ? 0 : data.getPersistentKeepalive().intValue(),
            data.requireAllowedIps().stream().map(Addresses::prefix).toList());
        intend(tag, Integer.toString(port));
        return wireguard.createInterface(key, port, Addresses.address(data.requireSourceAddress()))
            .whenComplete((index, error) -> {
                if (error != null) {
                    // refused (say the port is taken now): the next try allocates afresh
                    releasePort(Integer.toString(port));
                    forget(side, Integer.toString(port));
                }
            })
            .thenCompose(index -> {
                ctx.onRevert("wireguard_interface_delete " + index + " of " + side,
                    () -> wireguard.deleteInterface(index).thenRun(() -> releasePort(Integer.toString(port))));
                return wireguard.addPeer(index, peer).thenApply(peerIndex -> {
                    ctx.onRevert("wireguard_peer_remove " + peerIndex + " of " + side,
                        () -> wireguard.removePeer(peerIndex));
                    return new Created(index, Integer.toString(port), peerIndex, false);
                });
            });
    }

    @Override
    protected CompletionStage<Void> deleteInterface(final SideRef side, final BoundInterface bound,
            final Wireguard data, final WriteContext ctx) {
        return wireguard.deleteInterface(bound.swIfIndex()).thenRun(() -> {
            releasePort(bound.detail());
            forget(side, bound.detail());
        });
    }

    /**
     * The local private key: the leaf itself, or the file {@code private-key-ref} names (validated beforehand).
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static WireguardKey privateKey(final Wireguard data) {
        final var source = data.getPrivateKeySource();
        if (source instanceof PrivateKey leaf) {
            return WireguardKey.ofBase64(leaf.requirePrivateKey().getValue());
        }
        if (source instanceof PrivateKeyRef ref) {
            final String file = ref.requirePrivateKeyRef().getValue();
            try {
                final String text = Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
                return WireguardKey.ofBase64(text);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the private key file " + file + ": " + e.getMessage(),
                    e);
            }
        }
        throw new IllegalArgumentException("neither private-key nor private-key-ref is set");
    }

    /**
     * A listen port for {@code side}: the one it was given before (the side is re-created after VPP restarted: its
     * peer still sends to that port), else the lowest from 51820 this agent has not handed out.
     */
    private int allocatePort(final SideRef side) {
        final Integer before = ports.again(side, port -> true);
        if (before != null) {
            LOG.info("{}: listen port {} again, as before (its peer sends to it)", side, before);
            return before;
        }
        int port = FIRST_PORT;
        while (!ports.give(side, port)) {
            port++;
        }
        return port;
    }

    private void forget(final SideRef side, final String port) {
        if (!port.isEmpty()) {
            ports.forget(side, Integer.parseInt(port));
        }
    }

    @Override
    protected void deletedUnbound(final SideRef side, final WriteContext ctx) {
        ports.freeUnbound(side, ctx);
    }

    private void releasePort(final String port) {
        if (!port.isEmpty()) {
            ports.release(Integer.parseInt(port));
        }
    }

    @Override
    protected boolean matches(final Wireguard desired, final Wireguard restored) {
        return privateKey(desired).equals(privateKey(restored))
            && (desired.getListenPort() == null || desired.getListenPort().equals(restored.getListenPort()))
            && Addresses.address(desired.requireSourceAddress()).equals(Addresses.address(
                restored.requireSourceAddress()))
            && desired.requirePeerPublicKey().equals(restored.getPeerPublicKey())
            && Addresses.address(desired.requireEndpoint()).equals(Addresses.address(restored.requireEndpoint()))
            && port(desired) == port(restored) && keepalive(desired) == keepalive(restored)
            && prefixes(desired).equals(prefixes(restored));
    }

    private static int port(final Wireguard wg) {
        return wg.getPort() == null ? 51820 : wg.getPort().getValue().intValue();
    }

    private static int keepalive(final Wireguard wg) {
        return wg.getPersistentKeepalive() == null ? 0 : wg.getPersistentKeepalive().intValue();
    }

    private static Set<io.nsmvpp.vpp.client.msg.Prefix> prefixes(final Wireguard wg) {
        final Set<io.nsmvpp.vpp.client.msg.Prefix> result = new HashSet<>();
        if (wg.getAllowedIps() != null) {
            wg.getAllowedIps().forEach(prefix -> result.add(Addresses.prefix(prefix)));
        }
        return result;
    }

    /** Marks a listen port found in VPP as used. */
    public void recover(final int port) {
        ports.recover(port);
    }
}

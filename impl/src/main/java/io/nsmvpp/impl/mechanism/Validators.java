/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.api.ContextKey;
import io.nsmvpp.api.ValidationException;
import io.nsmvpp.api.Validator;
import io.nsmvpp.api.WriteContext;
import io.nsmvpp.impl.engine.Bindings;
import io.nsmvpp.impl.engine.BoundInterface;
import io.nsmvpp.impl.engine.SideRef;
import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.MechanismConfig;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.af.packet.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.kernel.tap.KernelTap;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.loopback.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.memif.Memif;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.vxlan.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.Wireguard;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * One validator per YANG node: the rules the model states in words or in {@code must}/{@code when} (which
 * OpenDaylight does not evaluate), and the checks against what VPP holds. Checks that need VPP read dumps that the
 * engine loaded into the transaction's cache before validation, so no validator blocks.
 */
@SuppressWarnings("checkstyle:AvoidHidingCauseException")
public final class Validators {
    /** The WireGuard peers VPP holds, dumped once per transaction. */
    public static final ContextKey<List<WireguardPeersDetails>> PEERS = ContextKey.named("wireguard peers");
    private static final ContextKey<Map<Long, String>> CLAIMED_VNIS = ContextKey.named("claimed vnis");
    private static final ContextKey<Map<WireguardKey, String>> CLAIMED_KEYS = ContextKey.named("claimed keys");

    private Validators() {
    }

    public static Validator<Memif> memif() {
        return (id, before, after, ctx) -> {
            if (after == null) {
                return;
            }
            if (after.getSocketFile() == null) {
                throw new ValidationException(id, "socket-file", "socket-file is required: the memif control socket");
            }
            // the model's patterns, for writers that bypass the RESTCONF and NETCONF parsers (the binding API);
            // a mode other than these two crashes VPP (docs/design.md, Hazards)
            oneOf(id, "role", after.getRole(), "master", "slave");
            oneOf(id, "mode", after.getMode(), "ethernet", "ip");
            final long ring = after.getRingSize() == null ? 0 : after.getRingSize().longValue();
            if (ring != 0 && Long.bitCount(ring) != 1) {
                throw new ValidationException(id, "ring-size", "ring-size " + ring + " must be a power of two");
            }
        };
    }

    public static Validator<KernelTap> kernelTap() {
        return (id, before, after, ctx) -> {
            if (after != null) {
                if (after.getHostInterfaceName() == null) {
                    throw new ValidationException(id, "host-interface-name",
                        "host-interface-name is required: the name of the tap's host end");
                }
                checkMac(id, after.getMacAddress());
            }
        };
    }

    public static Validator<Loopback> loopback() {
        return (id, before, after, ctx) -> {
            if (after != null) {
                checkMac(id, after.getMacAddress());
            }
        };
    }

    /** af_packet binds to a host interface that must exist (a missing one would make VPP fail anyway, later). */
    public static Validator<AfPacket> afPacket(final Predicate<String> hostInterfaceExists) {
        return (id, before, after, ctx) -> {
            if (after == null) {
                return;
            }
            if (after.getHostInterfaceName() == null) {
                throw new ValidationException(id, "host-interface-name",
                    "host-interface-name is required: the host interface af_packet binds to");
            }
            final String name = after.getHostInterfaceName().getValue();
            if (!hostInterfaceExists.test(name)) {
                throw new ValidationException(id, "host-interface-name",
                    "host-interface-name '" + name + "' names no existing host interface (create the veth first)");
            }
        };
    }

    /** Addresses, families, and a VNI that neither VPP (outside this side) nor another side of the transaction uses. */
    public static Validator<Vxlan> vxlan(final Bindings bindings) {
        return (id, before, after, ctx) -> {
            if (after == null) {
                return;
            }
            final Address src = address(id, "source-address", after.getSourceAddress());
            final Address dst = address(id, "destination-address", after.getDestinationAddress());
            if (src.isIp6() != dst.isIp6()) {
                throw new ValidationException(id, "destination-address", "destination-address "
                    + after.getDestinationAddress().stringValue() + " and source-address "
                    + after.getSourceAddress().stringValue() + " must be of the same address family");
            }
            if (src.equals(dst)) {
                throw new ValidationException(id, "destination-address",
                    "destination-address must differ from source-address");
            }
            if (after.getVni() == null) {
                return;
            }
            final long vni = after.getVni().longValue();
            final SideRef side = SideRef.of(id);
            final long ours = bindings.get(side).filter(bound -> "vxlan".equals(bound.kind()))
                .map(BoundInterface::swIfIndex).orElse(-1L);
            final var live = ctx.cache().peek(VxlanCustomizer.TUNNELS).orElse(List.of());
            for (var tunnel : live) {
                if (tunnel.vni() == vni && tunnel.swIfIndex() != ours) {
                    throw new ValidationException(id, "vni", "vni " + vni + " is already used in VPP by VXLAN tunnel "
                        + "sw_if_index " + tunnel.swIfIndex());
                }
            }
            final String other = claims(ctx, CLAIMED_VNIS).putIfAbsent(vni, side.toString());
            if (other != null && !other.equals(side.toString())) {
                throw new ValidationException(id, "vni", "vni " + vni + " is also configured for " + other);
            }
        };
    }

    /** Keys, addresses, and a peer key that no other WireGuard interface uses (VPP refuses a shared one). */
    public static Validator<Wireguard> wireguard(final Bindings bindings) {
        return (id, before, after, ctx) -> {
            if (after == null) {
                return;
            }
            if (after.getPrivateKeySource() == null) {
                throw new ValidationException(id, "private-key", "private-key (or private-key-ref) is required");
            }
            if (after.getPeerPublicKey() == null) {
                throw new ValidationException(id, "peer-public-key", "peer-public-key is required");
            }
            try {
                WireguardCustomizer.privateKey(after);
            } catch (IllegalArgumentException e) {
                final boolean ref = after.getPrivateKeySource() instanceof org.opendaylight.yang.gen.v1.urn.io.nsmvpp
                    .yang.nsm.vpp.rev261127.mechanism.config.mechanism.wireguard.wireguard._private.key.source
                    .PrivateKeyRef;
                throw new ValidationException(id, ref ? "private-key-ref" : "private-key", e.getMessage());
            }
            final Address src = address(id, "source-address", after.getSourceAddress());
            final Address endpoint = address(id, "endpoint", after.getEndpoint());
            if (src.isIp6() != endpoint.isIp6()) {
                throw new ValidationException(id, "endpoint", "endpoint " + after.getEndpoint().stringValue()
                    + " and source-address " + after.getSourceAddress().stringValue()
                    + " must be of the same address family");
            }
            if (after.getAllowedIps() == null || after.getAllowedIps().isEmpty()) {
                throw new ValidationException(id, "allowed-ips", "allowed-ips needs at least one prefix");
            }
            for (var prefix : after.getAllowedIps()) {
                try {
                    Addresses.prefix(prefix);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(id, "allowed-ips", "allowed-ips: " + e.getMessage());
                }
            }
            final WireguardKey peerKey = WireguardKey.ofBase64(after.requirePeerPublicKey().getValue());
            final SideRef side = SideRef.of(id);
            final long ours = bindings.get(side).filter(bound -> "wireguard".equals(bound.kind()))
                .map(BoundInterface::swIfIndex).orElse(-1L);
            for (var peer : ctx.cache().peek(PEERS).orElse(List.of())) {
                if (peer.peer().publicKey().equals(peerKey) && peer.peer().swIfIndex() != ours) {
                    throw new ValidationException(id, "peer-public-key", "peer-public-key is already used by the peer "
                        + "of WireGuard interface sw_if_index " + peer.peer().swIfIndex() + " in VPP");
                }
            }
            final String other = claims(ctx, CLAIMED_KEYS).putIfAbsent(peerKey, side.toString());
            if (other != null && !other.equals(side.toString())) {
                throw new ValidationException(id, "peer-public-key", "peer-public-key is also configured for "
                    + other);
            }
        };
    }

    /** A side's addresses: valid, and never link-local (VPP owns those, and deleting one can crash it). */
    public static <S extends MechanismConfig & DataObject> Validator<S> side() {
        // an anonymous class, not a lambda: javac's lambda bridge mishandles the intersection type
        return new Validator<>() {
            @Override
            public void validate(final DataObjectIdentifier<S> id, final S before, final S after,
                    final WriteContext ctx) throws ValidationException {
                if (after != null) {
                    checkSide(id, after);
                }
            }
        };
    }

    private static void checkSide(final DataObjectIdentifier<?> id, final MechanismConfig after)
            throws ValidationException {
        if (after.getIpAddress() == null) {
            return;
        }
        for (var prefix : after.getIpAddress()) {
            final io.nsmvpp.vpp.client.msg.Prefix parsed;
            try {
                parsed = Addresses.prefix(prefix);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(id, "ip-address", "ip-address: " + e.getMessage());
            }
            if (Addresses.isLinkLocal(parsed.address())) {
                throw new ValidationException(id, "ip-address", "ip-address " + prefix.getValue()
                    + " is link-local: VPP manages link-local addresses itself");
            }
            if (parsed.len() == 0) {
                throw new ValidationException(id, "ip-address", "ip-address " + prefix.getValue()
                    + " has prefix length 0: an interface address needs a real prefix length");
            }
        }
    }

    /** The {@code when} of ip4/ip6, and an l3xc that cross-connects at least one family. */
    public static Validator<CrossConnect> crossConnect() {
        return (id, before, after, ctx) -> {
            if (after == null) {
                return;
            }
            oneOf(id, "kind", after.getKind(), "l2xc", "l3xc");
            if (!CrossConnectCustomizer.isL3(after)) {
                // ip4/ip6 exist only for l3xc (their 'when'); their default values are harmless, the datastore may
                // carry them, but asking an l2xc for something else is a contradiction
                if (Boolean.FALSE.equals(after.getIp4()) || Boolean.TRUE.equals(after.getIp6())) {
                    throw new ValidationException(id, Boolean.FALSE.equals(after.getIp4()) ? "ip4" : "ip6",
                        "ip4 and ip6 apply only when kind is l3xc");
                }
                return;
            }
            if (!CrossConnectCustomizer.ip4(after) && !CrossConnectCustomizer.ip6(after)) {
                throw new ValidationException(id, "ip4", "an l3xc cross-connect needs ip4 or ip6 (or both) true");
            }
        };
    }

    /** A leaf that is absent (its default applies) or one of {@code allowed}. */
    private static void oneOf(final DataObjectIdentifier<?> id, final String field, final @Nullable String value,
            final String... allowed) throws ValidationException {
        if (value != null && !List.of(allowed).contains(value)) {
            throw new ValidationException(id, field, field + " '" + value + "' is not one of "
                + String.join(", ", allowed));
        }
    }

    private static Address address(final DataObjectIdentifier<?> id, final String field, final IpAddressNoZone value)
            throws ValidationException {
        if (value == null) {
            throw new ValidationException(id, field, field + " is mandatory");
        }
        try {
            return Addresses.address(value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(id, field, field + ": " + e.getMessage());
        }
    }

    private static void checkMac(final DataObjectIdentifier<?> id, final MacAddress mac) throws ValidationException {
        if (mac == null) {
            return;
        }
        final var parsed = io.nsmvpp.vpp.client.msg.MacAddress.parse(mac.getValue());
        if (parsed.value() == 0) {
            throw new ValidationException(id, "mac-address", "mac-address must not be all zeros");
        }
        if ((parsed.toBytes()[0] & 1) != 0) {
            throw new ValidationException(id, "mac-address", "mac-address " + mac.getValue()
                + " is a multicast address; an interface needs a unicast one");
        }
    }

    private static <K> Map<K, String> claims(final WriteContext ctx, final ContextKey<Map<K, String>> key) {
        synchronized (ctx) {
            return ctx.get(key).orElseGet(() -> {
                final Map<K, String> fresh = new ConcurrentHashMap<>();
                ctx.put(key, fresh);
                return fresh;
            });
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** Any valid field values survive encode and decode unchanged, unsigned extremes included. */
class RoundTripPropertyTest {
    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(63);
    }

    @Property(tries = 300)
    void swInterfaceDetails(@ForAll @LongRange(max = 0xFFFF_FFFFL) final long index,
            @ForAll @LongRange(max = 0xFFFF_FFFFL) final long flags,
            @ForAll @IntRange(max = 0xFFFF) final int linkMtu, @ForAll @IntRange(max = 0xFF) final int tags,
            @ForAll @LongRange(max = 0xFFFF_FFFF_FFFFL) final long mac, @ForAll("tags") final String name,
            @ForAll("tags") final String tag) {
        final var details = new SwInterfaceDetails(index, index, new MacAddress(mac), flags, 0, 2, flags, linkMtu,
            new InterfaceMtu(flags, index, 0, 0xFFFF_FFFFL), index, tags, linkMtu, linkMtu, flags, 0, 0, 0, 0, linkMtu,
            new MacAddress(mac), MacAddress.ZERO, linkMtu, index, name, "Loopback", tag);
        final byte[] body = MessageCodec.encode(0xFFFF, 0, index, details);
        assertThat(body).hasSize(SwInterfaceDetails.SIZE);
        final var decoded = MessageCodec.decode(SwInterfaceDetails.TYPE, body);
        assertThat(decoded.message()).isEqualTo(details);
        assertThat(decoded.context()).isEqualTo(index);
    }

    @Property(tries = 300)
    void wireguardPeerAdd(@ForAll @LongRange(max = 0xFFFF_FFFFL) final long peerIndex,
            @ForAll @IntRange(max = 0xFFFF) final int port, @ForAll final byte[] keySeed,
            @ForAll @IntRange(max = 255) final int prefixes, @ForAll @IntRange(max = 32) final int len,
            @ForAll final int ip) {
        final byte[] key = new byte[WireguardKey.SIZE];
        System.arraycopy(keySeed, 0, key, 0, Math.min(keySeed.length, key.length));
        final var allowed = java.util.Collections.nCopies(prefixes,
            new Prefix(Address.of(new Ip4Address(ip)), len));
        final var peer = new WireguardPeer(peerIndex, WireguardKey.of(key), port, port, peerIndex,
            Address.of(new Ip4Address(ip)), peerIndex, 3, allowed);
        final byte[] body = MessageCodec.encode(1, 0x8000_0001L, 0, new WireguardPeerAdd(peer));
        assertThat(body).hasSize(WireguardPeerAdd.MIN_SIZE + 18 * prefixes);
        assertThat(MessageCodec.decode(WireguardPeerAdd.TYPE, body).message().peer()).isEqualTo(peer);
    }

    @Property(tries = 300)
    void variableStrings(@ForAll @StringLength(max = 300) final String filter,
            @ForAll final boolean valid) {
        final var dump = new SwInterfaceDump(0xFFFF_FFFFL, valid, filter);
        final byte[] body = MessageCodec.encode(2, 3, 4, dump);
        assertThat(body).hasSize(SwInterfaceDump.MIN_SIZE
            + filter.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        final String back = MessageCodec.decode(SwInterfaceDump.TYPE, body).message().nameFilter();
        // Lone surrogates cannot be UTF-8; everything else comes back as it was.
        assertThat(back).isEqualTo(new String(filter.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void l3xcPaths(@ForAll @IntRange(max = 255) final int paths, @ForAll final boolean ip6) {
        final var list = new java.util.ArrayList<FibPath>();
        for (int i = 0; i < paths; i++) {
            list.add(FibPath.via(i, ip6 ? Address.parse("fd00::" + Integer.toHexString(i + 1))
                : Address.parse("10.0.0." + (i + 1))));
        }
        final var update = new L3xcUpdate(new L3xc(0xFFFF_FFFFL, ip6, List.copyOf(list)));
        final byte[] body = MessageCodec.encode(5, 6, 7, update);
        assertThat(body).hasSize(L3xcUpdate.MIN_SIZE + FibPath.SIZE * paths);
        assertThat(MessageCodec.decode(L3xcUpdate.TYPE, body).message()).isEqualTo(update);
    }
}

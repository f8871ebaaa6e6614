/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static io.nsmvpp.vpp.client.msg.Bodies.assertBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nsmvpp.vpp.client.wire.Wire;
import io.nsmvpp.vpp.client.wire.WireFormatException;
import io.nsmvpp.vpp.client.wire.WireWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of VPP's encoding rules: string limits, empty and full arrays, unsigned maxima, truncation. */
class BoundaryTest {
    private static final String TAG_63 = "t".repeat(63);

    @Test
    void aTagOf63CharactersFitsWithItsNul() {
        final byte[] body = MessageCodec.encode(1, 1, 1, new SwInterfaceTagAddDel(true, 1, TAG_63));
        assertThat(body).hasSize(79);
        assertBytes(body, 15, "74".repeat(63) + "00");
        assertThat(MessageCodec.decode(SwInterfaceTagAddDel.TYPE, body).message().tag()).isEqualTo(TAG_63);
    }

    @Test
    void aTagOf64CharactersIsRefusedSayingByHowMuch() {
        assertThatThrownBy(() -> new SwInterfaceTagAddDel(true, 1, TAG_63 + "x"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("tag is 64 bytes")
            .hasMessageContaining("at most 63 (1 too many)");
    }

    @Test
    void multiByteCharactersCountInBytes() {
        final String e31 = "é".repeat(31);
        assertThat(new SwInterfaceTagAddDel(true, 1, e31).tag()).isEqualTo(e31);
        assertThatThrownBy(() -> new SwInterfaceTagAddDel(true, 1, e31 + "é"))
            .hasMessageContaining("64 bytes");
        final byte[] body = MessageCodec.encode(1, 1, 1, new SwInterfaceTagAddDel(true, 1, e31));
        assertThat(MessageCodec.decode(SwInterfaceTagAddDel.TYPE, body).message().tag()).isEqualTo(e31);
    }

    @Test
    void aFixedStringWithoutNulDecodesTo63CharactersAsVppDoes() {
        final byte[] body = MessageCodec.encode(1, 1, 1, new SwInterfaceTagAddDel(true, 1, ""));
        for (int i = 0; i < 64; i++) {
            body[15 + i] = 'x';
        }
        assertThat(MessageCodec.decode(SwInterfaceTagAddDel.TYPE, body).message().tag()).isEqualTo("x".repeat(63));
    }

    @Test
    void aTagOfInvalidUtf8StillDecodesWithinItsSize() {
        final byte[] body = MessageCodec.encode(1, 1, 1, new SwInterfaceTagAddDel(true, 1, ""));
        for (int i = 0; i < 63; i++) {
            body[15 + i] = (byte) 0xFF;
        }
        final String tag = MessageCodec.decode(SwInterfaceTagAddDel.TYPE, body).message().tag();
        assertThat(tag).isNotEmpty();
        assertThat(tag.chars().allMatch(c -> c == 0xFFFD)).isTrue();
        assertThat(tag.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
    }

    @Test
    void aFixedStringEndsAtItsFirstNul() {
        final byte[] body = MessageCodec.encode(1, 1, 1, new SwInterfaceTagAddDel(true, 1, "abc"));
        body[15 + 4] = 'd';
        assertThat(MessageCodec.decode(SwInterfaceTagAddDel.TYPE, body).message().tag()).isEqualTo("abc");
    }

    @Test
    void anEmptyVariableStringIsFourZeroBytes() {
        final byte[] body = MessageCodec.encode(1, 1, 1, SwInterfaceDump.all());
        assertThat(body).hasSize(SwInterfaceDump.MIN_SIZE).hasSize(19);
        assertBytes(body, 10, "ffffffff" + "00" + "00000000");
        final byte[] tap = MessageCodec.encode(1, 1, 1, tapWithTag(""));
        assertThat(tap).hasSize(TapCreateV3.MIN_SIZE).hasSize(290);
        assertBytes(tap, 286, "00000000");
    }

    @Test
    void aVariableStringIsItsLengthThenItsBytes() {
        final byte[] tap = MessageCodec.encode(1, 1, 1, tapWithTag("nsm"));
        assertThat(tap).hasSize(293);
        assertBytes(tap, 286, "000000036e736d");
        assertThat(MessageCodec.decode(TapCreateV3.TYPE, tap).message().tag()).isEqualTo("nsm");
    }

    @Test
    void aVariableStringLongerThanTheBodyIsATruncation() {
        final byte[] tap = MessageCodec.encode(1, 1, 1, tapWithTag("nsm"));
        tap[289] = 4;
        assertThatThrownBy(() -> MessageCodec.decode(TapCreateV3.TYPE, tap))
            .isInstanceOf(WireFormatException.class)
            .hasMessageContaining("tap_create_v3")
            .hasMessageContaining("variable string of 4 bytes");
    }

    @Test
    void arraysMayBeEmptyOrFull() {
        final var full = Samples.l3xc(255);
        final byte[] body = MessageCodec.encode(1, 1, 1, new L3xcUpdate(full));
        assertThat(body).hasSize(16 + 255 * 167);
        assertBytes(body, 15, "ff");
        assertThat(MessageCodec.decode(L3xcUpdate.TYPE, body).message().l3xc()).isEqualTo(full);
        assertThatThrownBy(() -> Samples.l3xc(256)).hasMessageContaining("paths has 256 elements");

        final var peer = Samples.wireguardPeer(255);
        final byte[] peerBody = MessageCodec.encode(1, 1, 1, new WireguardPeerAdd(peer));
        assertThat(peerBody).hasSize(77 + 255 * 18);
        assertThat(MessageCodec.decode(WireguardPeerAdd.TYPE, peerBody).message().peer()).isEqualTo(peer);
    }

    @Test
    void theRealMessageTableSizeMatches() {
        final var entries = new ArrayList<MessageTableEntry>();
        for (int i = 0; i < 894; i++) {
            entries.add(new MessageTableEntry(i + 1, "msg_" + i + "_12345678"));
        }
        final byte[] body = MessageCodec.encode(16, 0, 1, new SockclntCreateReply(0, 0x80000001L, entries));
        // measured on VPP v26.06: 20 + 66 * count, 59024 bytes for 894 entries
        assertThat(body).hasSize(59024);
        assertThat(MessageCodec.decode(SockclntCreateReply.TYPE, body).message().messageTable()).isEqualTo(entries);
    }

    @Test
    void aCountThatRunsPastTheBodyFailsBeforeAllocating() {
        final byte[] body = MessageCodec.encode(1, 1, 1, new L3xcDetails(Samples.l3xc(1)));
        body[11] = (byte) 200;
        assertThatThrownBy(() -> MessageCodec.decode(L3xcDetails.TYPE, body))
            .isInstanceOf(WireFormatException.class)
            .hasMessageContaining("l3xc_details")
            .hasMessageContaining("200 elements of 167 bytes");
    }

    @Test
    void unsignedMaximaRoundTrip() {
        final var reply = new CreateLoopbackReply(-2, Wire.U32_MAX);
        final byte[] body = MessageCodec.encode(0xFFFF, 0, Wire.U32_MAX, reply);
        assertBytes(body, 0, "ffffffffffff" + "fffffffe" + "ffffffff");
        final var decoded = MessageCodec.decode(CreateLoopbackReply.TYPE, body);
        assertThat(decoded.message().swIfIndex()).isEqualTo(4294967295L);
        assertThat(decoded.context()).isEqualTo(4294967295L);
        assertThat(decoded.msgId()).isEqualTo(65535);
    }

    @Test
    void outOfRangeUnsignedValuesAreRefusedWhereTheyAreMade() {
        assertThatThrownBy(() -> new DeleteLoopback(-1)).hasMessageContaining("swIfIndex must be a u32");
        assertThatThrownBy(() -> new DeleteLoopback(0x1_0000_0000L)).hasMessageContaining("u32");
        assertThatThrownBy(() -> new Prefix(Address.parse("10.0.0.0"), 256)).hasMessageContaining("u8");
        assertThatThrownBy(() -> new MemifCreateV2(0, 0, 256, 1, 0, 0, 0, 0, false, false, MacAddress.ZERO, ""))
            .hasMessageContaining("rxQueues must be a u8");
        assertThatThrownBy(() -> MessageCodec.encode(0x10000, 0, 0, new ControlPing()))
            .hasMessageContaining("msgId");
    }

    @Test
    void u8Above127DoesNotTurnNegative() {
        final var queues = new MemifCreateV2(0, 0, 200, 255, 0, 0, 0, 0, false, false, MacAddress.ZERO, "");
        final byte[] body = MessageCodec.encode(1, 1, 1, queues);
        assertBytes(body, 18, "c8ff");
        final var decoded = MessageCodec.decode(MemifCreateV2.TYPE, body).message();
        assertThat(decoded.rxQueues()).isEqualTo(200);
        assertThat(decoded.txQueues()).isEqualTo(255);
    }

    @Test
    void everyMessageDecodesAnAllZeroBodyOfItsMinimumSize() {
        for (MessageType<?> type : Messages.ALL) {
            final var decoded = MessageCodec.decode(type, new byte[type.minSize()]);
            assertThat(decoded.message().type()).isSameAs(type);
            final var again = MessageCodec.encode(0, 0, 0, decoded.message());
            assertThat(again).as(type.name()).hasSize(type.minSize());
        }
    }

    @Test
    void everyTruncatedBodyFailsNamingItsMessage() {
        for (MessageType<?> type : Messages.ALL) {
            final byte[] body = new byte[type.minSize() - 1];
            assertThatThrownBy(() -> MessageCodec.decode(type, body))
                .as(type.name())
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith(type.name() + ": truncated");
        }
    }

    @Test
    void trailingBytesAreIgnoredAsVppDoes() {
        final byte[] body = MessageCodec.encode(1, 1, 7, new DeleteLoopback(3));
        final byte[] longer = new byte[body.length + 5];
        System.arraycopy(body, 0, longer, 0, body.length);
        assertThat(MessageCodec.decode(DeleteLoopback.TYPE, longer).message()).isEqualTo(new DeleteLoopback(3));
    }

    @Test
    void theWriterRefusesToGrowBeyondItsCap() {
        final var out = new WireWriter(16, 100);
        assertThatThrownBy(() -> MessageCodec.encode(out, 1, 1, 1, new L3xcUpdate(Samples.l3xc(1))))
            .isInstanceOf(WireFormatException.class)
            .hasMessageContaining("cap of 100 bytes");
    }

    @Test
    void theCatalogueHasEveryMessageOnceAndCoversIssueThree() {
        assertThat(Messages.ALL).hasSize(89);
        assertThat(new HashSet<>(Messages.ALL.stream().map(MessageType::nameCrc).toList())).hasSize(89);
        assertThat(Messages.byNameCrc("sw_interface_dump_aa610c27")).contains(SwInterfaceDump.TYPE);
        assertThat(Messages.byName("memif_create_v2")).contains(MemifCreateV2.TYPE);
        assertThat(MemifCreateV2.TYPE.plugin()).isEqualTo(Plugins.MEMIF);
        assertThat(SwInterfaceSetL2Xconnect.TYPE.plugin()).isEqualTo(MessageType.CORE);
        for (String name : List.of("control_ping", "show_version", "sw_interface_dump", "sw_interface_set_flags",
                "sw_interface_tag_add_del", "sw_interface_add_del_address", "create_loopback",
                "create_loopback_instance", "delete_loopback", "memif_socket_filename_add_del_v2", "memif_create_v2",
                "memif_delete", "memif_dump", "memif_socket_filename_dump", "tap_create_v3", "tap_delete_v2",
                "sw_interface_tap_v2_dump", "af_packet_create_v3", "af_packet_delete", "af_packet_dump",
                "vxlan_add_del_tunnel_v3", "vxlan_tunnel_v2_dump", "wireguard_interface_create",
                "wireguard_interface_delete", "wireguard_interface_dump", "wireguard_peer_add",
                "wireguard_peer_remove", "wireguard_peers_dump", "sw_interface_set_l2_xconnect", "l2_xconnect_dump",
                "l3xc_update", "l3xc_del", "l3xc_dump", "want_interface_events", "sw_interface_event")) {
            assertThat(Messages.byName(name)).as(name).isPresent();
        }
    }

    @Test
    void headerLayoutsFollowTheExceptions() {
        assertThat(SockclntCreate.TYPE.header()).isEqualTo(HeaderLayout.CONTEXT);
        assertThat(SockclntCreateReply.TYPE.header()).isEqualTo(HeaderLayout.CLIENT_CONTEXT);
        assertThat(SwInterfaceEvent.TYPE.header()).isEqualTo(HeaderLayout.CLIENT);
        assertThat(SwInterfaceEvent.TYPE.role()).isEqualTo(MessageRole.EVENT);
        assertThat(ControlPingReply.TYPE.header()).isEqualTo(HeaderLayout.CONTEXT);
        assertThat(new SockclntDeleteReply(1).isSuccess()).isTrue();
        assertThat(new SockclntDeleteReply(0).isSuccess()).isFalse();
    }

    private static TapCreateV3 tapWithTag(final String tag) {
        return new TapCreateV3(Wire.U32_MAX, true, MacAddress.ZERO, 1, 1, 256, 256, false, 0, false, MacAddress.ZERO,
            false, Ip4Prefix.ZERO, false, Ip6Prefix.ZERO, false, Ip4Address.ANY, false, Ip6Address.ANY, 0, false, "",
            false, "", false, "", tag);
    }
}

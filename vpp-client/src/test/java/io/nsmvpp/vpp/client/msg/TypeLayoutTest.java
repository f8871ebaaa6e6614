/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static io.nsmvpp.vpp.client.msg.Bodies.assertBytes;
import static io.nsmvpp.vpp.client.msg.Bodies.encoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.nsmvpp.vpp.client.wire.WireReader;
import org.junit.jupiter.api.Test;

/** Byte layout of the shared composite types, offsets as in VPP v26.06's API JSON. */
class TypeLayoutTest {
    @Test
    void fibPathIs167BytesWithSixteenLabels() {
        final byte[] bytes = encoded(Samples.fibPath());
        assertThat(bytes).hasSize(FibPath.SIZE).hasSize(167);
        assertBytes(bytes, 0, "ffffffff"); // sw_if_index
        assertBytes(bytes, 4, "80000001"); // table_id
        assertBytes(bytes, 8, "00000007"); // rpf_id
        assertBytes(bytes, 12, "c881"); // weight 200, preference 129
        assertBytes(bytes, 14, "00000001"); // type LOCAL
        assertBytes(bytes, 18, "00000002"); // flags RESOLVE_VIA_HOST
        assertBytes(bytes, 22, "00000001"); // proto IP6
        assertBytes(bytes, 26, "fd000000000000000000000000000001"); // nh.address
        assertBytes(bytes, 42, "ffffffff0000000300000004"); // nh.via_label, obj_id, classify_table_index
        assertBytes(bytes, 54, "01"); // n_labels
        assertBytes(bytes, 55, "01ffffffffc8ff"); // label_stack[0]
        assertBytes(bytes, 62, "00".repeat(7 * 15)); // label_stack[1..15]
        assertThat(FibPath.decode(new WireReader(bytes))).isEqualTo(Samples.fibPath());
    }

    @Test
    void fibPathViaFillsAPlainPath() {
        final FibPath path = FibPath.via(3, Address.parse("fd00::9"));
        assertThat(path.proto()).isEqualTo(FibPathNhProto.IP6);
        assertThat(path.weight()).isEqualTo(1);
        assertThat(path.labelStack()).hasSize(16);
        assertThat(path.nh().address().ip6()).isEqualTo(Ip6Address.parse("fd00::9"));
    }

    @Test
    void l3xcGrows167BytesPerPath() {
        assertThat(encoded(Samples.l3xc(0))).hasSize(6);
        final byte[] bytes = encoded(Samples.l3xc(2));
        assertThat(bytes).hasSize(6 + 2 * 167);
        assertBytes(bytes, 0, "fffffffe0102"); // sw_if_index, is_ip6, n_paths
        assertBytes(bytes, 6, encoded(Samples.l3xc(2).paths().get(0)));
        assertBytes(bytes, 6 + 167, encoded(Samples.l3xc(2).paths().get(1)));
        assertThat(L3xc.decode(new WireReader(bytes))).isEqualTo(Samples.l3xc(2));
    }

    @Test
    void wireguardInterfaceIs91Bytes() {
        final byte[] bytes = encoded(Samples.wireguardInterface());
        assertThat(bytes).hasSize(WireguardInterface.SIZE).hasSize(91);
        assertBytes(bytes, 0, "ffffffff80000000"); // user_instance, sw_if_index
        assertBytes(bytes, 8, Samples.key(1).toBytes()); // private_key
        assertBytes(bytes, 40, Samples.key(0x80).toBytes()); // public_key
        assertBytes(bytes, 72, "ca6c"); // port 51820
        assertBytes(bytes, 74, "000a010101" + "00".repeat(12)); // src_ip
        assertThat(WireguardInterface.decode(new WireReader(bytes))).isEqualTo(Samples.wireguardInterface());
    }

    @Test
    void wireguardPeerIs67BytesPlus18PerPrefix() {
        final byte[] bytes = encoded(Samples.wireguardPeer(2));
        assertThat(bytes).hasSize(67 + 2 * 18);
        assertBytes(bytes, 0, "ffffffff"); // peer_index
        assertBytes(bytes, 4, Samples.key(0xC0).toBytes()); // public_key
        assertBytes(bytes, 36, "ffff0019"); // port, persistent_keepalive
        assertBytes(bytes, 40, "80000000"); // table_id
        assertBytes(bytes, 44, "01fd000000000000000000000000000002"); // endpoint
        assertBytes(bytes, 61, "00000005"); // sw_if_index
        assertBytes(bytes, 65, "0202"); // flags ESTABLISHED, n_allowed_ips
        assertBytes(bytes, 67, "000a000000" + "00".repeat(12) + "10"); // allowed_ips[0] 10.0.0.0/16
        assertBytes(bytes, 85, "000a010000" + "00".repeat(12) + "10"); // allowed_ips[1] 10.1.0.0/16
        assertThat(WireguardPeer.decode(new WireReader(bytes))).isEqualTo(Samples.wireguardPeer(2));
    }

    @Test
    void wireguardPeerV2Is100BytesPlus18PerPrefix() {
        final byte[] bytes = encoded(Samples.wireguardPeerV2(1));
        assertThat(bytes).hasSize(100 + 18);
        assertBytes(bytes, 0, "00000001"); // peer_index
        assertBytes(bytes, 4, Samples.key(0x10).toBytes()); // preshared_key
        assertBytes(bytes, 36, "01"); // preshared_key_set
        assertBytes(bytes, 37, Samples.key(0xC0).toBytes()); // public_key
        assertBytes(bytes, 69, "ffff0019"); // port, persistent_keepalive
        assertBytes(bytes, 73, "00000000"); // table_id
        assertBytes(bytes, 77, "00c0a80101" + "00".repeat(12)); // endpoint
        assertBytes(bytes, 94, "ffffffff"); // sw_if_index
        assertBytes(bytes, 98, "ff01"); // flags, n_allowed_ips
        assertThat(WireguardPeerV2.decode(new WireReader(bytes))).isEqualTo(Samples.wireguardPeerV2(1));
    }

    @Test
    void messageTableEntryIs66Bytes() {
        final var entry = new MessageTableEntry(0xFFFF, "sw_interface_dump_aa610c27");
        final byte[] bytes = encoded(entry::encode);
        assertThat(bytes).hasSize(MessageTableEntry.SIZE).hasSize(66);
        assertBytes(bytes, 0, "ffff");
        assertThat(MessageTableEntry.decode(new WireReader(bytes))).isEqualTo(entry);
    }

    @Test
    void addressesPrintAndParse() {
        assertThat(Address.parse("10.0.0.1")).hasToString("10.0.0.1");
        assertThat(Address.parse("fd00::1")).hasToString("fd00:0:0:0:0:0:0:1");
        assertThat(Prefix.parse("10.0.0.0/24")).hasToString("10.0.0.0/24");
        assertThat(MacAddress.parse("de:ad:00:00:00:ff")).hasToString("de:ad:00:00:00:ff");
        assertThat(MacAddress.parse("de:ad:00:00:00:ff").toBytes()).containsExactly(0xde, 0xad, 0, 0, 0, 0xff);
        assertThat(Ip4Address.parse("255.255.255.255").bits()).isEqualTo(-1);
        assertThat(WireguardKey.ofBase64(Samples.key(3).toBase64())).isEqualTo(Samples.key(3));
    }
}

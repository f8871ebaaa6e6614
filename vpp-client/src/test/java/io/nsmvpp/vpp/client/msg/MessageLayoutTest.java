/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static io.nsmvpp.vpp.client.msg.Bodies.assertBytes;
import static io.nsmvpp.vpp.client.msg.Bodies.assertFixedString;
import static io.nsmvpp.vpp.client.msg.Bodies.assertRoundTrip;
import static io.nsmvpp.vpp.client.msg.Bodies.encoded;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact layout of every message: the body size and each field's offset are the ones VPP v26.06's API JSON
 * gives (vpp-api-facts-v26.06.json), written here as literals. Sample values put u8 above 127 and u32 at
 * 0xFFFFFFFF or 0x8000xxxx, so a sign or width mistake shows. Each test also decodes the body back.
 */
class MessageLayoutTest {
    @Test
    void sockclntCreate() {
        final var msg = new SockclntCreate("s1-name");
        final byte[] body = MessageCodec.encode(0x0100, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SockclntCreate.SIZE).hasSize(70);
        assertBytes(body, 0, "0100fffffffe"); // header
        assertFixedString(body, 6, 64, "s1-name"); // name
        assertRoundTrip(SockclntCreate.TYPE, body, msg);
        assertThat(SockclntCreate.NAME_CRC).isEqualTo("sockclnt_create_455fb9c4");
    }

    @Test
    void sockclntCreateReply() {
        final var msg = new SockclntCreateReply(-1, 0x80000002L, List.of());
        final byte[] body = MessageCodec.encode(0x0101, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(SockclntCreateReply.MIN_SIZE).isEqualTo(20);
        assertThat(body).hasSize(20);
        assertBytes(body, 0, "010180000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // response
        assertBytes(body, 14, "80000002"); // index
        assertBytes(body, 18, "0000"); // count = 0, nothing follows
        assertRoundTrip(SockclntCreateReply.TYPE, body, msg);
        assertThat(SockclntCreateReply.NAME_CRC).isEqualTo("sockclnt_create_reply_35166268");
    }

    @Test
    void sockclntDelete() {
        final var msg = new SockclntDelete(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0102, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SockclntDelete.SIZE).hasSize(14);
        assertBytes(body, 0, "010280000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // index
        assertRoundTrip(SockclntDelete.TYPE, body, msg);
        assertThat(SockclntDelete.NAME_CRC).isEqualTo("sockclnt_delete_8ac76db6");
    }

    @Test
    void sockclntDeleteReply() {
        final var msg = new SockclntDeleteReply(-1);
        final byte[] body = MessageCodec.encode(0x0103, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SockclntDeleteReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0103fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // response
        assertRoundTrip(SockclntDeleteReply.TYPE, body, msg);
        assertThat(SockclntDeleteReply.NAME_CRC).isEqualTo("sockclnt_delete_reply_8f38b1ee");
    }

    @Test
    void controlPing() {
        final var msg = new ControlPing();
        final byte[] body = MessageCodec.encode(0x0104, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(ControlPing.SIZE).hasSize(10);
        assertBytes(body, 0, "010480000001fffffffe"); // header
        assertRoundTrip(ControlPing.TYPE, body, msg);
        assertThat(ControlPing.NAME_CRC).isEqualTo("control_ping_51077d14");
    }

    @Test
    void controlPingReply() {
        final var msg = new ControlPingReply(-1, 0x80000002L, 0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0105, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(ControlPingReply.SIZE).hasSize(18);
        assertBytes(body, 0, "0105fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // client_index
        assertBytes(body, 14, "ffffffff"); // vpe_pid
        assertRoundTrip(ControlPingReply.TYPE, body, msg);
        assertThat(ControlPingReply.NAME_CRC).isEqualTo("control_ping_reply_f6b0b8ca");
    }

    @Test
    void showVersion() {
        final var msg = new ShowVersion();
        final byte[] body = MessageCodec.encode(0x0106, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(ShowVersion.SIZE).hasSize(10);
        assertBytes(body, 0, "010680000001fffffffe"); // header
        assertRoundTrip(ShowVersion.TYPE, body, msg);
        assertThat(ShowVersion.NAME_CRC).isEqualTo("show_version_51077d14");
    }

    @Test
    void showVersionReply() {
        final var msg = new ShowVersionReply(-1, "s2-program", "s3-version", "s4-build_date", "s5-build_directory");
        final byte[] body = MessageCodec.encode(0x0107, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(ShowVersionReply.SIZE).hasSize(362);
        assertBytes(body, 0, "0107fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "73322d70726f6772616d00000000000000000000000000000000000000000000"); // program
        assertBytes(body, 42, "73332d76657273696f6e00000000000000000000000000000000000000000000"); // version
        assertBytes(body, 74, "73342d6275696c645f6461746500000000000000000000000000000000000000"); // build_date
        assertFixedString(body, 106, 256, "s5-build_directory"); // build_directory
        assertRoundTrip(ShowVersionReply.TYPE, body, msg);
        assertThat(ShowVersionReply.NAME_CRC).isEqualTo("show_version_reply_c919bde1");
    }

    @Test
    void swInterfaceDump() {
        final var msg = new SwInterfaceDump(0xFFFFFFFFL, true, "v3-name_filter");
        final byte[] body = MessageCodec.encode(0x0108, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(SwInterfaceDump.MIN_SIZE).isEqualTo(19);
        assertThat(body).hasSize(33);
        assertBytes(body, 0, "010880000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertBytes(body, 14, "01"); // name_filter_valid
        assertBytes(body, 15, "0000000e76332d6e616d655f66696c746572"); // name_filter
        assertRoundTrip(SwInterfaceDump.TYPE, body, msg);
        assertThat(SwInterfaceDump.NAME_CRC).isEqualTo("sw_interface_dump_aa610c27");
    }

    @Test
    void swInterfaceDetails() {
        final var msg = new SwInterfaceDetails(
            0xFFFFFFFFL, 0x80000002L, MacAddress.parse("aa:bb:cc:dd:ee:03"), 0x80000004L, 0xFFFFFFFFL, 0x80000006L,
            0xFFFFFFFFL, 0xFFF7, new InterfaceMtu(9000, 0xFFFFFFFFL, 1500, 0), 0x8000000AL, 205, 0xFFF3, 0xFFF2,
            0x8000000EL, 0xFFFFFFFFL, 0x80000010L, 0xFFFFFFFFL, 0x80000012L, 0xFFEC,
            MacAddress.parse("aa:bb:cc:dd:ee:14"), MacAddress.parse("aa:bb:cc:dd:ee:15"), 0xFFE9, 0xFFFFFFFFL,
            "s24-interface_name", "s25-interface_dev_type", "s26-tag");
        final byte[] body = MessageCodec.encode(0x0109, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceDetails.SIZE).hasSize(295);
        assertBytes(body, 0, "0109fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // sw_if_index
        assertBytes(body, 10, "80000002"); // sup_sw_if_index
        assertBytes(body, 14, "aabbccddee03"); // l2_address
        assertBytes(body, 20, "80000004"); // flags
        assertBytes(body, 24, "ffffffff"); // type
        assertBytes(body, 28, "80000006"); // link_duplex
        assertBytes(body, 32, "ffffffff"); // link_speed
        assertBytes(body, 36, "fff7"); // link_mtu
        assertBytes(body, 38, "00002328ffffffff000005dc00000000"); // mtu
        assertBytes(body, 54, "8000000a"); // sub_id
        assertBytes(body, 58, "cd"); // sub_number_of_tags
        assertBytes(body, 59, "fff3"); // sub_outer_vlan_id
        assertBytes(body, 61, "fff2"); // sub_inner_vlan_id
        assertBytes(body, 63, "8000000e"); // sub_if_flags
        assertBytes(body, 67, "ffffffff"); // vtr_op
        assertBytes(body, 71, "80000010"); // vtr_push_dot1q
        assertBytes(body, 75, "ffffffff"); // vtr_tag1
        assertBytes(body, 79, "80000012"); // vtr_tag2
        assertBytes(body, 83, "ffec"); // outer_tag
        assertBytes(body, 85, "aabbccddee14"); // b_dmac
        assertBytes(body, 91, "aabbccddee15"); // b_smac
        assertBytes(body, 97, "ffe9"); // b_vlanid
        assertBytes(body, 99, "ffffffff"); // i_sid
        assertFixedString(body, 103, 64, "s24-interface_name"); // interface_name
        assertFixedString(body, 167, 64, "s25-interface_dev_type"); // interface_dev_type
        assertFixedString(body, 231, 64, "s26-tag"); // tag
        assertRoundTrip(SwInterfaceDetails.TYPE, body, msg);
        assertThat(SwInterfaceDetails.NAME_CRC).isEqualTo("sw_interface_details_6c221fc7");
    }

    @Test
    void swInterfaceSetFlags() {
        final var msg = new SwInterfaceSetFlags(0xFFFFFFFFL, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x010A, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceSetFlags.SIZE).hasSize(18);
        assertBytes(body, 0, "010a80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertBytes(body, 14, "80000002"); // flags
        assertRoundTrip(SwInterfaceSetFlags.TYPE, body, msg);
        assertThat(SwInterfaceSetFlags.NAME_CRC).isEqualTo("sw_interface_set_flags_f5aec1b8");
    }

    @Test
    void swInterfaceSetFlagsReply() {
        final var msg = new SwInterfaceSetFlagsReply(-1);
        final byte[] body = MessageCodec.encode(0x010B, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceSetFlagsReply.SIZE).hasSize(10);
        assertBytes(body, 0, "010bfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(SwInterfaceSetFlagsReply.TYPE, body, msg);
        assertThat(SwInterfaceSetFlagsReply.NAME_CRC).isEqualTo("sw_interface_set_flags_reply_e8d4e804");
    }

    @Test
    void swInterfaceTagAddDel() {
        final var msg = new SwInterfaceTagAddDel(true, 0x80000002L, "s3-tag");
        final byte[] body = MessageCodec.encode(0x010C, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceTagAddDel.SIZE).hasSize(79);
        assertBytes(body, 0, "010c80000001fffffffe"); // header
        assertBytes(body, 10, "01"); // is_add
        assertBytes(body, 11, "80000002"); // sw_if_index
        assertFixedString(body, 15, 64, "s3-tag"); // tag
        assertRoundTrip(SwInterfaceTagAddDel.TYPE, body, msg);
        assertThat(SwInterfaceTagAddDel.NAME_CRC).isEqualTo("sw_interface_tag_add_del_426f8bc1");
    }

    @Test
    void swInterfaceTagAddDelReply() {
        final var msg = new SwInterfaceTagAddDelReply(-1);
        final byte[] body = MessageCodec.encode(0x010D, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceTagAddDelReply.SIZE).hasSize(10);
        assertBytes(body, 0, "010dfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(SwInterfaceTagAddDelReply.TYPE, body, msg);
        assertThat(SwInterfaceTagAddDelReply.NAME_CRC).isEqualTo("sw_interface_tag_add_del_reply_e8d4e804");
    }

    @Test
    void swInterfaceAddDelAddress() {
        final var msg = new SwInterfaceAddDelAddress(0xFFFFFFFFL, true, true, Prefix.parse("192.168.4.0/24"));
        final byte[] body = MessageCodec.encode(0x010E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceAddDelAddress.SIZE).hasSize(34);
        assertBytes(body, 0, "010e80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertBytes(body, 14, "01"); // is_add
        assertBytes(body, 15, "01"); // del_all
        assertBytes(body, 16, "00c0a8040000000000000000000000000018"); // prefix
        assertRoundTrip(SwInterfaceAddDelAddress.TYPE, body, msg);
        assertThat(SwInterfaceAddDelAddress.NAME_CRC).isEqualTo("sw_interface_add_del_address_5463d73b");
    }

    @Test
    void ipAddressDump() {
        final var msg = new IpAddressDump(0xFFFFFFFFL, true);
        final byte[] body = MessageCodec.encode(0x019F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(IpAddressDump.SIZE).hasSize(15);
        assertBytes(body, 0, "019f80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertBytes(body, 14, "01"); // is_ipv6
        assertRoundTrip(IpAddressDump.TYPE, body, msg);
        assertThat(IpAddressDump.NAME_CRC).isEqualTo("ip_address_dump_2d033de4");
    }

    @Test
    void ipAddressDetails() {
        final var msg = new IpAddressDetails(0x80000002L, Prefix.parse("2001:db8::ff01/127"));
        final byte[] body = MessageCodec.encode(0x019E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(IpAddressDetails.SIZE).hasSize(28);
        assertBytes(body, 0, "019efffffffe"); // header
        assertBytes(body, 6, "80000002"); // sw_if_index
        assertBytes(body, 10, "0120010db800000000000000000000ff017f"); // prefix: af, address, len 127
        assertRoundTrip(IpAddressDetails.TYPE, body, msg);
        assertThat(IpAddressDetails.NAME_CRC).isEqualTo("ip_address_details_ee29b797");
    }

    @Test
    void swInterfaceAddDelAddressReply() {
        final var msg = new SwInterfaceAddDelAddressReply(-1);
        final byte[] body = MessageCodec.encode(0x010F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceAddDelAddressReply.SIZE).hasSize(10);
        assertBytes(body, 0, "010ffffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(SwInterfaceAddDelAddressReply.TYPE, body, msg);
        assertThat(SwInterfaceAddDelAddressReply.NAME_CRC).isEqualTo("sw_interface_add_del_address_reply_e8d4e804");
    }

    @Test
    void createLoopback() {
        final var msg = new CreateLoopback(MacAddress.parse("aa:bb:cc:dd:ee:01"));
        final byte[] body = MessageCodec.encode(0x0110, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(CreateLoopback.SIZE).hasSize(16);
        assertBytes(body, 0, "011080000001fffffffe"); // header
        assertBytes(body, 10, "aabbccddee01"); // mac_address
        assertRoundTrip(CreateLoopback.TYPE, body, msg);
        assertThat(CreateLoopback.NAME_CRC).isEqualTo("create_loopback_42bb5d22");
    }

    @Test
    void createLoopbackReply() {
        final var msg = new CreateLoopbackReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0111, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(CreateLoopbackReply.SIZE).hasSize(14);
        assertBytes(body, 0, "0111fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(CreateLoopbackReply.TYPE, body, msg);
        assertThat(CreateLoopbackReply.NAME_CRC).isEqualTo("create_loopback_reply_5383d31f");
    }

    @Test
    void createLoopbackInstance() {
        final var msg = new CreateLoopbackInstance(MacAddress.parse("aa:bb:cc:dd:ee:01"), true, 0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0112, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(CreateLoopbackInstance.SIZE).hasSize(21);
        assertBytes(body, 0, "011280000001fffffffe"); // header
        assertBytes(body, 10, "aabbccddee01"); // mac_address
        assertBytes(body, 16, "01"); // is_specified
        assertBytes(body, 17, "ffffffff"); // user_instance
        assertRoundTrip(CreateLoopbackInstance.TYPE, body, msg);
        assertThat(CreateLoopbackInstance.NAME_CRC).isEqualTo("create_loopback_instance_d36a3ee2");
    }

    @Test
    void createLoopbackInstanceReply() {
        final var msg = new CreateLoopbackInstanceReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0113, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(CreateLoopbackInstanceReply.SIZE).hasSize(14);
        assertBytes(body, 0, "0113fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(CreateLoopbackInstanceReply.TYPE, body, msg);
        assertThat(CreateLoopbackInstanceReply.NAME_CRC).isEqualTo("create_loopback_instance_reply_5383d31f");
    }

    @Test
    void deleteLoopback() {
        final var msg = new DeleteLoopback(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0114, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(DeleteLoopback.SIZE).hasSize(14);
        assertBytes(body, 0, "011480000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(DeleteLoopback.TYPE, body, msg);
        assertThat(DeleteLoopback.NAME_CRC).isEqualTo("delete_loopback_f9e6675e");
    }

    @Test
    void deleteLoopbackReply() {
        final var msg = new DeleteLoopbackReply(-1);
        final byte[] body = MessageCodec.encode(0x0115, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(DeleteLoopbackReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0115fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(DeleteLoopbackReply.TYPE, body, msg);
        assertThat(DeleteLoopbackReply.NAME_CRC).isEqualTo("delete_loopback_reply_e8d4e804");
    }

    @Test
    void memifSocketFilenameAddDel() {
        final var msg = new MemifSocketFilenameAddDel(true, 0x80000002L, "s3-socket_filename");
        final byte[] body = MessageCodec.encode(0x0116, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifSocketFilenameAddDel.SIZE).hasSize(123);
        assertBytes(body, 0, "011680000001fffffffe"); // header
        assertBytes(body, 10, "01"); // is_add
        assertBytes(body, 11, "80000002"); // socket_id
        assertFixedString(body, 15, 108, "s3-socket_filename"); // socket_filename
        assertRoundTrip(MemifSocketFilenameAddDel.TYPE, body, msg);
        assertThat(MemifSocketFilenameAddDel.NAME_CRC).isEqualTo("memif_socket_filename_add_del_a2ce1a10");
    }

    @Test
    void memifSocketFilenameAddDelReply() {
        final var msg = new MemifSocketFilenameAddDelReply(-1);
        final byte[] body = MessageCodec.encode(0x0117, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifSocketFilenameAddDelReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0117fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(MemifSocketFilenameAddDelReply.TYPE, body, msg);
        assertThat(MemifSocketFilenameAddDelReply.NAME_CRC)
            .isEqualTo("memif_socket_filename_add_del_reply_e8d4e804");
    }

    @Test
    void memifSocketFilenameAddDelV2() {
        final var msg = new MemifSocketFilenameAddDelV2(true, 0x80000002L, "v3-socket_filename");
        final byte[] body = MessageCodec.encode(0x0118, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(MemifSocketFilenameAddDelV2.MIN_SIZE).isEqualTo(19);
        assertThat(body).hasSize(37);
        assertBytes(body, 0, "011880000001fffffffe"); // header
        assertBytes(body, 10, "01"); // is_add
        assertBytes(body, 11, "80000002"); // socket_id
        assertBytes(body, 15, "0000001276332d736f636b65745f66696c656e616d65"); // socket_filename
        assertRoundTrip(MemifSocketFilenameAddDelV2.TYPE, body, msg);
        assertThat(MemifSocketFilenameAddDelV2.NAME_CRC).isEqualTo("memif_socket_filename_add_del_v2_34223bdf");
    }

    @Test
    void memifSocketFilenameAddDelV2Reply() {
        final var msg = new MemifSocketFilenameAddDelV2Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0119, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifSocketFilenameAddDelV2Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "0119fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // socket_id
        assertRoundTrip(MemifSocketFilenameAddDelV2Reply.TYPE, body, msg);
        assertThat(MemifSocketFilenameAddDelV2Reply.NAME_CRC)
            .isEqualTo("memif_socket_filename_add_del_v2_reply_9f29bdb9");
    }

    @Test
    void memifCreate() {
        final var msg = new MemifCreate(
            0xFFFFFFFFL, 0x80000002L, 149, 156, 0xFFFFFFFFL, 0x80000006L, 0xFFFFFFFFL, 0xFFF7, true,
            MacAddress.parse("aa:bb:cc:dd:ee:0a"), "s11-secret");
        final byte[] body = MessageCodec.encode(0x011A, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifCreate.SIZE).hasSize(65);
        assertBytes(body, 0, "011a80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // role
        assertBytes(body, 14, "80000002"); // mode
        assertBytes(body, 18, "95"); // rx_queues
        assertBytes(body, 19, "9c"); // tx_queues
        assertBytes(body, 20, "ffffffff"); // id
        assertBytes(body, 24, "80000006"); // socket_id
        assertBytes(body, 28, "ffffffff"); // ring_size
        assertBytes(body, 32, "fff7"); // buffer_size
        assertBytes(body, 34, "01"); // no_zero_copy
        assertBytes(body, 35, "aabbccddee0a"); // hw_addr
        assertBytes(body, 41, "7331312d7365637265740000000000000000000000000000"); // secret
        assertRoundTrip(MemifCreate.TYPE, body, msg);
        assertThat(MemifCreate.NAME_CRC).isEqualTo("memif_create_b1b25061");
    }

    @Test
    void memifCreateReply() {
        final var msg = new MemifCreateReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x011B, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifCreateReply.SIZE).hasSize(14);
        assertBytes(body, 0, "011bfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(MemifCreateReply.TYPE, body, msg);
        assertThat(MemifCreateReply.NAME_CRC).isEqualTo("memif_create_reply_5383d31f");
    }

    @Test
    void memifCreateV2() {
        final var msg = new MemifCreateV2(
            0xFFFFFFFFL, 0x80000002L, 149, 156, 0xFFFFFFFFL, 0x80000006L, 0xFFFFFFFFL, 0xFFF7, true, true,
            MacAddress.parse("aa:bb:cc:dd:ee:0b"), "s12-secret");
        final byte[] body = MessageCodec.encode(0x011C, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifCreateV2.SIZE).hasSize(66);
        assertBytes(body, 0, "011c80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // role
        assertBytes(body, 14, "80000002"); // mode
        assertBytes(body, 18, "95"); // rx_queues
        assertBytes(body, 19, "9c"); // tx_queues
        assertBytes(body, 20, "ffffffff"); // id
        assertBytes(body, 24, "80000006"); // socket_id
        assertBytes(body, 28, "ffffffff"); // ring_size
        assertBytes(body, 32, "fff7"); // buffer_size
        assertBytes(body, 34, "01"); // no_zero_copy
        assertBytes(body, 35, "01"); // use_dma
        assertBytes(body, 36, "aabbccddee0b"); // hw_addr
        assertBytes(body, 42, "7331322d7365637265740000000000000000000000000000"); // secret
        assertRoundTrip(MemifCreateV2.TYPE, body, msg);
        assertThat(MemifCreateV2.NAME_CRC).isEqualTo("memif_create_v2_8c7de5f7");
    }

    @Test
    void memifCreateV2Reply() {
        final var msg = new MemifCreateV2Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x011D, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifCreateV2Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "011dfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(MemifCreateV2Reply.TYPE, body, msg);
        assertThat(MemifCreateV2Reply.NAME_CRC).isEqualTo("memif_create_v2_reply_5383d31f");
    }

    @Test
    void memifDelete() {
        final var msg = new MemifDelete(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x011E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifDelete.SIZE).hasSize(14);
        assertBytes(body, 0, "011e80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(MemifDelete.TYPE, body, msg);
        assertThat(MemifDelete.NAME_CRC).isEqualTo("memif_delete_f9e6675e");
    }

    @Test
    void memifDeleteReply() {
        final var msg = new MemifDeleteReply(-1);
        final byte[] body = MessageCodec.encode(0x011F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifDeleteReply.SIZE).hasSize(10);
        assertBytes(body, 0, "011ffffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(MemifDeleteReply.TYPE, body, msg);
        assertThat(MemifDeleteReply.NAME_CRC).isEqualTo("memif_delete_reply_e8d4e804");
    }

    @Test
    void memifDump() {
        final var msg = new MemifDump();
        final byte[] body = MessageCodec.encode(0x0120, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifDump.SIZE).hasSize(10);
        assertBytes(body, 0, "012080000001fffffffe"); // header
        assertRoundTrip(MemifDump.TYPE, body, msg);
        assertThat(MemifDump.NAME_CRC).isEqualTo("memif_dump_51077d14");
    }

    @Test
    void memifDetails() {
        final var msg = new MemifDetails(
            0xFFFFFFFFL, MacAddress.parse("aa:bb:cc:dd:ee:02"), 0xFFFFFFFFL, 0x80000004L, 0xFFFFFFFFL, true,
            0xFFFFFFFFL, 0x80000008L, 0xFFF6, 0x8000000AL, "s11-if_name");
        final byte[] body = MessageCodec.encode(0x0121, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifDetails.SIZE).hasSize(107);
        assertBytes(body, 0, "0121fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // sw_if_index
        assertBytes(body, 10, "aabbccddee02"); // hw_addr
        assertBytes(body, 16, "ffffffff"); // id
        assertBytes(body, 20, "80000004"); // role
        assertBytes(body, 24, "ffffffff"); // mode
        assertBytes(body, 28, "01"); // zero_copy
        assertBytes(body, 29, "ffffffff"); // socket_id
        assertBytes(body, 33, "80000008"); // ring_size
        assertBytes(body, 37, "fff6"); // buffer_size
        assertBytes(body, 39, "8000000a"); // flags
        assertFixedString(body, 43, 64, "s11-if_name"); // if_name
        assertRoundTrip(MemifDetails.TYPE, body, msg);
        assertThat(MemifDetails.NAME_CRC).isEqualTo("memif_details_da34feb9");
    }

    @Test
    void memifSocketFilenameDump() {
        final var msg = new MemifSocketFilenameDump();
        final byte[] body = MessageCodec.encode(0x0122, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifSocketFilenameDump.SIZE).hasSize(10);
        assertBytes(body, 0, "012280000001fffffffe"); // header
        assertRoundTrip(MemifSocketFilenameDump.TYPE, body, msg);
        assertThat(MemifSocketFilenameDump.NAME_CRC).isEqualTo("memif_socket_filename_dump_51077d14");
    }

    @Test
    void memifSocketFilenameDetails() {
        final var msg = new MemifSocketFilenameDetails(0xFFFFFFFFL, "s2-socket_filename");
        final byte[] body = MessageCodec.encode(0x0123, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(MemifSocketFilenameDetails.SIZE).hasSize(118);
        assertBytes(body, 0, "0123fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // socket_id
        assertFixedString(body, 10, 108, "s2-socket_filename"); // socket_filename
        assertRoundTrip(MemifSocketFilenameDetails.TYPE, body, msg);
        assertThat(MemifSocketFilenameDetails.NAME_CRC).isEqualTo("memif_socket_filename_details_7ff326f7");
    }

    @Test
    void tapCreateV2() {
        final var msg = new TapCreateV2(
            0xFFFFFFFFL, true, MacAddress.parse("aa:bb:cc:dd:ee:03"), 156, 0xFFFA, 0xFFF9, true, 0x80000008L, true,
            MacAddress.parse("aa:bb:cc:dd:ee:0a"), true, new Ip4Prefix(Ip4Address.parse("172.16.12.0"), 20), true,
            new Ip6Prefix(Ip6Address.parse("fd00::e"), 64), true, Ip4Address.parse("10.9.8.16"), true,
            Ip6Address.parse("fd00::12"), 0xFFFFFFFFL, true, "s21-host_namespace", true, "s23-host_if_name", true,
            "s25-host_bridge", "v26-tag");
        final byte[] body = MessageCodec.encode(0x0124, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(TapCreateV2.MIN_SIZE).isEqualTo(287);
        assertThat(body).hasSize(294);
        assertBytes(body, 0, "012480000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // id
        assertBytes(body, 14, "01"); // use_random_mac
        assertBytes(body, 15, "aabbccddee03"); // mac_address
        assertBytes(body, 21, "9c"); // num_rx_queues
        assertBytes(body, 22, "fffa"); // tx_ring_sz
        assertBytes(body, 24, "fff9"); // rx_ring_sz
        assertBytes(body, 26, "01"); // host_mtu_set
        assertBytes(body, 27, "80000008"); // host_mtu_size
        assertBytes(body, 31, "01"); // host_mac_addr_set
        assertBytes(body, 32, "aabbccddee0a"); // host_mac_addr
        assertBytes(body, 38, "01"); // host_ip4_prefix_set
        assertBytes(body, 39, "ac100c0014"); // host_ip4_prefix
        assertBytes(body, 44, "01"); // host_ip6_prefix_set
        assertBytes(body, 45, "fd00000000000000000000000000000e40"); // host_ip6_prefix
        assertBytes(body, 62, "01"); // host_ip4_gw_set
        assertBytes(body, 63, "0a090810"); // host_ip4_gw
        assertBytes(body, 67, "01"); // host_ip6_gw_set
        assertBytes(body, 68, "fd000000000000000000000000000012"); // host_ip6_gw
        assertBytes(body, 84, "ffffffff"); // tap_flags
        assertBytes(body, 88, "01"); // host_namespace_set
        assertFixedString(body, 89, 64, "s21-host_namespace"); // host_namespace
        assertBytes(body, 153, "01"); // host_if_name_set
        assertFixedString(body, 154, 64, "s23-host_if_name"); // host_if_name
        assertBytes(body, 218, "01"); // host_bridge_set
        assertFixedString(body, 219, 64, "s25-host_bridge"); // host_bridge
        assertBytes(body, 283, "000000077632362d746167"); // tag
        assertRoundTrip(TapCreateV2.TYPE, body, msg);
        assertThat(TapCreateV2.NAME_CRC).isEqualTo("tap_create_v2_2d0d6570");
    }

    @Test
    void tapCreateV2Reply() {
        final var msg = new TapCreateV2Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0125, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(TapCreateV2Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "0125fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(TapCreateV2Reply.TYPE, body, msg);
        assertThat(TapCreateV2Reply.NAME_CRC).isEqualTo("tap_create_v2_reply_5383d31f");
    }

    @Test
    void tapCreateV3() {
        final var msg = new TapCreateV3(
            0xFFFFFFFFL, true, MacAddress.parse("aa:bb:cc:dd:ee:03"), 0xFFFB, 0xFFFA, 0xFFF9, 0xFFF8, true,
            0xFFFFFFFFL, true, MacAddress.parse("aa:bb:cc:dd:ee:0b"), true,
            new Ip4Prefix(Ip4Address.parse("172.16.13.0"), 20), true,
            new Ip6Prefix(Ip6Address.parse("fd00::f"), 64), true, Ip4Address.parse("10.9.8.17"), true,
            Ip6Address.parse("fd00::13"), 0x80000014L, true, "s22-host_namespace", true, "s24-host_if_name", true,
            "s26-host_bridge", "v27-tag");
        final byte[] body = MessageCodec.encode(0x0126, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(TapCreateV3.MIN_SIZE).isEqualTo(290);
        assertThat(body).hasSize(297);
        assertBytes(body, 0, "012680000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // id
        assertBytes(body, 14, "01"); // use_random_mac
        assertBytes(body, 15, "aabbccddee03"); // mac_address
        assertBytes(body, 21, "fffb"); // num_rx_queues
        assertBytes(body, 23, "fffa"); // num_tx_queues
        assertBytes(body, 25, "fff9"); // tx_ring_sz
        assertBytes(body, 27, "fff8"); // rx_ring_sz
        assertBytes(body, 29, "01"); // host_mtu_set
        assertBytes(body, 30, "ffffffff"); // host_mtu_size
        assertBytes(body, 34, "01"); // host_mac_addr_set
        assertBytes(body, 35, "aabbccddee0b"); // host_mac_addr
        assertBytes(body, 41, "01"); // host_ip4_prefix_set
        assertBytes(body, 42, "ac100d0014"); // host_ip4_prefix
        assertBytes(body, 47, "01"); // host_ip6_prefix_set
        assertBytes(body, 48, "fd00000000000000000000000000000f40"); // host_ip6_prefix
        assertBytes(body, 65, "01"); // host_ip4_gw_set
        assertBytes(body, 66, "0a090811"); // host_ip4_gw
        assertBytes(body, 70, "01"); // host_ip6_gw_set
        assertBytes(body, 71, "fd000000000000000000000000000013"); // host_ip6_gw
        assertBytes(body, 87, "80000014"); // tap_flags
        assertBytes(body, 91, "01"); // host_namespace_set
        assertFixedString(body, 92, 64, "s22-host_namespace"); // host_namespace
        assertBytes(body, 156, "01"); // host_if_name_set
        assertFixedString(body, 157, 64, "s24-host_if_name"); // host_if_name
        assertBytes(body, 221, "01"); // host_bridge_set
        assertFixedString(body, 222, 64, "s26-host_bridge"); // host_bridge
        assertBytes(body, 286, "000000077632372d746167"); // tag
        assertRoundTrip(TapCreateV3.TYPE, body, msg);
        assertThat(TapCreateV3.NAME_CRC).isEqualTo("tap_create_v3_3f3fd1df");
    }

    @Test
    void tapCreateV3Reply() {
        final var msg = new TapCreateV3Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0127, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(TapCreateV3Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "0127fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(TapCreateV3Reply.TYPE, body, msg);
        assertThat(TapCreateV3Reply.NAME_CRC).isEqualTo("tap_create_v3_reply_5383d31f");
    }

    @Test
    void tapDeleteV2() {
        final var msg = new TapDeleteV2(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0128, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(TapDeleteV2.SIZE).hasSize(14);
        assertBytes(body, 0, "012880000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(TapDeleteV2.TYPE, body, msg);
        assertThat(TapDeleteV2.NAME_CRC).isEqualTo("tap_delete_v2_f9e6675e");
    }

    @Test
    void tapDeleteV2Reply() {
        final var msg = new TapDeleteV2Reply(-1);
        final byte[] body = MessageCodec.encode(0x0129, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(TapDeleteV2Reply.SIZE).hasSize(10);
        assertBytes(body, 0, "0129fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(TapDeleteV2Reply.TYPE, body, msg);
        assertThat(TapDeleteV2Reply.NAME_CRC).isEqualTo("tap_delete_v2_reply_e8d4e804");
    }

    @Test
    void swInterfaceTapV2Dump() {
        final var msg = new SwInterfaceTapV2Dump(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x012A, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceTapV2Dump.SIZE).hasSize(14);
        assertBytes(body, 0, "012a80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(SwInterfaceTapV2Dump.TYPE, body, msg);
        assertThat(SwInterfaceTapV2Dump.NAME_CRC).isEqualTo("sw_interface_tap_v2_dump_f9e6675e");
    }

    @Test
    void swInterfaceTapV2Details() {
        final var msg = new SwInterfaceTapV2Details(
            0xFFFFFFFFL, 0x80000002L, 0xFFFC, 0xFFFB, 0xFFFFFFFFL, MacAddress.parse("aa:bb:cc:dd:ee:06"),
            new Ip4Prefix(Ip4Address.parse("172.16.7.0"), 20), new Ip6Prefix(Ip6Address.parse("fd00::8"), 64),
            0xFFFFFFFFL, "s10-dev_name", "s11-host_if_name", "s12-host_namespace", "s13-host_bridge");
        final byte[] body = MessageCodec.encode(0x012B, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceTapV2Details.SIZE).hasSize(310);
        assertBytes(body, 0, "012bfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // sw_if_index
        assertBytes(body, 10, "80000002"); // id
        assertBytes(body, 14, "fffc"); // tx_ring_sz
        assertBytes(body, 16, "fffb"); // rx_ring_sz
        assertBytes(body, 18, "ffffffff"); // host_mtu_size
        assertBytes(body, 22, "aabbccddee06"); // host_mac_addr
        assertBytes(body, 28, "ac10070014"); // host_ip4_prefix
        assertBytes(body, 33, "fd00000000000000000000000000000840"); // host_ip6_prefix
        assertBytes(body, 50, "ffffffff"); // tap_flags
        assertFixedString(body, 54, 64, "s10-dev_name"); // dev_name
        assertFixedString(body, 118, 64, "s11-host_if_name"); // host_if_name
        assertFixedString(body, 182, 64, "s12-host_namespace"); // host_namespace
        assertFixedString(body, 246, 64, "s13-host_bridge"); // host_bridge
        assertRoundTrip(SwInterfaceTapV2Details.TYPE, body, msg);
        assertThat(SwInterfaceTapV2Details.NAME_CRC).isEqualTo("sw_interface_tap_v2_details_1e2b2a47");
    }

    @Test
    void vxlanAddDelTunnelV3() {
        final var msg = new VxlanAddDelTunnelV3(
            true, 0x80000002L, Address.parse("10.1.2.3"), Address.parse("fd00::4"), 0xFFFA, 0xFFF9, 0xFFFFFFFFL,
            0x80000008L, 0xFFFFFFFFL, 0x8000000AL, true);
        final byte[] body = MessageCodec.encode(0x012C, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(VxlanAddDelTunnelV3.SIZE).hasSize(70);
        assertBytes(body, 0, "012c80000001fffffffe"); // header
        assertBytes(body, 10, "01"); // is_add
        assertBytes(body, 11, "80000002"); // instance
        assertBytes(body, 15, "000a010203000000000000000000000000"); // src_address
        assertBytes(body, 32, "01fd000000000000000000000000000004"); // dst_address
        assertBytes(body, 49, "fffa"); // src_port
        assertBytes(body, 51, "fff9"); // dst_port
        assertBytes(body, 53, "ffffffff"); // mcast_sw_if_index
        assertBytes(body, 57, "80000008"); // encap_vrf_id
        assertBytes(body, 61, "ffffffff"); // decap_next_index
        assertBytes(body, 65, "8000000a"); // vni
        assertBytes(body, 69, "01"); // is_l3
        assertRoundTrip(VxlanAddDelTunnelV3.TYPE, body, msg);
        assertThat(VxlanAddDelTunnelV3.NAME_CRC).isEqualTo("vxlan_add_del_tunnel_v3_0072b037");
    }

    @Test
    void vxlanAddDelTunnelV3Reply() {
        final var msg = new VxlanAddDelTunnelV3Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x012D, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(VxlanAddDelTunnelV3Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "012dfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(VxlanAddDelTunnelV3Reply.TYPE, body, msg);
        assertThat(VxlanAddDelTunnelV3Reply.NAME_CRC).isEqualTo("vxlan_add_del_tunnel_v3_reply_5383d31f");
    }

    @Test
    void vxlanTunnelV2Dump() {
        final var msg = new VxlanTunnelV2Dump(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x012E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(VxlanTunnelV2Dump.SIZE).hasSize(14);
        assertBytes(body, 0, "012e80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(VxlanTunnelV2Dump.TYPE, body, msg);
        assertThat(VxlanTunnelV2Dump.NAME_CRC).isEqualTo("vxlan_tunnel_v2_dump_f9e6675e");
    }

    @Test
    void vxlanTunnelV2Details() {
        final var msg = new VxlanTunnelV2Details(
            0xFFFFFFFFL, 0x80000002L, Address.parse("10.1.2.3"), Address.parse("fd00::4"), 0xFFFA, 0xFFF9,
            0xFFFFFFFFL, 0x80000008L, 0xFFFFFFFFL, 0x8000000AL);
        final byte[] body = MessageCodec.encode(0x012F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(VxlanTunnelV2Details.SIZE).hasSize(68);
        assertBytes(body, 0, "012ffffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // sw_if_index
        assertBytes(body, 10, "80000002"); // instance
        assertBytes(body, 14, "000a010203000000000000000000000000"); // src_address
        assertBytes(body, 31, "01fd000000000000000000000000000004"); // dst_address
        assertBytes(body, 48, "fffa"); // src_port
        assertBytes(body, 50, "fff9"); // dst_port
        assertBytes(body, 52, "ffffffff"); // mcast_sw_if_index
        assertBytes(body, 56, "80000008"); // encap_vrf_id
        assertBytes(body, 60, "ffffffff"); // decap_next_index
        assertBytes(body, 64, "8000000a"); // vni
        assertRoundTrip(VxlanTunnelV2Details.TYPE, body, msg);
        assertThat(VxlanTunnelV2Details.NAME_CRC).isEqualTo("vxlan_tunnel_v2_details_d3bdd4d9");
    }

    @Test
    void wireguardInterfaceCreate() {
        final var msg = new WireguardInterfaceCreate(Samples.wireguardInterface(), true);
        final byte[] body = MessageCodec.encode(0x0130, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceCreate.SIZE).hasSize(102);
        assertBytes(body, 0, "013080000001fffffffe"); // header
        assertBytes(body, 10, encoded(Samples.wireguardInterface())); // interface
        assertBytes(body, 101, "01"); // generate_key
        assertRoundTrip(WireguardInterfaceCreate.TYPE, body, msg);
        assertThat(WireguardInterfaceCreate.NAME_CRC).isEqualTo("wireguard_interface_create_a530137e");
    }

    @Test
    void wireguardInterfaceCreateReply() {
        final var msg = new WireguardInterfaceCreateReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0131, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceCreateReply.SIZE).hasSize(14);
        assertBytes(body, 0, "0131fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(WireguardInterfaceCreateReply.TYPE, body, msg);
        assertThat(WireguardInterfaceCreateReply.NAME_CRC).isEqualTo("wireguard_interface_create_reply_5383d31f");
    }

    @Test
    void wireguardInterfaceDelete() {
        final var msg = new WireguardInterfaceDelete(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0132, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceDelete.SIZE).hasSize(14);
        assertBytes(body, 0, "013280000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(WireguardInterfaceDelete.TYPE, body, msg);
        assertThat(WireguardInterfaceDelete.NAME_CRC).isEqualTo("wireguard_interface_delete_f9e6675e");
    }

    @Test
    void wireguardInterfaceDeleteReply() {
        final var msg = new WireguardInterfaceDeleteReply(-1);
        final byte[] body = MessageCodec.encode(0x0133, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceDeleteReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0133fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(WireguardInterfaceDeleteReply.TYPE, body, msg);
        assertThat(WireguardInterfaceDeleteReply.NAME_CRC).isEqualTo("wireguard_interface_delete_reply_e8d4e804");
    }

    @Test
    void wireguardInterfaceDump() {
        final var msg = new WireguardInterfaceDump(true, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0134, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceDump.SIZE).hasSize(15);
        assertBytes(body, 0, "013480000001fffffffe"); // header
        assertBytes(body, 10, "01"); // show_private_key
        assertBytes(body, 11, "80000002"); // sw_if_index
        assertRoundTrip(WireguardInterfaceDump.TYPE, body, msg);
        assertThat(WireguardInterfaceDump.NAME_CRC).isEqualTo("wireguard_interface_dump_2c954158");
    }

    @Test
    void wireguardInterfaceDetails() {
        final var msg = new WireguardInterfaceDetails(Samples.wireguardInterface());
        final byte[] body = MessageCodec.encode(0x0135, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardInterfaceDetails.SIZE).hasSize(97);
        assertBytes(body, 0, "0135fffffffe"); // header
        assertBytes(body, 6, encoded(Samples.wireguardInterface())); // interface
        assertRoundTrip(WireguardInterfaceDetails.TYPE, body, msg);
        assertThat(WireguardInterfaceDetails.NAME_CRC).isEqualTo("wireguard_interface_details_0dd4865d");
    }

    @Test
    void wireguardPeerAdd() {
        final var msg = new WireguardPeerAdd(Samples.wireguardPeer(0));
        final byte[] body = MessageCodec.encode(0x0136, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(WireguardPeerAdd.MIN_SIZE).isEqualTo(77);
        assertThat(body).hasSize(77);
        assertBytes(body, 0, "013680000001fffffffe"); // header
        assertBytes(body, 10, encoded(Samples.wireguardPeer(0))); // peer
        assertRoundTrip(WireguardPeerAdd.TYPE, body, msg);
        assertThat(WireguardPeerAdd.NAME_CRC).isEqualTo("wireguard_peer_add_9b8aad61");
    }

    @Test
    void wireguardPeerAddReply() {
        final var msg = new WireguardPeerAddReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0137, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeerAddReply.SIZE).hasSize(14);
        assertBytes(body, 0, "0137fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // peer_index
        assertRoundTrip(WireguardPeerAddReply.TYPE, body, msg);
        assertThat(WireguardPeerAddReply.NAME_CRC).isEqualTo("wireguard_peer_add_reply_084a0cd3");
    }

    @Test
    void wireguardPeerAddV2() {
        final var msg = new WireguardPeerAddV2(Samples.wireguardPeerV2(0));
        final byte[] body = MessageCodec.encode(0x0138, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(WireguardPeerAddV2.MIN_SIZE).isEqualTo(110);
        assertThat(body).hasSize(110);
        assertBytes(body, 0, "013880000001fffffffe"); // header
        assertBytes(body, 10, encoded(Samples.wireguardPeerV2(0))); // peer
        assertRoundTrip(WireguardPeerAddV2.TYPE, body, msg);
        assertThat(WireguardPeerAddV2.NAME_CRC).isEqualTo("wireguard_peer_add_v2_4a07ba90");
    }

    @Test
    void wireguardPeerAddV2Reply() {
        final var msg = new WireguardPeerAddV2Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0139, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeerAddV2Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "0139fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // peer_index
        assertRoundTrip(WireguardPeerAddV2Reply.TYPE, body, msg);
        assertThat(WireguardPeerAddV2Reply.NAME_CRC).isEqualTo("wireguard_peer_add_v2_reply_084a0cd3");
    }

    @Test
    void wireguardPeerRemove() {
        final var msg = new WireguardPeerRemove(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x013A, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeerRemove.SIZE).hasSize(14);
        assertBytes(body, 0, "013a80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // peer_index
        assertRoundTrip(WireguardPeerRemove.TYPE, body, msg);
        assertThat(WireguardPeerRemove.NAME_CRC).isEqualTo("wireguard_peer_remove_3b74607a");
    }

    @Test
    void wireguardPeerRemoveReply() {
        final var msg = new WireguardPeerRemoveReply(-1);
        final byte[] body = MessageCodec.encode(0x013B, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeerRemoveReply.SIZE).hasSize(10);
        assertBytes(body, 0, "013bfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(WireguardPeerRemoveReply.TYPE, body, msg);
        assertThat(WireguardPeerRemoveReply.NAME_CRC).isEqualTo("wireguard_peer_remove_reply_e8d4e804");
    }

    @Test
    void wireguardPeersDump() {
        final var msg = new WireguardPeersDump(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x013C, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeersDump.SIZE).hasSize(14);
        assertBytes(body, 0, "013c80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // peer_index
        assertRoundTrip(WireguardPeersDump.TYPE, body, msg);
        assertThat(WireguardPeersDump.NAME_CRC).isEqualTo("wireguard_peers_dump_3b74607a");
    }

    @Test
    void wireguardPeersDetails() {
        final var msg = new WireguardPeersDetails(Samples.wireguardPeer(0));
        final byte[] body = MessageCodec.encode(0x013D, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(WireguardPeersDetails.MIN_SIZE).isEqualTo(73);
        assertThat(body).hasSize(73);
        assertBytes(body, 0, "013dfffffffe"); // header
        assertBytes(body, 6, encoded(Samples.wireguardPeer(0))); // peer
        assertRoundTrip(WireguardPeersDetails.TYPE, body, msg);
        assertThat(WireguardPeersDetails.NAME_CRC).isEqualTo("wireguard_peers_details_6a9f6bc3");
    }

    @Test
    void wireguardPeersV2Dump() {
        final var msg = new WireguardPeersV2Dump(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x013E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WireguardPeersV2Dump.SIZE).hasSize(14);
        assertBytes(body, 0, "013e80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // peer_index
        assertRoundTrip(WireguardPeersV2Dump.TYPE, body, msg);
        assertThat(WireguardPeersV2Dump.NAME_CRC).isEqualTo("wireguard_peers_v2_dump_3b74607a");
    }

    @Test
    void wireguardPeersV2Details() {
        final var msg = new WireguardPeersV2Details(Samples.wireguardPeerV2(0));
        final byte[] body = MessageCodec.encode(0x013F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(WireguardPeersV2Details.MIN_SIZE).isEqualTo(106);
        assertThat(body).hasSize(106);
        assertBytes(body, 0, "013ffffffffe"); // header
        assertBytes(body, 6, encoded(Samples.wireguardPeerV2(0))); // peer
        assertRoundTrip(WireguardPeersV2Details.TYPE, body, msg);
        assertThat(WireguardPeersV2Details.NAME_CRC).isEqualTo("wireguard_peers_v2_details_f5b86f42");
    }

    @Test
    void swInterfaceSetL2Xconnect() {
        final var msg = new SwInterfaceSetL2Xconnect(0xFFFFFFFFL, 0x80000002L, true);
        final byte[] body = MessageCodec.encode(0x0140, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceSetL2Xconnect.SIZE).hasSize(19);
        assertBytes(body, 0, "014080000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // rx_sw_if_index
        assertBytes(body, 14, "80000002"); // tx_sw_if_index
        assertBytes(body, 18, "01"); // enable
        assertRoundTrip(SwInterfaceSetL2Xconnect.TYPE, body, msg);
        assertThat(SwInterfaceSetL2Xconnect.NAME_CRC).isEqualTo("sw_interface_set_l2_xconnect_4fa28a85");
    }

    @Test
    void swInterfaceSetL2XconnectReply() {
        final var msg = new SwInterfaceSetL2XconnectReply(-1);
        final byte[] body = MessageCodec.encode(0x0141, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceSetL2XconnectReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0141fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(SwInterfaceSetL2XconnectReply.TYPE, body, msg);
        assertThat(SwInterfaceSetL2XconnectReply.NAME_CRC).isEqualTo("sw_interface_set_l2_xconnect_reply_e8d4e804");
    }

    @Test
    void l2XconnectDump() {
        final var msg = new L2XconnectDump();
        final byte[] body = MessageCodec.encode(0x0142, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L2XconnectDump.SIZE).hasSize(10);
        assertBytes(body, 0, "014280000001fffffffe"); // header
        assertRoundTrip(L2XconnectDump.TYPE, body, msg);
        assertThat(L2XconnectDump.NAME_CRC).isEqualTo("l2_xconnect_dump_51077d14");
    }

    @Test
    void l2XconnectDetails() {
        final var msg = new L2XconnectDetails(0xFFFFFFFFL, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0143, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L2XconnectDetails.SIZE).hasSize(14);
        assertBytes(body, 0, "0143fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // rx_sw_if_index
        assertBytes(body, 10, "80000002"); // tx_sw_if_index
        assertRoundTrip(L2XconnectDetails.TYPE, body, msg);
        assertThat(L2XconnectDetails.NAME_CRC).isEqualTo("l2_xconnect_details_472b6b67");
    }

    @Test
    void l3xcUpdate() {
        final var msg = new L3xcUpdate(Samples.l3xc(0));
        final byte[] body = MessageCodec.encode(0x0144, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(L3xcUpdate.MIN_SIZE).isEqualTo(16);
        assertThat(body).hasSize(16);
        assertBytes(body, 0, "014480000001fffffffe"); // header
        assertBytes(body, 10, encoded(Samples.l3xc(0))); // l3xc
        assertRoundTrip(L3xcUpdate.TYPE, body, msg);
        assertThat(L3xcUpdate.NAME_CRC).isEqualTo("l3xc_update_e96aabdf");
    }

    @Test
    void l3xcUpdateReply() {
        final var msg = new L3xcUpdateReply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0145, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcUpdateReply.SIZE).hasSize(14);
        assertBytes(body, 0, "0145fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // stats_index
        assertRoundTrip(L3xcUpdateReply.TYPE, body, msg);
        assertThat(L3xcUpdateReply.NAME_CRC).isEqualTo("l3xc_update_reply_1992deab");
    }

    @Test
    void l3xcDel() {
        final var msg = new L3xcDel(0xFFFFFFFFL, true);
        final byte[] body = MessageCodec.encode(0x0146, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcDel.SIZE).hasSize(15);
        assertBytes(body, 0, "014680000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertBytes(body, 14, "01"); // is_ip6
        assertRoundTrip(L3xcDel.TYPE, body, msg);
        assertThat(L3xcDel.NAME_CRC).isEqualTo("l3xc_del_e7dbef91");
    }

    @Test
    void l3xcDelReply() {
        final var msg = new L3xcDelReply(-1);
        final byte[] body = MessageCodec.encode(0x0147, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcDelReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0147fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(L3xcDelReply.TYPE, body, msg);
        assertThat(L3xcDelReply.NAME_CRC).isEqualTo("l3xc_del_reply_e8d4e804");
    }

    @Test
    void l3xcDump() {
        final var msg = new L3xcDump(0xFFFFFFFFL);
        final byte[] body = MessageCodec.encode(0x0148, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcDump.SIZE).hasSize(14);
        assertBytes(body, 0, "014880000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // sw_if_index
        assertRoundTrip(L3xcDump.TYPE, body, msg);
        assertThat(L3xcDump.NAME_CRC).isEqualTo("l3xc_dump_f9e6675e");
    }

    @Test
    void l3xcDetails() {
        final var msg = new L3xcDetails(Samples.l3xc(0));
        final byte[] body = MessageCodec.encode(0x0149, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(L3xcDetails.MIN_SIZE).isEqualTo(12);
        assertThat(body).hasSize(12);
        assertBytes(body, 0, "0149fffffffe"); // header
        assertBytes(body, 6, encoded(Samples.l3xc(0))); // l3xc
        assertRoundTrip(L3xcDetails.TYPE, body, msg);
        assertThat(L3xcDetails.NAME_CRC).isEqualTo("l3xc_details_bc5bf852");
    }

    @Test
    void l3xcPluginGetVersion() {
        final var msg = new L3xcPluginGetVersion();
        final byte[] body = MessageCodec.encode(0x014A, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcPluginGetVersion.SIZE).hasSize(10);
        assertBytes(body, 0, "014a80000001fffffffe"); // header
        assertRoundTrip(L3xcPluginGetVersion.TYPE, body, msg);
        assertThat(L3xcPluginGetVersion.NAME_CRC).isEqualTo("l3xc_plugin_get_version_51077d14");
    }

    @Test
    void l3xcPluginGetVersionReply() {
        final var msg = new L3xcPluginGetVersionReply(0xFFFFFFFFL, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x014B, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(L3xcPluginGetVersionReply.SIZE).hasSize(14);
        assertBytes(body, 0, "014bfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // major
        assertBytes(body, 10, "80000002"); // minor
        assertRoundTrip(L3xcPluginGetVersionReply.TYPE, body, msg);
        assertThat(L3xcPluginGetVersionReply.NAME_CRC).isEqualTo("l3xc_plugin_get_version_reply_9b32cf86");
    }

    @Test
    void wantInterfaceEvents() {
        final var msg = new WantInterfaceEvents(0xFFFFFFFFL, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x014C, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WantInterfaceEvents.SIZE).hasSize(18);
        assertBytes(body, 0, "014c80000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // enable_disable
        assertBytes(body, 14, "80000002"); // pid
        assertRoundTrip(WantInterfaceEvents.TYPE, body, msg);
        assertThat(WantInterfaceEvents.NAME_CRC).isEqualTo("want_interface_events_476f5a08");
    }

    @Test
    void wantInterfaceEventsReply() {
        final var msg = new WantInterfaceEventsReply(-1);
        final byte[] body = MessageCodec.encode(0x014D, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(WantInterfaceEventsReply.SIZE).hasSize(10);
        assertBytes(body, 0, "014dfffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(WantInterfaceEventsReply.TYPE, body, msg);
        assertThat(WantInterfaceEventsReply.NAME_CRC).isEqualTo("want_interface_events_reply_e8d4e804");
    }

    @Test
    void swInterfaceEvent() {
        final var msg = new SwInterfaceEvent(0xFFFFFFFFL, 0x80000002L, 0xFFFFFFFFL, true);
        final byte[] body = MessageCodec.encode(0x014E, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(SwInterfaceEvent.SIZE).hasSize(19);
        assertBytes(body, 0, "014e80000001"); // header
        assertBytes(body, 6, "ffffffff"); // pid
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertBytes(body, 14, "ffffffff"); // flags
        assertBytes(body, 18, "01"); // deleted
        assertRoundTrip(SwInterfaceEvent.TYPE, body, msg);
        assertThat(SwInterfaceEvent.NAME_CRC).isEqualTo("sw_interface_event_2d3d95a7");
    }

    @Test
    void getApiJson() {
        final var msg = new GetApiJson();
        final byte[] body = MessageCodec.encode(0x014F, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(GetApiJson.SIZE).hasSize(10);
        assertBytes(body, 0, "014f80000001fffffffe"); // header
        assertRoundTrip(GetApiJson.TYPE, body, msg);
        assertThat(GetApiJson.NAME_CRC).isEqualTo("get_api_json_51077d14");
    }

    @Test
    void getApiJsonReply() {
        final var msg = new GetApiJsonReply(-1, "v2-json");
        final byte[] body = MessageCodec.encode(0x0150, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(GetApiJsonReply.MIN_SIZE).isEqualTo(14);
        assertThat(body).hasSize(21);
        assertBytes(body, 0, "0150fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "0000000776322d6a736f6e"); // json
        assertRoundTrip(GetApiJsonReply.TYPE, body, msg);
        assertThat(GetApiJsonReply.NAME_CRC).isEqualTo("get_api_json_reply_ea715b59");
    }

    @Test
    void afPacketCreateV3() {
        final var msg = new AfPacketCreateV3(
            0xFFFFFFFFL, MacAddress.parse("aa:bb:cc:dd:ee:02"), true, "s4-host_if_name", 0xFFFFFFFFL, 0x80000006L,
            0xFFFFFFFFL, 0x80000008L, 0xFFFFFFFFL, 0xFFF5, 0xFFF4);
        final byte[] body = MessageCodec.encode(0x0151, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketCreateV3.SIZE).hasSize(109);
        assertBytes(body, 0, "015180000001fffffffe"); // header
        assertBytes(body, 10, "ffffffff"); // mode
        assertBytes(body, 14, "aabbccddee02"); // hw_addr
        assertBytes(body, 20, "01"); // use_random_hw_addr
        assertFixedString(body, 21, 64, "s4-host_if_name"); // host_if_name
        assertBytes(body, 85, "ffffffff"); // rx_frame_size
        assertBytes(body, 89, "80000006"); // tx_frame_size
        assertBytes(body, 93, "ffffffff"); // rx_frames_per_block
        assertBytes(body, 97, "80000008"); // tx_frames_per_block
        assertBytes(body, 101, "ffffffff"); // flags
        assertBytes(body, 105, "fff5"); // num_rx_queues
        assertBytes(body, 107, "fff4"); // num_tx_queues
        assertRoundTrip(AfPacketCreateV3.TYPE, body, msg);
        assertThat(AfPacketCreateV3.NAME_CRC).isEqualTo("af_packet_create_v3_b3a809d4");
    }

    @Test
    void afPacketCreateV3Reply() {
        final var msg = new AfPacketCreateV3Reply(-1, 0x80000002L);
        final byte[] body = MessageCodec.encode(0x0152, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketCreateV3Reply.SIZE).hasSize(14);
        assertBytes(body, 0, "0152fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertBytes(body, 10, "80000002"); // sw_if_index
        assertRoundTrip(AfPacketCreateV3Reply.TYPE, body, msg);
        assertThat(AfPacketCreateV3Reply.NAME_CRC).isEqualTo("af_packet_create_v3_reply_5383d31f");
    }

    @Test
    void afPacketDelete() {
        final var msg = new AfPacketDelete("s1-host_if_name");
        final byte[] body = MessageCodec.encode(0x0153, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketDelete.SIZE).hasSize(74);
        assertBytes(body, 0, "015380000001fffffffe"); // header
        assertFixedString(body, 10, 64, "s1-host_if_name"); // host_if_name
        assertRoundTrip(AfPacketDelete.TYPE, body, msg);
        assertThat(AfPacketDelete.NAME_CRC).isEqualTo("af_packet_delete_863fa648");
    }

    @Test
    void afPacketDeleteReply() {
        final var msg = new AfPacketDeleteReply(-1);
        final byte[] body = MessageCodec.encode(0x0154, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketDeleteReply.SIZE).hasSize(10);
        assertBytes(body, 0, "0154fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // retval
        assertRoundTrip(AfPacketDeleteReply.TYPE, body, msg);
        assertThat(AfPacketDeleteReply.NAME_CRC).isEqualTo("af_packet_delete_reply_e8d4e804");
    }

    @Test
    void afPacketDump() {
        final var msg = new AfPacketDump();
        final byte[] body = MessageCodec.encode(0x0155, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketDump.SIZE).hasSize(10);
        assertBytes(body, 0, "015580000001fffffffe"); // header
        assertRoundTrip(AfPacketDump.TYPE, body, msg);
        assertThat(AfPacketDump.NAME_CRC).isEqualTo("af_packet_dump_51077d14");
    }

    @Test
    void afPacketDetails() {
        final var msg = new AfPacketDetails(0xFFFFFFFFL, "s2-host_if_name");
        final byte[] body = MessageCodec.encode(0x0156, 0x80000001L, 0xFFFFFFFEL, msg);
        assertThat(body).hasSize(AfPacketDetails.SIZE).hasSize(74);
        assertBytes(body, 0, "0156fffffffe"); // header
        assertBytes(body, 6, "ffffffff"); // sw_if_index
        assertFixedString(body, 10, 64, "s2-host_if_name"); // host_if_name
        assertRoundTrip(AfPacketDetails.TYPE, body, msg);
        assertThat(AfPacketDetails.NAME_CRC).isEqualTo("af_packet_details_58c7c042");
    }
}

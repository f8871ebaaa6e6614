/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nsmvpp.vpp.client.wire.WireReader;
import io.nsmvpp.vpp.client.wire.WireWriter;
import io.nsmvpp.vpp.codegen.ApiModel;
import io.nsmvpp.vpp.codegen.ApiModel.Field;
import io.nsmvpp.vpp.codegen.ApiModel.Kind;
import io.nsmvpp.vpp.codegen.ApiModel.Older;
import io.nsmvpp.vpp.codegen.ApiModel.Shape;
import io.nsmvpp.vpp.codegen.ApiModel.Struct;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message and typedef of the descriptions in {@code src/main/vpp-api}, checked against the generated records:
 * the size, every field's offset and bytes, and a round trip, at the field boundaries (unsigned maxima, u8 above 127,
 * fixed strings of N-1 characters, empty and non-empty arrays, empty and non-empty variable strings). The expected
 * bytes are computed here from the description, field by field, not by the records' own encoders; the message sizes
 * are also pinned to the ones VPP v26.06's API JSON gives ({@link #VPP_SIZES}), so that a field missing from a
 * description shows.
 */
class DescribedLayoutTest {
    private static final ApiModel MODEL = ApiModel.read(Path.of("src/main/vpp-api"));
    private static final String PACKAGE = "io.nsmvpp.vpp.client.msg.";
    private static final int MSG_ID = 0x0123;
    private static final long CLIENT_INDEX = 0x80000001L;
    private static final long CONTEXT = 0xFFFFFFFEL;

    /** {@code name_crc} and smallest body size (header included) of every message, from VPP v26.06's API JSON. */
    private static final Map<String, Integer> VPP_SIZES = Map.ofEntries(
        Map.entry("sockclnt_create_455fb9c4", 70),
        Map.entry("sockclnt_create_reply_35166268", 20),
        Map.entry("sockclnt_delete_8ac76db6", 14),
        Map.entry("sockclnt_delete_reply_8f38b1ee", 10),
        Map.entry("control_ping_51077d14", 10),
        Map.entry("control_ping_reply_f6b0b8ca", 18),
        Map.entry("show_version_51077d14", 10),
        Map.entry("show_version_reply_c919bde1", 362),
        Map.entry("sw_interface_dump_aa610c27", 19),
        Map.entry("sw_interface_details_6c221fc7", 295),
        Map.entry("sw_interface_set_flags_f5aec1b8", 18),
        Map.entry("sw_interface_set_flags_reply_e8d4e804", 10),
        Map.entry("sw_interface_tag_add_del_426f8bc1", 79),
        Map.entry("sw_interface_tag_add_del_reply_e8d4e804", 10),
        Map.entry("sw_interface_add_del_address_5463d73b", 34),
        Map.entry("sw_interface_add_del_address_reply_e8d4e804", 10),
        Map.entry("ip_address_dump_2d033de4", 15),
        Map.entry("ip_address_details_ee29b797", 28),
        Map.entry("create_loopback_42bb5d22", 16),
        Map.entry("create_loopback_reply_5383d31f", 14),
        Map.entry("create_loopback_instance_d36a3ee2", 21),
        Map.entry("create_loopback_instance_reply_5383d31f", 14),
        Map.entry("delete_loopback_f9e6675e", 14),
        Map.entry("delete_loopback_reply_e8d4e804", 10),
        Map.entry("memif_socket_filename_add_del_a2ce1a10", 123),
        Map.entry("memif_socket_filename_add_del_reply_e8d4e804", 10),
        Map.entry("memif_socket_filename_add_del_v2_34223bdf", 19),
        Map.entry("memif_socket_filename_add_del_v2_reply_9f29bdb9", 14),
        Map.entry("memif_create_b1b25061", 65),
        Map.entry("memif_create_reply_5383d31f", 14),
        Map.entry("memif_create_v2_8c7de5f7", 66),
        Map.entry("memif_create_v2_reply_5383d31f", 14),
        Map.entry("memif_delete_f9e6675e", 14),
        Map.entry("memif_delete_reply_e8d4e804", 10),
        Map.entry("memif_dump_51077d14", 10),
        Map.entry("memif_details_da34feb9", 107),
        Map.entry("memif_socket_filename_dump_51077d14", 10),
        Map.entry("memif_socket_filename_details_7ff326f7", 118),
        Map.entry("tap_create_v2_2d0d6570", 287),
        Map.entry("tap_create_v2_reply_5383d31f", 14),
        Map.entry("tap_create_v3_3f3fd1df", 290),
        Map.entry("tap_create_v3_reply_5383d31f", 14),
        Map.entry("tap_delete_v2_f9e6675e", 14),
        Map.entry("tap_delete_v2_reply_e8d4e804", 10),
        Map.entry("sw_interface_tap_v2_dump_f9e6675e", 14),
        Map.entry("sw_interface_tap_v2_details_1e2b2a47", 310),
        Map.entry("vxlan_add_del_tunnel_v3_0072b037", 70),
        Map.entry("vxlan_add_del_tunnel_v3_reply_5383d31f", 14),
        Map.entry("vxlan_tunnel_v2_dump_f9e6675e", 14),
        Map.entry("vxlan_tunnel_v2_details_d3bdd4d9", 68),
        Map.entry("wireguard_interface_create_a530137e", 102),
        Map.entry("wireguard_interface_create_reply_5383d31f", 14),
        Map.entry("wireguard_interface_delete_f9e6675e", 14),
        Map.entry("wireguard_interface_delete_reply_e8d4e804", 10),
        Map.entry("wireguard_interface_dump_2c954158", 15),
        Map.entry("wireguard_interface_details_0dd4865d", 97),
        Map.entry("wireguard_peer_add_9b8aad61", 77),
        Map.entry("wireguard_peer_add_reply_084a0cd3", 14),
        Map.entry("wireguard_peer_add_v2_4a07ba90", 110),
        Map.entry("wireguard_peer_add_v2_reply_084a0cd3", 14),
        Map.entry("wireguard_peer_remove_3b74607a", 14),
        Map.entry("wireguard_peer_remove_reply_e8d4e804", 10),
        Map.entry("wireguard_peers_dump_3b74607a", 14),
        Map.entry("wireguard_peers_details_6a9f6bc3", 73),
        Map.entry("wireguard_peers_v2_dump_3b74607a", 14),
        Map.entry("wireguard_peers_v2_details_f5b86f42", 106),
        Map.entry("sw_interface_set_l2_xconnect_4fa28a85", 19),
        Map.entry("sw_interface_set_l2_xconnect_reply_e8d4e804", 10),
        Map.entry("l2_xconnect_dump_51077d14", 10),
        Map.entry("l2_xconnect_details_472b6b67", 14),
        Map.entry("l3xc_update_e96aabdf", 16),
        Map.entry("l3xc_update_reply_1992deab", 14),
        Map.entry("l3xc_del_e7dbef91", 15),
        Map.entry("l3xc_del_reply_e8d4e804", 10),
        Map.entry("l3xc_dump_f9e6675e", 14),
        Map.entry("l3xc_details_bc5bf852", 12),
        Map.entry("l3xc_plugin_get_version_51077d14", 10),
        Map.entry("l3xc_plugin_get_version_reply_9b32cf86", 14),
        Map.entry("want_interface_events_476f5a08", 18),
        Map.entry("want_interface_events_reply_e8d4e804", 10),
        Map.entry("sw_interface_event_2d3d95a7", 19),
        Map.entry("get_api_json_51077d14", 10),
        Map.entry("get_api_json_reply_ea715b59", 14),
        Map.entry("af_packet_create_v3_b3a809d4", 109),
        Map.entry("af_packet_create_v3_reply_5383d31f", 14),
        Map.entry("af_packet_delete_863fa648", 74),
        Map.entry("af_packet_delete_reply_e8d4e804", 10),
        Map.entry("af_packet_dump_51077d14", 10),
        Map.entry("af_packet_details_58c7c042", 74));

    /**
     * {@code name_crc} and body size (header included) of every older form described, from the API JSON that VPP's
     * own generator makes of that release's {@code .api} files.
     */
    private static final Map<String, Integer> OLDER_VPP_SIZES = Map.of(
        "wireguard_peers_dump_51077d14", 10);

    /** How the sample values are chosen. */
    enum Variant {
        /** Unsigned maxima, i32 -1, fixed strings of N-1 characters, empty arrays and variable strings. */
        MAXIMA,
        /** A different value in every field (u8 still above 127), arrays of two, non-empty variable strings. */
        DISTINCT
    }

    static Stream<Struct> messages() {
        return MODEL.structs().stream().filter(struct -> struct.kind().isMessage());
    }

    static Stream<Struct> typedefs() {
        return MODEL.structs().stream().filter(struct -> !struct.kind().isMessage());
    }

    @Test
    void everyDescribedMessageIsInTheCatalogueAndBack() {
        assertThat(messages().map(Struct::name).sorted().toList())
            .isEqualTo(Messages.ALL.stream().map(MessageType::name).sorted().toList());
        assertThat(messages().map(struct -> struct.name() + "_" + struct.crc().substring(2)).sorted().toList())
            .isEqualTo(VPP_SIZES.keySet().stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void messageConstantsMatchTheDescriptionAndVpp(final Struct struct) throws ReflectiveOperationException {
        final Class<?> type = Class.forName(PACKAGE + struct.javaName());
        final String nameCrc = struct.name() + "_" + struct.crc().substring(2);
        final boolean variable = MODEL.isVariable(struct);
        final int size = ApiModel.headerSize(struct) + MODEL.minSize(struct);
        assertThat(type.getField("NAME").get(null)).isEqualTo(struct.name());
        assertThat(type.getField("CRC").get(null)).isEqualTo(struct.crc());
        assertThat(type.getField("NAME_CRC").get(null)).isEqualTo(nameCrc);
        assertThat(type.getField(variable ? "MIN_SIZE" : "SIZE").get(null)).isEqualTo(size);
        assertThat(size).as("VPP's size of %s", nameCrc).isEqualTo(VPP_SIZES.get(nameCrc));
        final MessageType<?> messageType = (MessageType<?>) type.getField("TYPE").get(null);
        assertThat(messageType.nameCrc()).isEqualTo(nameCrc);
        assertThat(messageType.minSize()).isEqualTo(size);
        assertThat(messageType.header().size()).isEqualTo(ApiModel.headerSize(struct));
        assertThat(messageType.plugin()).isEqualTo(struct.plugin().equals("core") ? MessageType.CORE
            : struct.plugin());
        assertThat(messageType.role()).isEqualTo(switch (struct.kind()) {
            case REQUEST, DUMP -> MessageRole.REQUEST;
            case REPLY -> MessageRole.REPLY;
            case DETAILS -> MessageRole.DETAILS;
            case EVENT -> MessageRole.EVENT;
            case TYPE -> throw new IllegalStateException();
        });
        if (struct.kind() == Kind.REQUEST || struct.kind() == Kind.DUMP) {
            final VppMessage sample = (VppMessage) sample(struct, Variant.MAXIMA, 1);
            final Object paired = type.getMethod(struct.kind() == Kind.REQUEST ? "replyType" : "detailsType")
                .invoke(sample);
            assertThat(((MessageType<?>) paired).name()).isEqualTo(struct.pair());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void messageBytesAndRoundTripAtTheBoundaries(final Struct struct) throws ReflectiveOperationException {
        for (Variant variant : Variant.values()) {
            final VppMessage msg = (VppMessage) sample(struct, variant, 1);
            final byte[] body = MessageCodec.encode(MSG_ID, CLIENT_INDEX, CONTEXT, msg);
            final var expected = expectedHeader(struct);
            expectedFields(struct, msg, expected);
            assertThat(HexFormat.of().formatHex(body)).as("%s, %s", struct.name(), variant)
                .isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
            if (variant == Variant.MAXIMA) {
                assertThat(body).hasSize(ApiModel.headerSize(struct) + MODEL.minSize(struct));
            }
            final MessageType<?> type = msg.type();
            final var decoded = MessageCodec.decode(type, body);
            assertThat(decoded.message()).isEqualTo(msg);
            assertThat(decoded.msgId()).isEqualTo(MSG_ID);
        }
    }

    static Stream<Older> olderForms() {
        return messages().flatMap(struct -> MODEL.olders(struct).stream());
    }

    @Test
    void everyOlderFormIsPinned() {
        assertThat(olderForms().map(older -> older.form().name() + "_" + older.form().crc().substring(2)).toList())
            .containsExactlyInAnyOrderElementsOf(OLDER_VPP_SIZES.keySet());
    }

    /**
     * An older form: its type hangs off today's, with its CRC and size; a record whose fields the older form lacks
     * hold the described values travels in exactly the older layout (computed here from the description) and comes
     * back equal; with any other value in such a field it is refused, naming the field.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("olderForms")
    void olderFormBytesRoundTripAndRefusal(final Older older) throws ReflectiveOperationException {
        final Struct form = older.form();
        final Struct current = MODEL.struct(form.name());
        final String nameCrc = form.name() + "_" + form.crc().substring(2);
        final MessageType<?> today = (MessageType<?>) Class.forName(PACKAGE + current.javaName()).getField("TYPE")
            .get(null);
        final MessageType<?> type = today.olderForms().stream().filter(t -> t.nameCrc().equals(nameCrc))
            .findFirst().orElseThrow();
        final int size = ApiModel.headerSize(form) + MODEL.minSize(form);
        assertThat(size).as("VPP's size of %s", nameCrc).isEqualTo(OLDER_VPP_SIZES.get(nameCrc));
        assertThat(type.minSize()).isEqualTo(size);
        assertThat(type.isOlderForm()).isTrue();
        assertThat(Messages.byNameCrc(nameCrc)).containsSame(type);
        for (Variant variant : Variant.values()) {
            final VppMessage sample = (VppMessage) sample(current, variant, 1);
            final VppMessage msg = withAbsentValues(current, older, sample);
            final var out = new WireWriter();
            MessageCodec.encode(out, MSG_ID, CLIENT_INDEX, CONTEXT, msg, type);
            final var expected = expectedHeader(form);
            expectedFields(form, msg, expected);
            assertThat(HexFormat.of().formatHex(out.toByteArray())).as("%s, %s", nameCrc, variant)
                .isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
            assertThat(MessageCodec.decode(type, out.toByteArray()).message()).isEqualTo(msg);
            if (!msg.equals(sample)) {
                assertThatThrownBy(() -> MessageCodec.encode(new WireWriter(), MSG_ID, CLIENT_INDEX, CONTEXT,
                    sample, type))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(form.name() + ": VPP has the older form " + form.crc())
                    .hasMessageContaining("without " + older.absent().keySet().iterator().next());
            }
        }
    }

    /** {@code sample} with every field the older form lacks set to the value the older VPP acts as if it had. */
    private static VppMessage withAbsentValues(final Struct current, final Older older, final VppMessage sample)
            throws ReflectiveOperationException {
        final RecordComponent[] components = sample.getClass().getRecordComponents();
        final var args = new ArrayList<>();
        for (RecordComponent component : components) {
            final Field field = current.fields().stream().filter(f -> f.javaName().equals(component.getName()))
                .findFirst().orElseThrow();
            final String value = older.absent().get(field.name());
            args.add(value == null ? component.getAccessor().invoke(sample) : switch (component.getType().getName()) {
                case "long" -> Long.decode(value);
                case "int" -> Integer.decode(value);
                case "boolean" -> Boolean.parseBoolean(value);
                default -> value.substring(1, value.length() - 1);
            });
        }
        final Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return (VppMessage) sample.getClass().getDeclaredConstructor(types).newInstance(args.toArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedefs")
    void typedefBytesAndRoundTripAtTheBoundaries(final Struct struct) throws ReflectiveOperationException {
        final Class<?> type = Class.forName(PACKAGE + struct.javaName());
        assertThat(type.getField("SIZE").get(null)).isEqualTo(MODEL.minSize(struct));
        for (Variant variant : Variant.values()) {
            final Object value = sample(struct, variant, 1);
            final var out = new WireWriter();
            type.getMethod("encode", WireWriter.class).invoke(value, out);
            final var expected = new ByteArrayOutputStream();
            expectedFields(struct, value, expected);
            assertThat(HexFormat.of().formatHex(out.toByteArray())).as("%s, %s", struct.name(), variant)
                .isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
            final Object decoded = type.getMethod("decode", WireReader.class)
                .invoke(null, new WireReader(out.toByteArray()));
            assertThat(decoded).isEqualTo(value);
        }
    }

    /** A record of {@code struct} with sample values; {@code seed} makes the distinct values differ per use. */
    private static Object sample(final Struct struct, final Variant variant, final int seed)
            throws ReflectiveOperationException {
        final Class<?> type = Class.forName(PACKAGE + struct.javaName());
        final RecordComponent[] components = type.getRecordComponents();
        final var args = new ArrayList<>();
        int index = 0;
        for (Field field : struct.fields()) {
            if (MODEL.shape(struct, field) == Shape.COUNT) {
                continue;
            }
            assertThat(components[index].getName()).isEqualTo(field.javaName());
            args.add(sampleField(struct, field, variant, seed * 31 + index));
            index++;
        }
        assertThat(components).hasSize(index);
        final Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args.toArray());
        } catch (InvocationTargetException e) {
            throw new AssertionError(struct.name() + ": sample refused: " + e.getCause(), e);
        }
    }

    private static Object sampleField(final Struct struct, final Field field, final Variant variant, final int seed)
            throws ReflectiveOperationException {
        final boolean max = variant == Variant.MAXIMA;
        return switch (MODEL.shape(struct, field)) {
            case SCALAR -> switch (MODEL.base(field.vppType())) {
                case "u8" -> max ? 0xFF : 0x80 + seed % 0x7F;
                case "bool" -> max || seed % 2 == 0;
                case "u16" -> max ? 0xFFFF : 0x8000 + seed % 0x7FFF;
                case "u32" -> max ? 0xFFFF_FFFFL : 0x8000_0000L + seed;
                case "i32" -> max ? -1 : -seed;
                case "u64" -> max ? -1L : Long.MIN_VALUE + seed;
                default -> throw new AssertionError("no sample for " + field.vppType());
            };
            case FIXED_STRING -> {
                final int size = Integer.parseInt(field.length());
                final String text = "s" + seed + "-" + field.name();
                yield max ? "x".repeat(size - 1) : text.substring(0, Math.min(text.length(), size - 1));
            }
            case VARIABLE_STRING -> max ? "" : "v" + seed + "-" + field.name();
            case STRUCT -> MODEL.extern(field) != null ? externSample(MODEL.extern(field).javaName(), variant, seed)
                : sample(MODEL.struct(field.vppType()), variant, seed);
            case FIXED_LIST -> Collections.nCopies(Integer.parseInt(field.length()),
                element(field.vppType(), variant, seed));
            case COUNTED_LIST -> max ? List.of()
                : List.of(element(field.vppType(), variant, seed), element(field.vppType(), variant, seed + 1));
            case COUNT -> throw new IllegalStateException();
        };
    }

    private static Object element(final String vppType, final Variant variant, final int seed)
            throws ReflectiveOperationException {
        final var extern = MODEL.extern(new Field(vppType, "element", null, "element"));
        return extern != null ? externSample(extern.javaName(), variant, seed)
            : sample(MODEL.struct(vppType), variant, seed);
    }

    /** Samples of the hand-written value types (their own layout is pinned in TypeLayoutTest and BoundaryTest). */
    private static Object externSample(final String javaName, final Variant variant, final int seed) {
        final boolean max = variant == Variant.MAXIMA;
        final int octet = 0x80 + seed % 0x7F;
        return switch (javaName) {
            case "MacAddress" -> new MacAddress(max ? 0xFFFF_FFFF_FFFFL : 0x8000_0000_0000L + seed);
            case "Ip4Address" -> new Ip4Address(max ? -1 : 0x0A00_0000 + seed);
            case "Ip6Address" -> Ip6Address.parse(max ? "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" : "fd00::" + seed);
            case "AddressUnion" -> new AddressUnion(max ? -1L : seed, max ? -1L : octet);
            case "Address" -> max ? Address.parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
                : Address.parse("10.0." + octet + ".1");
            case "Prefix", "Ip4Prefix", "Ip6Prefix" -> prefix(javaName, max, octet);
            case "WireguardKey" -> {
                final byte[] bytes = new byte[WireguardKey.SIZE];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (max ? 0xFF : octet + i);
                }
                yield WireguardKey.of(bytes);
            }
            case "InterfaceMtu" -> max ? new InterfaceMtu(0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL)
                : new InterfaceMtu(9000 + seed, 1500, 0x8000_0000L, seed);
            default -> throw new AssertionError("no sample for " + javaName);
        };
    }

    private static Object prefix(final String javaName, final boolean max, final int octet) {
        return switch (javaName) {
            case "Ip4Prefix" -> new Ip4Prefix(max ? new Ip4Address(-1) : Ip4Address.parse("10.1.0.0"),
                max ? 0xFF : octet);
            case "Ip6Prefix" -> new Ip6Prefix(Ip6Address.parse(max ? "ffff::ffff" : "fd00::"), max ? 0xFF : octet);
            default -> new Prefix(Address.parse(max ? "ffff::1" : "10.2.0.0"), max ? 0xFF : octet);
        };
    }

    /** The message id, then client_index and/or context as the message's header has them. */
    private static ByteArrayOutputStream expectedHeader(final Struct struct) {
        final var expected = new ByteArrayOutputStream();
        put(expected, 2, MSG_ID);
        switch (ApiModel.header(struct)) {
            case "client_context" -> {
                put(expected, 4, CLIENT_INDEX);
                put(expected, 4, CONTEXT);
            }
            case "context" -> put(expected, 4, CONTEXT);
            default -> put(expected, 4, CLIENT_INDEX);
        }
        return expected;
    }

    /** The fields of a record as the description lays them out, computed here rather than by the record. */
    private static void expectedFields(final Struct struct, final Object value, final ByteArrayOutputStream out)
            throws ReflectiveOperationException {
        for (Field field : struct.fields()) {
            final Shape shape = MODEL.shape(struct, field);
            if (shape == Shape.COUNT) {
                final Field list = struct.fields().stream().filter(other -> field.name().equals(other.length()))
                    .findFirst().orElseThrow();
                put(out, ApiModel.baseSize(MODEL.base(field.vppType())), ((List<?>) get(value, list)).size());
                continue;
            }
            if (!hasComponent(value, field)) {
                // a field only an older form has: sent as zeros
                out.writeBytes(new byte[MODEL.minSize(struct, field)]);
                continue;
            }
            final Object fieldValue = get(value, field);
            switch (shape) {
                case SCALAR -> {
                    final String base = MODEL.base(field.vppType());
                    final long number = fieldValue instanceof Boolean bool ? bool ? 1 : 0
                        : ((Number) fieldValue).longValue();
                    put(out, ApiModel.baseSize(base), number);
                }
                case FIXED_STRING -> {
                    final byte[] text = ((String) fieldValue).getBytes(StandardCharsets.UTF_8);
                    out.writeBytes(text);
                    out.writeBytes(new byte[Integer.parseInt(field.length()) - text.length]);
                }
                case VARIABLE_STRING -> {
                    final byte[] text = ((String) fieldValue).getBytes(StandardCharsets.UTF_8);
                    put(out, 4, text.length);
                    out.writeBytes(text);
                }
                case STRUCT -> expectedElement(field.vppType(), MODEL.extern(field) != null, fieldValue, out);
                case FIXED_LIST, COUNTED_LIST -> {
                    for (Object element : (List<?>) fieldValue) {
                        expectedElement(field.vppType(),
                            MODEL.extern(new Field(field.vppType(), "e", null, "e")) != null,
                            element, out);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private static void expectedElement(final String vppType, final boolean extern, final Object value,
            final ByteArrayOutputStream out) throws ReflectiveOperationException {
        if (extern) {
            // hand-written value types: their own encoder, pinned byte by byte in TypeLayoutTest
            final var writer = new WireWriter();
            value.getClass().getMethod("encode", WireWriter.class).invoke(value, writer);
            out.writeBytes(writer.toByteArray());
        } else {
            expectedFields(MODEL.struct(vppType), value, out);
        }
    }

    private static boolean hasComponent(final Object record, final Field field) {
        return Stream.of(record.getClass().getRecordComponents())
            .anyMatch(component -> component.getName().equals(field.javaName()));
    }

    private static Object get(final Object record, final Field field) throws ReflectiveOperationException {
        final Method accessor = record.getClass().getMethod(field.javaName());
        return accessor.invoke(record);
    }

    private static void put(final ByteArrayOutputStream out, final int size, final long value) {
        final byte[] bytes = ByteBuffer.allocate(8).putLong(value).array();
        out.write(bytes, 8 - size, size);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every description file ({@code *.vppapi}) of a folder, parsed and resolved: the messages, typedefs, enums,
 * aliases and hand-written value types the client knows. The format is ours (see {@code README.md} next to the
 * descriptions); the generator and vpp-client's layout test both read it through this class.
 */
public final class ApiModel {
    /** How a message or typedef is used; {@link #TYPE} is a typedef nested in messages. */
    public enum Kind {
        REQUEST, DUMP, REPLY, DETAILS, EVENT, TYPE;

        public boolean isMessage() {
            return this != TYPE;
        }
    }

    /** How a field is carried on the wire, after resolving its VPP type. */
    public enum Shape {
        /** A number or bool, directly or through an enum or alias. */
        SCALAR,
        /** {@code string name[N]}. */
        FIXED_STRING,
        /** {@code string name[]}: u32 length and bytes. */
        VARIABLE_STRING,
        /** A typedef of ours or a hand-written value type. */
        STRUCT,
        /** {@code type name[N]}: always N elements. */
        FIXED_LIST,
        /** {@code type name[count]}: as many elements as the earlier field {@code count} says. */
        COUNTED_LIST,
        /** The count of a {@link #COUNTED_LIST}: on the wire, not in the record. */
        COUNT
    }

    /** One value of an enum or flags. */
    public record Value(String javaName, long value, String vppName) {
    }

    /** An enum or flags type: the records keep the raw number, a class of constants names the known ones. */
    public record EnumDef(String api, String name, String base, boolean flags, String javaName, List<Value> values) {
    }

    /** A VPP type we write by hand (with parsing and formatting), known to the generator by size only. */
    public record Extern(String api, String spelling, String javaName, int size) {
    }

    /**
     * One field as the description states it.
     *
     * @param vppType VPP's type name ({@code u32}, {@code string}, {@code mac_address}, an enum, a typedef)
     * @param name VPP's field name
     * @param length null (no array), empty ({@code []}), a number, or the name of the count field
     * @param javaName the record component's name
     */
    public record Field(String vppType, String name, String length, String javaName) {
    }

    /** A message or typedef: what one generated record holds. */
    public record Struct(String api, String plugin, Kind kind, String name, String crc, String pair, String header,
            String javaName, List<String> doc, List<Field> fields, List<String> constants, List<String> members,
            List<String> imports) {
    }

    /**
     * A message as an older VPP release has it, with another CRC: its own fields ({@code form}), and for every
     * field of today's message that the older one lacks, the value that the older VPP behaves as if it had
     * ({@code absent}). A client picks the form at connect time by the CRC VPP announces; the record stays today's.
     *
     * @param form the older message: same name and kind, the older CRC and fields
     * @param release the last VPP release with this form, as the description says it ({@code v21.01})
     * @param absent today's fields (VPP names) missing from the older form, each with its value there
     */
    public record Older(Struct form, String release, Map<String, String> absent) {
    }

    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, EnumDef> enums = new LinkedHashMap<>();
    private final Map<String, Extern> externs = new LinkedHashMap<>();
    private final Map<String, Struct> structs = new LinkedHashMap<>();
    private final Map<String, List<Older>> olders = new LinkedHashMap<>();

    private ApiModel() {
        // filled by read()
    }

    /** Reads every {@code *.vppapi} file of a folder, in name order. */
    public static ApiModel read(final Path folder) {
        final var model = new ApiModel();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".vppapi")).sorted().toList()) {
                model.parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.structs.values().forEach(struct -> struct.fields().forEach(field -> model.shape(struct, field)));
        model.olders.values().forEach(list -> list.forEach(model::checkOlder));
        return model;
    }

    public List<Struct> structs() {
        return List.copyOf(structs.values());
    }

    /** The older forms of a message, oldest last; empty for most. */
    public List<Older> olders(final Struct struct) {
        return olders.getOrDefault(struct.name(), List.of());
    }

    /** The field of {@code struct} with this VPP name, or null. */
    public static Field field(final Struct struct, final String name) {
        return struct.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Checks that an older form can stand for today's message: a field of both has the same type and length in
     * both; a field only today's message has is a number, bool or string, with its value in {@code absent}; a field
     * only the older form has is a number, bool or fixed string, sent as zero and dropped when received.
     */
    private void checkOlder(final Older older) {
        final Struct form = older.form();
        final Struct current = struct(form.name());
        final String where = form.name() + " " + form.crc() + ": ";
        for (Field field : form.fields()) {
            final Shape shape = shape(form, field);
            final Field same = field(current, field.name());
            if (same != null) {
                if (!same.vppType().equals(field.vppType()) || !Objects.equals(same.length(), field.length())) {
                    throw new IllegalArgumentException(where + field.name() + " has another type than today's");
                }
            } else if (shape != Shape.SCALAR && shape != Shape.FIXED_STRING) {
                throw new IllegalArgumentException(where + field.name() + " is only in the older form and is "
                    + "neither a number nor a fixed string");
            }
        }
        for (Field field : current.fields()) {
            if (field(form, field.name()) != null || shape(current, field) == Shape.COUNT) {
                continue;
            }
            final Shape shape = shape(current, field);
            if (!older.absent().containsKey(field.name())) {
                throw new IllegalArgumentException(where + "today's " + field.name()
                    + " is missing from the older form: say with 'absent' what the older VPP does without it");
            }
            if (shape != Shape.SCALAR && shape != Shape.FIXED_STRING && shape != Shape.VARIABLE_STRING) {
                throw new IllegalArgumentException(where + "absent " + field.name()
                    + " must be a number, bool or string");
            }
        }
        for (String name : older.absent().keySet()) {
            if (field(current, name) == null || field(form, name) != null) {
                throw new IllegalArgumentException(where + "absent " + name
                    + " is not a field that only today's message has");
            }
        }
    }

    public List<EnumDef> enums() {
        return List.copyOf(enums.values());
    }

    public Struct struct(final String name) {
        final Struct struct = structs.get(name);
        if (struct == null) {
            throw new IllegalArgumentException("no message or type " + name);
        }
        return struct;
    }

    /** The base type of a scalar field ({@code u8}, {@code u16}, {@code u32}, {@code i32}, {@code u64}, ...). */
    public String base(final String vppType) {
        final EnumDef def = enums.get(vppType);
        if (def != null) {
            return def.base();
        }
        return aliases.getOrDefault(vppType, vppType);
    }

    public EnumDef enumDef(final String vppType) {
        return enums.get(vppType);
    }

    /** The hand-written value type a field maps to, by its VPP spelling ({@code mac_address}, {@code u8[32]}). */
    public Extern extern(final Field field) {
        return externs.get(field.length() == null ? field.vppType() : field.vppType() + "[" + field.length() + "]");
    }

    /** The Java class of a typedef or hand-written value type, by VPP name. */
    public String javaClass(final String vppType) {
        final Extern extern = externs.get(vppType);
        return extern != null ? extern.javaName() : struct(vppType).javaName();
    }

    /** The size of a typedef or hand-written value type with every variable part empty. */
    public int elementSize(final String vppType) {
        final Extern extern = externs.get(vppType);
        return extern != null ? extern.size() : minSize(struct(vppType));
    }

    /** How this field travels on the wire. */
    public Shape shape(final Struct struct, final Field field) {
        if (extern(field) != null) {
            return Shape.STRUCT;
        }
        if (struct.fields().stream().anyMatch(other -> field.name().equals(other.length()))) {
            return Shape.COUNT;
        }
        final boolean isString = field.vppType().equals("string");
        if (field.length() == null) {
            if (isString) {
                throw new IllegalArgumentException(struct.name() + "." + field.name() + ": a string needs [N] or []");
            }
            if (structs.containsKey(field.vppType())) {
                return Shape.STRUCT;
            }
            final String base = base(field.vppType());
            if (!BASE_SIZES.containsKey(base)) {
                throw new IllegalArgumentException(struct.name() + "." + field.name() + ": unknown type " + base);
            }
            return Shape.SCALAR;
        }
        if (isString) {
            return field.length().isEmpty() ? Shape.VARIABLE_STRING : Shape.FIXED_STRING;
        }
        if (!structs.containsKey(field.vppType()) && !externs.containsKey(field.vppType())) {
            throw new IllegalArgumentException(struct.name() + "." + field.name() + ": no record for array of "
                + field.vppType());
        }
        if (isNumber(field.length())) {
            return Shape.FIXED_LIST;
        }
        if (struct.fields().stream().noneMatch(other -> other.name().equals(field.length()))) {
            throw new IllegalArgumentException(struct.name() + "." + field.name() + ": no count field "
                + field.length());
        }
        return Shape.COUNTED_LIST;
    }

    /** Size on the wire of one scalar base type. */
    public static int baseSize(final String base) {
        final Integer size = BASE_SIZES.get(base);
        if (size == null) {
            throw new IllegalArgumentException("not a base type: " + base);
        }
        return size;
    }

    private static final Map<String, Integer> BASE_SIZES = Map.of("u8", 1, "bool", 1, "u16", 2, "u32", 4, "i32", 4,
        "u64", 8, "f64", 8);

    /** Size of a field with every variable part empty. */
    public int minSize(final Struct struct, final Field field) {
        return switch (shape(struct, field)) {
            case SCALAR, COUNT -> baseSize(base(field.vppType()));
            case FIXED_STRING -> Integer.parseInt(field.length());
            case VARIABLE_STRING -> 4;
            case STRUCT -> extern(field) != null ? extern(field).size() : minSize(struct(field.vppType()));
            case FIXED_LIST -> Integer.parseInt(field.length()) * elementSize(field.vppType());
            case COUNTED_LIST -> 0;
        };
    }

    /** Size of a typedef, or of a message's fields (header excluded), with every variable part empty. */
    public int minSize(final Struct struct) {
        return struct.fields().stream().mapToInt(field -> minSize(struct, field)).sum();
    }

    /** Whether the size of a struct depends on its content (a variable string or a counted array). */
    public boolean isVariable(final Struct struct) {
        for (Field field : struct.fields()) {
            final Shape shape = shape(struct, field);
            if (shape == Shape.VARIABLE_STRING || shape == Shape.COUNTED_LIST
                    || shape == Shape.STRUCT && extern(field) == null && isVariable(struct(field.vppType()))) {
                return true;
            }
        }
        return false;
    }

    /** Header bytes before a message's fields: the id, then client_index and/or context. */
    public static int headerSize(final Struct struct) {
        return switch (header(struct)) {
            case "client_context" -> 10;
            case "context", "client" -> 6;
            default -> throw new IllegalArgumentException(struct.name() + ": header " + struct.header());
        };
    }

    /** {@code client_context}, {@code context} or {@code client}: the header's layout. */
    public static String header(final Struct struct) {
        if (struct.header() != null) {
            return struct.header();
        }
        return switch (struct.kind()) {
            case REQUEST, DUMP -> "client_context";
            case REPLY, DETAILS -> "context";
            case EVENT -> "client";
            case TYPE -> throw new IllegalArgumentException(struct.name() + " is not a message");
        };
    }

    static boolean isNumber(final String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    /** {@code memif_create_v2} to {@code MemifCreateV2}. */
    static String className(final String vppName) {
        final String camel = camel(vppName);
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** {@code sw_if_index} to {@code swIfIndex}. */
    static String camel(final String vppName) {
        final var out = new StringBuilder();
        boolean upper = false;
        for (char ch : vppName.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private void parse(final String file, final List<String> lines) {
        final String api = file.substring(0, file.length() - ".vppapi".length());
        String plugin = "core";
        Struct struct = null;
        EnumDef enumDef = null;
        Older older = null;
        int number = 0;
        for (String line : lines) {
            number++;
            final String where = file + ":" + number + ": ";
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                if (!line.startsWith(" ")) {
                    struct = null;
                    enumDef = null;
                    older = null;
                    final String[] words = line.trim().split("\\s+");
                    switch (words[0]) {
                        case "plugin" -> plugin = words[1];
                        case "alias" -> aliases.put(words[1], words[2]);
                        case "extern" -> externs.put(words[1], new Extern(api, words[1], words[2],
                            Integer.parseInt(words[3])));
                        case "enum", "flags" -> {
                            enumDef = new EnumDef(api, words[1], words[2], words[0].equals("flags"),
                                words.length > 3 ? words[3] : className(words[1]), new ArrayList<>());
                            enums.put(words[1], enumDef);
                        }
                        case "older" -> {
                            older = startOlder(words);
                            struct = older.form();
                        }
                        default -> {
                            struct = startStruct(api, plugin, words);
                            if (structs.put(struct.name(), struct) != null) {
                                throw new IllegalArgumentException("defined twice: " + struct.name());
                            }
                        }
                    }
                } else if (enumDef != null) {
                    final String[] words = line.trim().split("\\s+");
                    if (words.length != 4 || !words[1].equals("=")) {
                        throw new IllegalArgumentException("expected NAME = VALUE VPP_NAME");
                    }
                    enumDef.values().add(new Value(words[0], Long.decode(words[2]), words[3]));
                } else if (older != null && line.trim().startsWith("absent ")) {
                    final String[] words = line.trim().split("\\s+");
                    if (words.length != 3) {
                        throw new IllegalArgumentException("expected absent NAME VALUE");
                    }
                    older.absent().put(words[1], words[2]);
                } else if (struct != null) {
                    member(struct, line.substring(2));
                } else {
                    throw new IllegalArgumentException("indented line outside a block");
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(where + e.getMessage() + ": " + line, e);
            }
        }
    }

    /** {@code older NAME CRC until=RELEASE}: today's message {@code NAME} as releases up to RELEASE had it. */
    private Older startOlder(final String[] words) {
        final Struct current = struct(words[1]);
        if (!current.kind().isMessage()) {
            throw new IllegalArgumentException(words[1] + " is not a message");
        }
        final String crc = words[2];
        if (!crc.matches("0x[0-9a-f]{8}") || crc.equals(current.crc())) {
            throw new IllegalArgumentException("bad or unchanged CRC " + crc);
        }
        if (words.length != 4 || !words[3].startsWith("until=")) {
            throw new IllegalArgumentException("expected older NAME CRC until=RELEASE");
        }
        final Struct form = new Struct(current.api(), current.plugin(), current.kind(), current.name(), crc,
            current.pair(), current.header(), current.javaName(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final var older = new Older(form, words[3].substring("until=".length()), new LinkedHashMap<>());
        olders.computeIfAbsent(current.name(), name -> new ArrayList<>()).add(older);
        return older;
    }

    private static Struct startStruct(final String api, final String plugin, final String[] words) {
        final Kind kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
        final String name = words[1];
        int next = 2;
        String crc = null;
        if (kind.isMessage()) {
            crc = words[next++];
            if (!crc.matches("0x[0-9a-f]{8}")) {
                throw new IllegalArgumentException("bad CRC " + crc);
            }
        }
        String pair = null;
        String header = null;
        String javaName = className(name);
        for (; next < words.length; next++) {
            final String[] option = words[next].split("=", 2);
            switch (option[0]) {
                case "reply", "details" -> pair = option[1];
                case "header" -> header = option[1];
                case "class" -> javaName = option[1];
                default -> throw new IllegalArgumentException("unknown option " + words[next]);
            }
        }
        if ((kind == Kind.REQUEST || kind == Kind.DUMP) != (pair != null)) {
            throw new IllegalArgumentException("requests name their reply, dumps their details, nothing else does");
        }
        return new Struct(api, plugin, kind, name, crc, pair, header, javaName, new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private static void member(final Struct struct, final String text) {
        if (text.equals("|") || text.startsWith("| ")) {
            struct.doc().add(text.length() > 2 ? text.substring(2) : "");
        } else if (text.startsWith("const |")) {
            struct.constants().add(verbatim(text, "const |"));
        } else if (text.startsWith("java |")) {
            struct.members().add(verbatim(text, "java |"));
        } else if (text.startsWith("import ")) {
            struct.imports().add(text.substring("import ".length()).trim());
        } else {
            final String[] words = text.trim().split("\\s+");
            if (words.length != 2 && !(words.length == 4 && words[2].equals("as"))) {
                throw new IllegalArgumentException("expected TYPE NAME[LENGTH] [as javaName]");
            }
            String name = words[1];
            String length = null;
            final int bracket = name.indexOf('[');
            if (bracket >= 0) {
                if (!name.endsWith("]")) {
                    throw new IllegalArgumentException("unclosed [");
                }
                length = name.substring(bracket + 1, name.length() - 1);
                name = name.substring(0, bracket);
            }
            struct.fields().add(new Field(words[0], name, length, words.length == 4 ? words[3] : camel(name)));
        }
    }

    private static String verbatim(final String text, final String marker) {
        final String rest = text.substring(marker.length());
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }
}

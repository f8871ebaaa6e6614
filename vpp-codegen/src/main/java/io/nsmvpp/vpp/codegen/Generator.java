/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.codegen;

import io.nsmvpp.vpp.codegen.ApiModel.EnumDef;
import io.nsmvpp.vpp.codegen.ApiModel.Field;
import io.nsmvpp.vpp.codegen.ApiModel.Kind;
import io.nsmvpp.vpp.codegen.ApiModel.Older;
import io.nsmvpp.vpp.codegen.ApiModel.Shape;
import io.nsmvpp.vpp.codegen.ApiModel.Struct;
import io.nsmvpp.vpp.codegen.ApiModel.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes one Java source per message, typedef and enum of an {@link ApiModel}: immutable records with their
 * constants, validation in the compact constructor, unrolled encode and decode, and their {@code MessageType}.
 * Run at build time: {@code Generator <descriptions folder> <output folder> <package>}.
 */
public final class Generator {
    private static final String LICENCE = """
        /*
         * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
         *
         * This program and the accompanying materials are made available under the
         * terms of the Eclipse Public License v1.0 which accompanies this distribution,
         * and is available at http://www.eclipse.org/legal/epl-v10.html
         */
        """;
    private static final int WIDTH = 120;
    /** Lists wrapped over several lines leave a little room, as the hand-written records did. */
    private static final int WRAP = 117;
    private static final String WIRE = "io.nsmvpp.vpp.client.wire.";

    private final ApiModel model;
    private final String pkg;

    public Generator(final ApiModel model, final String pkg) {
        this.model = model;
        this.pkg = pkg;
    }

    public static void main(final String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Generator <descriptions> <output folder> <package>");
        }
        final ApiModel model = ApiModel.read(Path.of(args[0]));
        final var generator = new Generator(model, args[2]);
        final Path out = Path.of(args[1]).resolve(args[2].replace('.', '/'));
        Files.createDirectories(out);
        for (Struct struct : model.structs()) {
            write(out.resolve(struct.javaName() + ".java"), generator.record(struct));
        }
        for (EnumDef def : model.enums()) {
            write(out.resolve(def.javaName() + ".java"), generator.constants(def));
        }
    }

    private static void write(final Path file, final String text) throws IOException {
        // unchanged files keep their time stamp, so that the compiler's stale-source check stays quiet
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** The class of constants for an enum or flags. */
    public String constants(final EnumDef def) {
        final var out = new StringBuilder(LICENCE);
        out.append("package ").append(pkg).append(";\n\n");
        out.append("/**\n");
        out.append(" * Values of {@code ").append(def.name()).append("} (").append(def.base())
            .append(def.flags() ? " bit flags).\n" : " enum).\n");
        out.append(" * The records keep the raw value, so that a decoder never loses an unknown one; these constants"
            + " name the\n * known ones.\n */\n");
        out.append("public final class ").append(def.javaName()).append(" {\n");
        final String javaType = javaScalar(def.base());
        for (Value value : def.values()) {
            out.append("    /** {@code ").append(value.vppName()).append("}. */\n");
            out.append("    public static final ").append(javaType).append(' ').append(value.javaName()).append(" = ")
                .append(value.value()).append(";\n");
        }
        out.append("\n    private ").append(def.javaName()).append("() {\n        // constants only\n    }\n}\n");
        return out.toString();
    }

    /** The record of a message or typedef. */
    public String record(final Struct struct) {
        final boolean message = struct.kind().isMessage();
        final boolean variable = model.isVariable(struct);
        final List<Field> components = struct.fields().stream()
            .filter(field -> model.shape(struct, field) != Shape.COUNT).toList();
        final String name = struct.javaName();

        final var body = new StringBuilder();
        final String sizeName = message && variable ? "MIN_SIZE" : "SIZE";
        if (message) {
            body.append("    public static final String NAME = \"").append(struct.name()).append("\";\n");
            body.append("    public static final String CRC = \"").append(struct.crc()).append("\";\n");
            body.append("    public static final String NAME_CRC = \"").append(struct.name()).append('_')
                .append(struct.crc().substring(2)).append("\";\n");
            body.append(variable ? "    /** Body size with every variable part empty, header included. */\n"
                : "    /** Body size in bytes, header included. */\n");
            body.append("    public static final int ").append(sizeName).append(" = ")
                .append(ApiModel.headerSize(struct) + model.minSize(struct)).append(";\n");
            final List<Older> olders = model.olders(struct);
            for (Older older : olders) {
                olderType(struct, older, body);
            }
            final String type = "    public static final MessageType<" + name + "> TYPE =";
            String expression = typeExpression(struct, "CRC", sizeName, "decode");
            if (!olders.isEmpty()) {
                expression = expression.substring(0, expression.length() - 2) + "\n            .withOlder("
                    + String.join(", ", olders.stream().map(older -> formName(older)).toList()) + ");\n";
            }
            if (struct.header() == null && olders.isEmpty() && type.length() + expression.length() - 8 <= WIDTH) {
                body.append(type).append(' ').append(expression.substring(8));
            } else {
                body.append(type).append('\n').append(expression);
            }
        } else {
            body.append(variable ? "    /** Smallest size (no array elements) on the wire. */\n"
                : "    /** Size on the wire. */\n");
            body.append("    public static final int SIZE = ").append(model.minSize(struct)).append(";\n");
        }
        struct.constants().forEach(line -> body.append(indent(line)));

        final var checks = new ArrayList<String>();
        for (Field field : components) {
            checks.addAll(checks(struct, field));
        }
        if (!checks.isEmpty()) {
            body.append("\n    public ").append(name).append(" {\n");
            checks.forEach(line -> body.append("        ").append(line).append('\n'));
            body.append("    }\n");
        }
        if (message) {
            body.append("\n    @Override\n    public MessageType<").append(name).append("> type() {\n");
            body.append("        return TYPE;\n    }\n");
            if (struct.kind() == Kind.REQUEST) {
                final String reply = model.struct(struct.pair()).javaName();
                body.append("\n    @Override\n    public MessageType<").append(reply).append("> replyType() {\n");
                body.append("        return ").append(reply).append(".TYPE;\n    }\n");
            } else if (struct.kind() == Kind.DUMP) {
                final String details = model.struct(struct.pair()).javaName();
                body.append("\n    @Override\n    public MessageType<").append(details).append("> detailsType() {\n");
                body.append("        return ").append(details).append(".TYPE;\n    }\n");
            }
        }
        if (!struct.members().isEmpty()) {
            body.append('\n');
            struct.members().forEach(line -> body.append(indent(line)));
        }
        body.append(message ? "\n    @Override\n" : "\n");
        body.append("    public void encode(final WireWriter out) {\n");
        for (Field field : struct.fields()) {
            encode(struct, field, "", "", body);
        }
        body.append("    }\n");
        body.append("\n    public static ").append(name).append(" decode(final WireReader in) {\n");
        for (Field field : struct.fields()) {
            decode(struct, field, body);
        }
        returnNew(name, components.stream().map(Field::javaName).toList(), body);
        body.append("    }\n");
        for (Older older : model.olders(struct)) {
            olderCodec(struct, older, body);
        }
        body.append("}\n");

        final var out = new StringBuilder(LICENCE);
        out.append("package ").append(pkg).append(";\n\n");
        imports(struct, body.toString()).forEach(line -> out.append("import ").append(line).append(";\n"));
        out.append('\n');
        javadoc(struct, components, out);
        final List<String> declared = components.stream()
            .map(field -> javaType(struct, field) + " " + field.javaName()).toList();
        final String suffix = ")" + implementsClause(struct) + " {";
        final String head = "public record " + name + "(" + String.join(", ", declared) + suffix;
        if (head.length() <= WIDTH) {
            out.append(head).append('\n');
        } else {
            out.append("public record ").append(name).append("(\n");
            final String wrapped = wrap("        ", declared, ")");
            final String last = wrapped.substring(wrapped.lastIndexOf('\n', wrapped.length() - 2) + 1,
                wrapped.length() - 1);
            if (last.length() + suffix.length() - 1 <= WIDTH) {
                out.append(wrapped, 0, wrapped.length() - 1).append(suffix, 1, suffix.length()).append('\n');
            } else {
                out.append(wrapped).append("       ").append(implementsClause(struct)).append(" {\n");
            }
        }
        out.append(body);
        return out.toString();
    }

    /** The constant name of an older form: {@code FORM_51077D14}. */
    private static String formName(final Older older) {
        return "FORM_" + older.form().crc().substring(2).toUpperCase(Locale.ROOT);
    }

    /** The {@code MessageType} constant of an older form, which decodes to and encodes from today's record. */
    private void olderType(final Struct struct, final Older older, final StringBuilder body) {
        final Struct form = older.form();
        final String suffix = form.crc().substring(2);
        body.append("    /**\n     * {@code ").append(form.name()).append("} as VPP releases up to ")
            .append(older.release()).append(" have it (CRC {@code ").append(form.crc()).append("}), read into and "
                + "written from\n     * this record; chosen at connect time when VPP announces this CRC.\n");
        form.doc().forEach(line -> body.append(line.isEmpty() ? "     *\n" : "     * " + line + "\n"));
        body.append("     */\n");
        body.append("    public static final MessageType<").append(struct.javaName()).append("> ")
            .append(formName(older)).append(" =\n");
        final String expression = typeExpression(form, "\"" + form.crc() + "\"",
            String.valueOf(ApiModel.headerSize(form) + model.minSize(form)), "decode" + suffix);
        body.append(expression, 0, expression.length() - 2).append("\n            .encodedBy(")
            .append(struct.javaName()).append("::encode").append(suffix).append(");\n");
    }

    /**
     * The encoder and decoder of an older form: fields of both travel as today's do; a field only the older form
     * has is sent as zeros and skipped when received; a field only today's record has must hold the value the older
     * VPP acts as if it had (anything else cannot be sent), and is given that value when received.
     */
    private void olderCodec(final Struct struct, final Older older, final StringBuilder body) {
        final Struct form = older.form();
        final String suffix = form.crc().substring(2);
        final String name = struct.javaName();
        body.append("\n    /** Writes {@code message} in the form {@link #").append(formName(older)).append("}. */\n");
        body.append("    static void encode").append(suffix).append("(final WireWriter out, final ").append(name)
            .append(" message) {\n");
        for (var entry : older.absent().entrySet()) {
            final Field field = ApiModel.field(struct, entry.getKey());
            final String value = literal(struct, field, entry.getValue());
            final String access = "message." + field.javaName() + "()";
            final String differs = switch (javaType(struct, field)) {
                case "String" -> "!" + access + ".equals(" + value + ")";
                case "boolean" -> value.equals("true") ? "!" + access : access;
                default -> access + " != " + value;
            };
            body.append("        if (").append(differs).append(") {\n");
            body.append("            throw new IllegalArgumentException(NAME + \": VPP has the older form ")
                .append(form.crc()).append(" (up to ").append(older.release()).append(")\"\n");
            body.append("                + \" without ").append(field.name()).append(", which acts as ")
                .append(entry.getValue().replace("\"", "\\\"")).append(";\"\n");
            body.append("                + \" cannot send ").append(field.javaName()).append(" \" + ")
                .append(access).append(");\n        }\n");
        }
        for (Field field : form.fields()) {
            if (ApiModel.field(struct, field.name()) == null) {
                body.append("        out.zeros(").append(model.minSize(form, field)).append("); // ")
                    .append(field.name()).append(", only in this form\n");
            } else {
                encode(form, field, "message.", "()", body);
            }
        }
        body.append("    }\n");
        body.append("\n    /** Reads a body in the form {@link #").append(formName(older)).append("}. */\n");
        body.append("    static ").append(name).append(" decode").append(suffix).append("(final WireReader in) {\n");
        for (Field field : form.fields()) {
            if (ApiModel.field(struct, field.name()) == null) {
                body.append("        in.skip(").append(model.minSize(form, field)).append("); // ")
                    .append(field.name()).append(", only in this form\n");
            } else {
                decode(form, field, body);
            }
        }
        final List<String> args = struct.fields().stream()
            .filter(field -> model.shape(struct, field) != Shape.COUNT)
            .map(field -> older.absent().containsKey(field.name())
                ? literal(struct, field, older.absent().get(field.name())) : field.javaName())
            .toList();
        returnNew(name, args, body);
        body.append("    }\n");
    }

    /** {@code return new Name(args);} on one line when it fits, else with the arguments wrapped. */
    private static void returnNew(final String name, final List<String> args, final StringBuilder body) {
        final String oneLine = "        return new " + name + "(" + String.join(", ", args) + ");";
        if (oneLine.length() <= WIDTH) {
            body.append(oneLine).append('\n');
        } else {
            body.append("        return new ").append(name).append("(\n");
            body.append(wrap("            ", args, ");"));
        }
    }

    /** A Java literal for a value the description gives ({@code 0xffffffff}, {@code true}, {@code ""}). */
    private String literal(final Struct struct, final Field field, final String value) {
        return switch (javaType(struct, field)) {
            case "long" -> Long.decode(value) + "L";
            case "int" -> String.valueOf(Integer.decode(value));
            case "boolean" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException(struct.name() + "." + field.name() + ": not a bool " + value);
                }
                yield value;
            }
            case "String" -> {
                if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
                    throw new IllegalArgumentException(struct.name() + "." + field.name() + ": not a quoted string "
                        + value);
                }
                yield value;
            }
            default -> throw new IllegalArgumentException(struct.name() + "." + field.name()
                + ": no literal for this type");
        };
    }

    private String typeExpression(final Struct struct, final String crc, final String sizeName,
            final String decodeMethod) {
        final String plugin = struct.plugin().equals("core") ? "MessageType.CORE"
            : "Plugins." + struct.plugin().toUpperCase(Locale.ROOT);
        final String decoder = struct.javaName() + "::" + decodeMethod;
        final String factory = switch (struct.kind()) {
            case REQUEST, DUMP -> "request";
            case REPLY -> "reply";
            case DETAILS -> "details";
            case EVENT -> "event";
            case TYPE -> throw new IllegalStateException(struct.name() + " is not a message");
        };
        if (struct.header() == null) {
            return "        MessageType." + factory + "(NAME, " + crc + ", " + plugin + ", " + sizeName + ", " + decoder
                + ");\n";
        }
        // MessageRole's constants are the factories' names
        return "        new MessageType<>(NAME, " + crc + ", " + plugin + ", MessageRole."
            + factory.toUpperCase(Locale.ROOT) + ", HeaderLayout." + struct.header().toUpperCase(Locale.ROOT)
            + ",\n            " + sizeName + ", " + decoder + ");\n";
    }

    private String implementsClause(final Struct struct) {
        return switch (struct.kind()) {
            case REQUEST -> " implements VppRequest<" + model.struct(struct.pair()).javaName() + ">";
            case DUMP -> " implements VppDump<" + model.struct(struct.pair()).javaName() + ">";
            case REPLY -> " implements VppReply";
            case DETAILS -> " implements VppMessage";
            case EVENT -> " implements VppEvent";
            case TYPE -> "";
        };
    }

    private void javadoc(final Struct struct, final List<Field> components, final StringBuilder out) {
        out.append("/**\n * {@code ").append(struct.name()).append('}');
        final List<String> doc = struct.doc();
        if (doc.isEmpty()) {
            out.append(".\n");
        } else {
            final String first = doc.get(0);
            out.append(first.isEmpty() || Character.isLetterOrDigit(first.charAt(0)) || first.charAt(0) == '{'
                ? ": " : "").append(first).append('\n');
            doc.subList(1, doc.size()).forEach(line -> out.append(line.isEmpty() ? " *\n" : " * " + line + "\n"));
        }
        if (!components.isEmpty()) {
            out.append(" *\n");
            for (Field field : components) {
                out.append(" * @param ").append(field.javaName()).append(" {@code ").append(field.name())
                    .append("} (").append(spelling(struct, field)).append(")\n");
            }
        }
        out.append(" */\n");
    }

    /** The field's type as the Javadoc states it, e.g. {@code u32 memif_role, see {@link MemifRole}}. */
    private String spelling(final Struct struct, final Field field) {
        final String length = field.length() == null ? "" : "[" + field.length() + "]";
        final EnumDef def = model.enumDef(field.vppType());
        return switch (model.shape(struct, field)) {
            case SCALAR -> def != null
                ? def.base() + " " + def.name() + ", see {@link " + def.javaName() + "}"
                : model.base(field.vppType()).equals(field.vppType()) ? field.vppType()
                    : model.base(field.vppType()) + " " + field.vppType();
            case COUNTED_LIST -> field.vppType() + length + ", its count {@code " + field.length() + "} is implied";
            default -> field.vppType() + length;
        };
    }

    private String javaType(final Struct struct, final Field field) {
        return switch (model.shape(struct, field)) {
            case SCALAR, COUNT -> javaScalar(model.base(field.vppType()));
            case FIXED_STRING, VARIABLE_STRING -> "String";
            case STRUCT -> structClass(field);
            case FIXED_LIST, COUNTED_LIST -> "List<" + structClass(field) + ">";
        };
    }

    private String structClass(final Field field) {
        final var extern = model.extern(field);
        return extern != null ? extern.javaName() : model.javaClass(field.vppType());
    }

    private static String javaScalar(final String base) {
        return switch (base) {
            case "u8", "u16", "i32" -> "int";
            case "u32", "u64" -> "long";
            case "bool" -> "boolean";
            case "f64" -> "double";
            default -> throw new IllegalArgumentException("no Java type for " + base);
        };
    }

    private List<String> checks(final Struct struct, final Field field) {
        final String name = field.javaName();
        return switch (model.shape(struct, field)) {
            case SCALAR -> switch (model.base(field.vppType())) {
                case "u8" -> List.of("Wire.checkU8(" + name + ", \"" + name + "\");");
                case "u16" -> List.of("Wire.checkU16(" + name + ", \"" + name + "\");");
                case "u32" -> List.of("Wire.checkU32(" + name + ", \"" + name + "\");");
                default -> List.of();
            };
            case FIXED_STRING -> List.of("Wire.checkFixedString(" + name + ", " + field.length() + ", \"" + name
                + "\");");
            case VARIABLE_STRING, STRUCT -> List.of("Objects.requireNonNull(" + name + ", \"" + name + "\");");
            case FIXED_LIST -> List.of(name + " = List.copyOf(" + name + ");",
                "if (" + name + ".size() != " + field.length() + ") {",
                "    throw new IllegalArgumentException(\"" + name + " must have exactly " + field.length()
                    + " elements, got \" + " + name + ".size());",
                "}");
            case COUNTED_LIST -> List.of(name + " = List.copyOf(" + name + ");",
                "Wire.checkCount(" + name + ".size(), Wire." + countType(struct, field).toUpperCase(Locale.ROOT)
                    + "_MAX, \"" + name + "\");");
            case COUNT -> List.of();
        };
    }

    private String countType(final Struct struct, final Field list) {
        return struct.fields().stream().filter(other -> other.name().equals(list.length())).findFirst()
            .map(count -> model.base(count.vppType())).orElseThrow();
    }

    private Field listOf(final Struct struct, final Field count) {
        return struct.fields().stream().filter(other -> count.name().equals(other.length())).findFirst()
            .orElseThrow();
    }

    /** Writes one field, read as {@code before + javaName + after} ({@code message.id()}, or just {@code id}). */
    private void encode(final Struct struct, final Field field, final String before, final String after,
            final StringBuilder out) {
        final String name = before + field.javaName() + after;
        switch (model.shape(struct, field)) {
            case SCALAR -> out.append("        out.").append(model.base(field.vppType())).append('(').append(name)
                .append(");\n");
            case COUNT -> out.append("        out.").append(model.base(field.vppType())).append('(')
                .append(before).append(listOf(struct, field).javaName()).append(after).append(".size());\n");
            case FIXED_STRING -> out.append("        out.fixedString(").append(name).append(", ")
                .append(field.length()).append(");\n");
            case VARIABLE_STRING -> out.append("        out.variableString(").append(name).append(");\n");
            case STRUCT -> out.append("        ").append(name).append(".encode(out);\n");
            case FIXED_LIST, COUNTED_LIST -> out.append("        for (").append(structClass(field))
                .append(" element : ").append(name).append(") {\n            element.encode(out);\n        }\n");
            default -> throw new IllegalStateException();
        }
    }

    private void decode(final Struct struct, final Field field, final StringBuilder out) {
        final String name = field.javaName();
        final String type = javaType(struct, field);
        switch (model.shape(struct, field)) {
            case SCALAR -> out.append("        final ").append(type).append(' ').append(name).append(" = in.")
                .append(model.base(field.vppType())).append("();\n");
            case COUNT -> {
                final Field list = listOf(struct, field);
                out.append("        final int ").append(list.javaName()).append("Count = in.count(in.")
                    .append(model.base(field.vppType())).append("(), ").append(structClass(list))
                    .append(".SIZE);\n");
            }
            case FIXED_STRING -> out.append("        final String ").append(name).append(" = in.fixedString(")
                .append(field.length()).append(");\n");
            case VARIABLE_STRING -> out.append("        final String ").append(name)
                .append(" = in.variableString();\n");
            case STRUCT -> out.append("        final ").append(type).append(' ').append(name).append(" = ")
                .append(type).append(".decode(in);\n");
            case FIXED_LIST, COUNTED_LIST -> {
                final String element = structClass(field);
                final String count = model.shape(struct, field) == Shape.FIXED_LIST ? field.length()
                    : name + "Count";
                out.append("        final var ").append(name).append(" = new ArrayList<").append(element)
                    .append(">(").append(count).append(");\n");
                out.append("        for (int i = 0; i < ").append(count).append("; i++) {\n");
                out.append("            ").append(name).append(".add(").append(element).append(".decode(in));\n");
                out.append("        }\n");
            }
            default -> throw new IllegalStateException();
        }
    }

    private static TreeSet<String> imports(final Struct struct, final String body) {
        final var imports = new TreeSet<String>(struct.imports());
        if (body.contains("Wire.")) {
            imports.add(WIRE + "Wire");
        }
        imports.add(WIRE + "WireReader");
        imports.add(WIRE + "WireWriter");
        if (body.contains("new ArrayList<")) {
            imports.add("java.util.ArrayList");
        }
        if (body.contains("List.copyOf(")) {
            imports.add("java.util.List");
        }
        if (body.contains("Objects.")) {
            imports.add("java.util.Objects");
        }
        return imports;
    }

    private static String indent(final String line) {
        return line.isEmpty() ? "\n" : "    " + line + "\n";
    }

    /** Words separated by {@code ", "}, filled into lines of at most {@link #WRAP}, then {@code end}. */
    private static String wrap(final String prefix, final List<String> words, final String end) {
        final var out = new StringBuilder();
        var line = new StringBuilder(prefix);
        for (int i = 0; i < words.size(); i++) {
            final String word = words.get(i) + (i == words.size() - 1 ? end : ",");
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WRAP) {
                out.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (words.isEmpty()) {
            line.append(end);
        }
        return out.append(line).append('\n').toString();
    }
}

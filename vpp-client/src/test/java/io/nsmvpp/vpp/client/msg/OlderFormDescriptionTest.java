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

import io.nsmvpp.vpp.codegen.ApiModel;
import io.nsmvpp.vpp.codegen.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the description of an older form must say, and what the generator refuses: a field that changed its type, a
 * field of today's that the older form lacks without saying what the older VPP does instead, an {@code absent} for a
 * field both forms have.
 */
class OlderFormDescriptionTest {
    private static final String TODAY = """
        request thing_add 0x11111111 reply=thing_add_reply
          u32 sw_if_index
          u8 flags
          string name[16]

        reply thing_add_reply 0x22222222
          i32 retval

        """;

    @TempDir
    Path dir;

    private ApiModel read(final String older) throws IOException {
        Files.writeString(dir.resolve("thing.vppapi"), TODAY + older);
        return ApiModel.read(dir);
    }

    @Test
    void aWellFormedOlderFormGeneratesItsCodec() throws IOException {
        final ApiModel model = read("""
            older thing_add 0x33333333 until=v20.01
              | before flags
              u32 sw_if_index
              string name[16]
              u16 spare
              absent flags 0x1
            """);
        final var older = model.olders(model.struct("thing_add"));
        assertThat(older).hasSize(1);
        assertThat(ApiModel.headerSize(older.get(0).form()) + model.minSize(older.get(0).form())).isEqualTo(32);
        final String code = new Generator(model, "x").record(model.struct("thing_add"));
        assertThat(code)
            .contains("public static final MessageType<ThingAdd> FORM_33333333 =")
            .contains(".withOlder(FORM_33333333);")
            .contains("if (message.flags() != 1) {")
            .contains("out.zeros(2); // spare, only in this form")
            .contains("in.skip(2); // spare, only in this form")
            .contains("return new ThingAdd(swIfIndex, 1, name);");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("a field of today's missing without 'absent'", """
                older thing_add 0x33333333 until=v20.01
                  u32 sw_if_index
                  string name[16]
                """, "thing_add 0x33333333: today's flags is missing from the older form"),
            Arguments.of("a field that changed its type", """
                older thing_add 0x33333333 until=v20.01
                  u32 sw_if_index
                  u8 flags
                  string name[32]
                """, "thing_add 0x33333333: name has another type than today's"),
            Arguments.of("'absent' for a field both have", """
                older thing_add 0x33333333 until=v20.01
                  u32 sw_if_index
                  u8 flags
                  string name[16]
                  absent flags 0
                """, "absent flags is not a field that only today's message has"),
            Arguments.of("today's CRC", "older thing_add 0x11111111 until=v20.01\n",
                "bad or unchanged CRC 0x11111111"),
            Arguments.of("no release", "older thing_add 0x33333333\n",
                "expected older NAME CRC until=RELEASE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aWrongOlderFormIsRefused(final String what, final String older, final String message) {
        assertThatThrownBy(() -> read(older)).hasMessageContaining(message);
    }
}

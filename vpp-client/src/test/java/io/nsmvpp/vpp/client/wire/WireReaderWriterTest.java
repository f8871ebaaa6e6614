/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounded reader and the capped writer on their own. */
class WireReaderWriterTest {
    @Test
    void unsignedValuesComeBackUnsigned() {
        final var out = new WireWriter();
        out.u8(255).u16(65535).u32(0xFFFF_FFFFL).u64(-1L).i32(-7).bool(true).f64(1.5);
        final byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize(1 + 2 + 4 + 8 + 4 + 1 + 8);
        final var in = new WireReader(bytes);
        assertThat(in.u8()).isEqualTo(255);
        assertThat(in.u16()).isEqualTo(65535);
        assertThat(in.u32()).isEqualTo(4294967295L);
        assertThat(in.u64()).isEqualTo(-1L);
        assertThat(in.i32()).isEqualTo(-7);
        assertThat(in.bool()).isTrue();
        assertThat(in.f64()).isEqualTo(1.5);
        assertThat(in.remaining()).isZero();
    }

    @Test
    void f64IsLittleEndianBecauseVppDoesNotSwapIt() {
        final byte[] bytes = new WireWriter().f64(1.0).toByteArray();
        assertThat(bytes).containsExactly(0, 0, 0, 0, 0, 0, 0xF0, 0x3F);
    }

    @Test
    void readingPastTheEndSaysWhere() {
        final var in = new WireReader(new byte[] {1, 2, 3});
        in.u16();
        assertThatThrownBy(in::u32).isInstanceOf(WireFormatException.class)
            .hasMessage("truncated: needs 4 bytes at offset 2 but the body has 3");
    }

    @Test
    void aReaderSeesOnlyItsSlice() {
        final var in = new WireReader(new byte[] {9, 9, 0, 1, 9}, 2, 2);
        assertThat(in.u16()).isEqualTo(1);
        assertThatThrownBy(in::u8).isInstanceOf(WireFormatException.class);
    }

    @Test
    void aVariableStringCannotClaimMoreThanIsLeft() {
        final var in = new WireReader(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a'});
        assertThatThrownBy(in::variableString).isInstanceOf(WireFormatException.class)
            .hasMessageContaining("variable string of 2147483647 bytes");
    }

    @Test
    void fixedStringsArePaddedAndLimited() {
        final byte[] bytes = new WireWriter().fixedString("ab", 4).toByteArray();
        assertThat(bytes).containsExactly('a', 'b', 0, 0);
        assertThatThrownBy(() -> new WireWriter().fixedString("abcd", 4))
            .hasMessageContaining("does not fit string[4]");
        assertThat(new WireReader(new byte[] {'a', 'b', 'c', 'd'}).fixedString(4)).isEqualTo("abc");
    }

    @Test
    void theWriterGrowsUpToItsCapOnly() {
        final var out = new WireWriter(1, 8);
        out.u64(1);
        assertThatThrownBy(() -> out.u8(1)).isInstanceOf(WireFormatException.class)
            .hasMessageContaining("cap of 8 bytes");
        assertThat(out.position()).isEqualTo(8);
    }

    @Test
    void rangeChecksNameTheField() {
        assertThatThrownBy(() -> Wire.checkU8(-1, "ttl")).hasMessage("ttl must be a u8 (0..255), got -1");
        assertThatThrownBy(() -> Wire.checkU16(65536, "port")).hasMessageContaining("port must be a u16");
        assertThat(Wire.checkU32(Wire.U32_MAX, "x")).isEqualTo(4294967295L);
        assertThat(Wire.checkFixedString("x".repeat(63), 64, "tag")).hasSize(63);
    }
}

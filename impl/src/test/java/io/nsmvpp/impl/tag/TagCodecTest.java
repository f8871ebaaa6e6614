/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nsmvpp.impl.tag.NsmTag.Ownership;
import io.nsmvpp.impl.tag.NsmTag.Side;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagCodecTest {
    private static final String UUID = "3f1c0a2e-9b7d-4c5e-8f60-1a2b3c4d5e6f";

    @Test
    void packsCanonicalUuidIntoTwentyTwoCharacters() {
        final var tag = TagCodec.encode(new NsmTag("forwarder-vpp-7c9d8", Side.CLIENT, UUID));
        assertThat(tag).isEqualTo("nsm1cu:forwarder-vpp-7c9d8/PxwKLpt9TF6PYBorPE1ebw");
        assertThat(TagCodec.parse(tag)).contains(new NsmTag("forwarder-vpp-7c9d8", Side.CLIENT, UUID));
    }

    @Test
    void typicalKubernetesPodNameAndUuidFit() {
        final var name = "forwarder-vpp-5d8f7c9b6d-x2k9p";
        final var tag = TagCodec.encode(new NsmTag(name, Side.SERVER, UUID));
        assertThat(tag).hasSizeLessThanOrEqualTo(TagCodec.MAX_TAG_BYTES).startsWith("nsm1su:");
        assertThat(TagCodec.parse(tag)).contains(new NsmTag(name, Side.SERVER, UUID));
    }

    @Test
    void keepsNonCanonicalIdsVerbatimIncludingDashesAndSlashes() {
        for (var id : List.of("conn-1", "a/b/c", "3F1C0A2E-9B7D-4C5E-8F60-1A2B3C4D5E6F", "x-y-z/", "-")) {
            final var tag = TagCodec.encode(new NsmTag("fwd-a.b-c", Side.CLIENT, id));
            assertThat(tag).isEqualTo("nsm1cs:fwd-a.b-c/" + id);
            assertThat(TagCodec.parse(tag)).contains(new NsmTag("fwd-a.b-c", Side.CLIENT, id));
        }
    }

    @Test
    void exactlySixtyThreeBytesFitsAndSixtyFourIsRefusedSayingByHowMuch() {
        final var fwd = "f".repeat(30);
        final var fits = "i".repeat(TagCodec.MAX_TAG_BYTES - 8 - fwd.length());
        assertThat(TagCodec.encode(new NsmTag(fwd, Side.CLIENT, fits))).hasSize(63);

        assertThatThrownBy(() -> TagCodec.encode(new NsmTag(fwd, Side.CLIENT, fits + "ii")))
            .isInstanceOfSatisfying(TagTooLongException.class, e -> {
                assertThat(e.length()).isEqualTo(65);
                assertThat(e.bytesOver()).isEqualTo(2);
            })
            .hasMessageContaining("needs 65 bytes, 2 over VPP's 63-byte tag limit")
            .hasMessageContaining("forwarder-name '" + fwd + "'")
            .hasMessageContaining("client side");
    }

    @Test
    void uuidLeavesThirtyThreeBytesForTheForwarderName() {
        assertThat(TagCodec.encode(new NsmTag("a".repeat(33), Side.CLIENT, UUID))).hasSize(63);
        assertThatThrownBy(() -> TagCodec.encode(new NsmTag("a".repeat(34), Side.CLIENT, UUID)))
            .isInstanceOf(TagTooLongException.class).hasMessageContaining("1 over");
        assertThat(TagCodec.encodedLength("a".repeat(34), UUID)).isEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "-lead", "trail-", "has/slash", "has:colon", "with space", "é"})
    void refusesForwarderNamesThatWouldNotParseBack(final String name) {
        assertThatThrownBy(() -> TagCodec.encode(new NsmTag(name, Side.CLIENT, "c1")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwarder-name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\there", "nul\u0000", "ü"})
    void refusesConnectionIdsThatAreNotPrintableAscii(final String id) {
        assertThatThrownBy(() -> TagCodec.encode(new NsmTag("fwd", Side.CLIENT, id)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connection id");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "nsm", "nsm1", "nsm1cu:", "nsm1cu:fwd", "nsm1cu:fwd/", "nsm1xu:fwd/PxwKLpt9TF6PYBorPE1ebw",
        "nsm1cx:fwd/abc", "nsm2cs:fwd/abc", "nsm1cs-fwd/abc", "nsm1cs:/abc", "nsm1cs:Fwd/abc", "nsm1cs:fwd-/abc",
        "nsm1cu:fwd/PxwKLpt9TF6PYBorPE1eb", "nsm1cu:fwd/PxwKLpt9TF6PYBorPE1ebx", "nsm1cu:fwd/PxwKLpt9TF6PYBorPE1eb=",
        "nsm1cu:fwd/PxwKLpt9TF6PYBorPE1e+w", "nsm1cs:fwd/3f1c0a2e-9b7d-4c5e-8f60-1a2b3c4d5e6f",
        "nsm1cs:fwd/has space", "calico-vpp-tag", "NSM1cs:fwd/abc", "nsm1cs:fwd/abc\u0000",
    })
    void garbageAndForeignFormatsAreNotOurs(final String text) {
        assertThat(TagCodec.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotOurs() {
        assertThat(TagCodec.parse(null)).isEmpty();
    }

    @Test
    void ownershipDistinguishesOursAdoptableAndForeign() {
        final var adopt = Set.of("old-name");
        assertThat(new NsmTag("me", Side.CLIENT, "c").ownershipFor("me", adopt)).isEqualTo(Ownership.OURS);
        assertThat(new NsmTag("old-name", Side.CLIENT, "c").ownershipFor("me", adopt))
            .isEqualTo(Ownership.ADOPTABLE);
        assertThat(new NsmTag("other", Side.CLIENT, "c").ownershipFor("me", adopt)).isEqualTo(Ownership.FOREIGN);
    }
}

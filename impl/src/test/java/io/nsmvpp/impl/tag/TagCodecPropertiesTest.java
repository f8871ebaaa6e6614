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

import io.nsmvpp.impl.tag.NsmTag.Side;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TagCodecPropertiesTest {
    @Provide
    Arbitrary<String> forwarderNames() {
        final var inner = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.-").ofMaxLength(45);
        final var edge = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1);
        return Combinators.combine(edge, inner, edge, Arbitraries.of(true, false))
            .as((first, middle, last, single) -> single ? first : first + middle + last);
    }

    @Provide
    Arbitrary<String> connectionIds() {
        final var printable = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(60);
        final var uuids = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString());
        final var upperUuids = uuids.map(String::toUpperCase);
        return Arbitraries.oneOf(printable, uuids, upperUuids);
    }

    @Property(tries = 3000)
    void everyTagRoundTripsOrIsRefusedForLengthAlone(@ForAll("forwarderNames") final String forwarder,
            @ForAll final Side side, @ForAll("connectionIds") final String id) {
        final var tag = new NsmTag(forwarder, side, id);
        final int needed = TagCodec.encodedLength(forwarder, id);
        if (needed <= TagCodec.MAX_TAG_BYTES) {
            final var text = TagCodec.encode(tag);
            assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(needed).hasSizeLessThanOrEqualTo(63);
            assertThat(TagCodec.parse(text)).contains(tag);
        } else {
            assertThatThrownBy(() -> TagCodec.encode(tag)).isInstanceOfSatisfying(TagTooLongException.class,
                e -> assertThat(e.bytesOver()).isEqualTo(needed - TagCodec.MAX_TAG_BYTES));
        }
    }

    @Property(tries = 1000)
    void uuidIdsAlwaysPackExactly(@ForAll final long high, @ForAll final long low) {
        final var id = new UUID(high, low).toString();
        final var text = TagCodec.encode(new NsmTag("forwarder-vpp-5d8f7c9b6d-x2k9p", Side.CLIENT, id));
        assertThat(text).hasSize(8 + 30 + 22);
        assertThat(TagCodec.parse(text).map(NsmTag::connectionId)).contains(id);
    }

    @Property(tries = 5000)
    void arbitraryTextNeverThrowsAndOnlyCanonicalTagsParse(@ForAll final String text) {
        TagCodec.parse(text).ifPresent(tag -> assertThat(TagCodec.encode(tag)).isEqualTo(text));
    }

    @Property(tries = 5000)
    void mutatedTagsNeverThrowAndReencodeToThemselves(@ForAll("forwarderNames") final String forwarder,
            @ForAll("connectionIds") final String id, @ForAll final int position, @ForAll final char replacement) {
        if (TagCodec.encodedLength(forwarder, id) > TagCodec.MAX_TAG_BYTES) {
            return;
        }
        final var text = new StringBuilder(TagCodec.encode(new NsmTag(forwarder, Side.SERVER, id)));
        text.setCharAt(Math.floorMod(position, text.length()), replacement);
        final var mutated = text.toString();
        TagCodec.parse(mutated).ifPresent(tag -> assertThat(TagCodec.encode(tag)).isEqualTo(mutated));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read forms of a lease name the same instant as the JDK's parser, and what it refuses is refused. */
class LeaseTimesTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "2030-01-01T00:00:00Z", "2029-12-31T23:59:59Z", "2030-01-01T00:00:00.5Z", "2030-01-01T00:00:00.123456789Z",
        "2030-01-01T01:00:00+01:00", "2029-12-31T19:30:00-04:30", "2028-02-29T12:00:00Z", "1970-01-01T00:00:00Z",
        "2030-06-15T08:09:10.000001+14:00", "2030-01-01T00:00:00.25-00:00",
    })
    void readsWhatTheJdkReads(final String value) {
        assertEquals(OffsetDateTime.parse(value).toInstant(), LeaseTimes.parse(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tomorrow", "2030-02-30T00:00:00Z", "2029-02-29T00:00:00Z", "2030-13-01T00:00:00Z", "2030-01-01T24:00:00Z",
        "2030-01-01T00:60:00Z", "2030-01-01T00:00:60Z", "2030-01-01T00:00:00",
        "2030-01-01T00:00:00+1:00", "2030-01-01T00:00:00+19:00", "2030-01-01 00:00:00Z", "2030-01-01T00:00:00ZZ",
        "2030-01-01T00:00:00.1234567891Z", "203O-01-01T00:00:00Z",
    })
    void refusesWhatTheJdkRefuses(final String value) {
        assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(value), value);
        assertThrows(DateTimeParseException.class, () -> LeaseTimes.parse(value), value);
    }

    @Test
    void agreesWithTheJdkOnRandomInstantsAndOffsets() {
        final var random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            final Instant instant = Instant.ofEpochSecond(random.nextLong(4_102_444_800L), random.nextInt(4) == 0 ? 0
                : random.nextInt(1_000_000_000));
            final ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 1800);
            final String value = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
            assertEquals(instant, LeaseTimes.parse(value), value);
        }
    }
}

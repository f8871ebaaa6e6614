/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a lease ({@code expires-at}, RFC 3339) as an instant. The lease reaper reads every lease again after an agent
 * start, 10,000 of them at once; {@link OffsetDateTime#parse} costs several microseconds and a dozen objects each, so
 * the usual forms ({@code 2030-01-01T00:00:00Z}, with a fraction, with a numeric offset) are read by hand and
 * anything else goes to the JDK's parser, which decides.
 */
public final class LeaseTimes {
    private static final int SECONDS_PER_DAY = 86_400;

    private LeaseTimes() {
    }

    /**
     * The instant {@code value} names.
     *
     * @throws DateTimeParseException when it is not a date-and-time, or names a date that does not exist
     */
    public static Instant parse(final String value) {
        final Instant fast = fast(value);
        return fast != null ? fast : OffsetDateTime.parse(value).toInstant();
    }

    private static Instant fast(final String value) {
        final int length = value.length();
        if (length < 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return null;
        }
        final int year = digits(value, 0, 4);
        final int month = digits(value, 5, 2);
        final int day = digits(value, 8, 2);
        final int hour = digits(value, 11, 2);
        final int minute = digits(value, 14, 2);
        final int second = digits(value, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (value.charAt(pos) == '.') {
            pos++;
            final int start = pos;
            int scale = 100_000_000;
            while (pos < length && Character.isDigit(value.charAt(pos))) {
                if (pos - start >= 9) {
                    return null;
                }
                nanos += (value.charAt(pos) - '0') * scale;
                scale /= 10;
                pos++;
            }
            if (pos == start || pos == length) {
                return null;
            }
        }
        final int offset;
        if (value.charAt(pos) == 'Z' && pos + 1 == length) {
            offset = 0;
        } else if ((value.charAt(pos) == '+' || value.charAt(pos) == '-') && pos + 6 == length
                && value.charAt(pos + 3) == ':') {
            final int hours = digits(value, pos + 1, 2);
            final int minutes = digits(value, pos + 4, 2);
            if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
                return null;
            }
            offset = (value.charAt(pos) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        final long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            // no such date: the JDK's parser says so in its own words
            return null;
        }
        return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offset, nanos);
    }

    /** The decimal number of {@code count} ASCII digits at {@code start}, or -1. */
    private static int digits(final String value, final int start, final int count) {
        int result = 0;
        for (int i = start; i < start + count; i++) {
            final char ch = value.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            result = result * 10 + ch - '0';
        }
        return result;
    }
}

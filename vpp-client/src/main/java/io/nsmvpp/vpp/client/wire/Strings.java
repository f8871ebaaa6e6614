/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.wire;

import java.nio.charset.StandardCharsets;

/** UTF-8 helpers that avoid an allocation on the hot path of fixed-string checks. */
final class Strings {
    private Strings() {
        // utility class
    }

    static int utf8Length(final String value) {
        int bytes = 0;
        final int length = value.length();
        for (int i = 0; i < length; i++) {
            final char ch = value.charAt(i);
            if (ch < 0x80) {
                bytes++;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static boolean isAscii(final String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static byte[] utf8(final String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

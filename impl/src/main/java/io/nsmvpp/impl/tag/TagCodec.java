/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.tag;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Encodes and parses nsm-vpp's VPP interface tags.
 *
 * <pre>
 *   nsm1 S K : forwarder / id
 *   |    | |   |           +-- the connection id: 22 base64url characters when K = u, else verbatim
 *   |    | |   +-- the owning forwarder: [a-z0-9] with inner '.' and '-'; never ':' or '/'
 *   |    | +-- id encoding: u = canonical lower-case UUID packed into 16 bytes (base64url, no padding),
 *   |    |                  s = the id as it is (printable ASCII, no space)
 *   |    +-- side: c = client, s = server
 *   +-- product and format version
 *
 *   e.g. nsm1cu:forwarder-vpp-7c9d8/PxwKLpt9TF6PYBorPE1ebw   (a UUID id: 8 + 22 bytes + the name)
 * </pre>
 *
 * <p>The forwarder name cannot hold '/', so the first '/' ends it and everything after it is the id, which may
 * contain anything printable, '-' and '/' included. The fixed overhead is 8 bytes, so a UUID id leaves 33 bytes
 * for the forwarder name. A tag that would exceed {@value #MAX_TAG_BYTES} bytes is refused with
 * {@link TagTooLongException}; it is never truncated, because VPP would truncate it silently.
 *
 * <p>{@link #parse(String)} never throws: a foreign, garbage or damaged tag is simply not ours.
 */
public final class TagCodec {
    /** VPP stores {@code string tag[64]}: 63 bytes and a NUL. */
    public static final int MAX_TAG_BYTES = 63;

    static final String PREFIX = "nsm1";
    private static final int HEADER = PREFIX.length() + 3;
    private static final char UUID_KIND = 'u';
    private static final char STRING_KIND = 's';
    private static final int PACKED_UUID_CHARS = 22;

    private static final Base64.Encoder B64_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();
    private static final HexFormat HEX = HexFormat.of();

    private TagCodec() {
        // utility class
    }

    /**
     * Encodes a tag.
     *
     * @param tag the ownership record
     * @return the tag text, at most {@value #MAX_TAG_BYTES} bytes of ASCII
     * @throws IllegalArgumentException if the forwarder name or id is not valid in a tag
     * @throws TagTooLongException if the tag would not fit, saying by how many bytes
     */
    public static String encode(final NsmTag tag) {
        checkForwarder(tag.forwarder());
        checkConnectionId(tag.connectionId());
        final var id = tag.connectionId();
        final boolean packed = isCanonicalUuid(id);
        final var body = packed ? packUuid(id) : id;
        final int length = HEADER + tag.forwarder().length() + 1 + body.length();
        if (length > MAX_TAG_BYTES) {
            throw new TagTooLongException(tag, length);
        }
        return new StringBuilder(length).append(PREFIX).append(tag.side().code())
            .append(packed ? UUID_KIND : STRING_KIND).append(':').append(tag.forwarder()).append('/').append(body)
            .toString();
    }

    /**
     * Returns how many bytes the tag for this forwarder and id needs, without checking the limit.
     *
     * @param forwarder a forwarder name
     * @param connectionId a connection id
     * @return the encoded length in bytes
     */
    public static int encodedLength(final String forwarder, final String connectionId) {
        final int idLength = isCanonicalUuid(connectionId) ? PACKED_UUID_CHARS
            : connectionId.length();
        return HEADER + forwarder.length() + 1 + idLength;
    }

    /**
     * Parses a tag read from VPP.
     *
     * @param text the tag as VPP reports it, possibly null or empty
     * @return the ownership record, or empty when the text is not a well-formed nsm-vpp tag
     */
    public static Optional<NsmTag> parse(final String text) {
        if (text == null || text.length() < HEADER + 3 || text.length() > MAX_TAG_BYTES
            || !text.startsWith(PREFIX) || text.charAt(HEADER - 1) != ':') {
            return Optional.empty();
        }
        final var side = NsmTag.Side.ofCode(text.charAt(PREFIX.length()));
        final char kind = text.charAt(PREFIX.length() + 1);
        final int slash = text.indexOf('/', HEADER);
        if (side == null || slash < 0) {
            return Optional.empty();
        }
        final var forwarder = text.substring(HEADER, slash);
        final var body = text.substring(slash + 1);
        if (!isForwarder(forwarder) || !isConnectionId(body)) {
            return Optional.empty();
        }
        final String id;
        if (kind == UUID_KIND) {
            id = unpackUuid(body);
            if (id == null) {
                return Optional.empty();
            }
        } else if (kind == STRING_KIND && !isCanonicalUuid(body)) {
            // A canonical UUID is always packed: a verbatim one is not something encode() produces.
            id = body;
        } else {
            return Optional.empty();
        }
        return Optional.of(new NsmTag(forwarder, side, id));
    }

    /**
     * Checks that a name can serve as the owner in a tag.
     *
     * @param forwarder the name
     * @throws IllegalArgumentException naming the rule that is broken
     */
    public static void checkForwarder(final String forwarder) {
        if (forwarder == null || forwarder.isEmpty() || !isForwarder(forwarder)) {
            throw new IllegalArgumentException("forwarder-name '" + forwarder
                + "' must be lower-case letters, digits, '.' and '-', starting and ending with a letter or digit");
        }
    }

    private static void checkConnectionId(final String id) {
        if (id.isEmpty() || !isConnectionId(id)) {
            throw new IllegalArgumentException("connection id '" + id
                + "' must be printable ASCII without spaces");
        }
    }

    // The three syntax checks below are loops rather than regular expressions: a restore of 10,000 connections
    // parses 20,000 tags and encodes as many, and a matcher per check was a visible share of it.

    /** {@code [a-z0-9]([a-z0-9.-]*[a-z0-9])?}. */
    private static boolean isForwarder(final String text) {
        final int last = text.length() - 1;
        if (last < 0) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            final char ch = text.charAt(i);
            final boolean alnum = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (!alnum && (i == 0 || i == last || ch != '.' && ch != '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [!-~]+}: printable ASCII without spaces. */
    private static boolean isConnectionId(final String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            final char ch = text.charAt(i);
            if (ch < '!' || ch > '~') {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. */
    private static boolean isCanonicalUuid(final String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            final char ch = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (ch != '-') {
                    return false;
                }
            } else if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String packUuid(final String uuid) {
        final var hex = uuid.replace("-", "");
        return B64_ENCODER.encodeToString(HEX.parseHex(hex));
    }

    private static String unpackUuid(final String body) {
        if (body.length() != PACKED_UUID_CHARS) {
            return null;
        }
        final byte[] bytes;
        try {
            bytes = B64_DECODER.decode(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // Base64 ignores the 4 spare bits of the last character: insist on the one canonical form.
        if (bytes.length != 16 || !B64_ENCODER.encodeToString(bytes).equals(body)) {
            return null;
        }
        final var hex = HEX.formatHex(bytes);
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
            + hex.substring(16, 20) + '-' + hex.substring(20);
    }
}

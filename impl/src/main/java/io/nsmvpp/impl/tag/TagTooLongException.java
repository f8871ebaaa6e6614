/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.tag;

import java.io.Serial;
import java.util.Locale;

/**
 * A tag that would not fit into VPP's 63 bytes. VPP would cut it silently, which would make the interface
 * unrecognisable after a restart, so the configuration is refused instead.
 */
public final class TagTooLongException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int length;

    TagTooLongException(final NsmTag tag, final int length) {
        super("the tag for connection '" + tag.connectionId() + "' (" + tag.side().name().toLowerCase(Locale.ROOT)
            + " side, forwarder-name '" + tag.forwarder() + "') needs " + length + " bytes, "
            + (length - TagCodec.MAX_TAG_BYTES) + " over VPP's " + TagCodec.MAX_TAG_BYTES
            + "-byte tag limit: shorten forwarder-name or the connection id by that much");
        this.length = length;
    }

    /**
     * Returns how many bytes the tag would need.
     *
     * @return the tag's length in bytes
     */
    public int length() {
        return length;
    }

    /**
     * Returns by how many bytes the tag is over VPP's limit.
     *
     * @return a positive number of bytes
     */
    public int bytesOver() {
        return length - TagCodec.MAX_TAG_BYTES;
    }
}

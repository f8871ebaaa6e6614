/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.binding.DataObject;

/**
 * A VPP interface that carries one side of a connection, as the engine last made or adopted it.
 *
 * @param swIfIndex VPP's index
 * @param tag the tag written on it: re-read before any delete, since another agent may have re-tagged the index
 * @param kind the mechanism, e.g. {@code memif}
 * @param detail a mechanism-specific handle needed to delete it: the memif socket file, the af_packet host name,
 *     the VXLAN VNI, or "" when none is needed
 * @param handle a mechanism-specific number: the WireGuard peer index, the memif socket id, the VNI; -1 if none
 * @param restored for an interface found in VPP rather than made by this run: the mechanism container as VPP
 *     describes it, which a refresh is compared with to adopt the interface; null once adopted or when created here
 */
public record BoundInterface(long swIfIndex, String tag, String kind, String detail, long handle,
        @Nullable DataObject restored) {
    public BoundInterface(final long swIfIndex, final String tag, final String kind, final String detail,
            final long handle) {
        this(swIfIndex, tag, kind, detail, handle, null);
    }

    public BoundInterface(final long swIfIndex, final String tag, final String kind) {
        this(swIfIndex, tag, kind, "", -1, null);
    }

    /** The same interface, adopted: no longer awaiting comparison, carrying {@code newTag}. */
    public BoundInterface adopted(final String newTag) {
        return new BoundInterface(swIfIndex, newTag, kind, detail, handle, null);
    }
}

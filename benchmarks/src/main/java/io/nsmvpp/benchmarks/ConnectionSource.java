/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.benchmarks;

import io.nsmvpp.impl.tag.NsmTag;
import io.nsmvpp.impl.tag.TagCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * Fresh l2xc connections of one benchmark, of one {@link Kind}, twice over: as the entries the engine or
 * the datastore is given, and as the objects {@link RawCalls} makes the same VPP calls for. Connection ids are UUIDs;
 * every memif socket file is a new name in the run's directory (VPP may leave a file behind, and a new name never
 * meets an old one).
 */
final class ConnectionSource {
    /** What a connection is made of: its server side is always a loopback. */
    enum Kind {
        LOOPBACK("loop/loop"),
        MEMIF_OWN("memif/loop, own socket"),
        MEMIF_SHARED("memif/loop, shared socket");

        final String label;

        Kind(final String label) {
            this.label = label;
        }
    }

    private final String rawForwarder;
    private final String expiresAt;
    private final Path memifDir;
    private int files;

    /** Entries for the agent's forwarder (the engine or the datastore gives its name), raw calls' tags with theirs. */
    ConnectionSource(final String rawForwarder, final String expiresAt, final Path memifDir) {
        this.rawForwarder = rawForwarder;
        this.expiresAt = expiresAt;
        this.memifDir = memifDir;
    }

    /** {@code count} connection entries: a memif client side has a socket file of its own, or one they share. */
    List<Connection> entries(final Kind kind, final int count) {
        final String shared = kind == Kind.MEMIF_SHARED ? memifFile() : null;
        final List<Connection> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(BenchConnections.connection(UUID.randomUUID().toString(), expiresAt,
                kind == Kind.LOOPBACK ? BenchConnections.loopback()
                    : BenchConnections.memif(shared != null ? shared : memifFile()),
                BenchConnections.loopback()));
        }
        return out;
    }

    /**
     * {@code count} connections for the raw calls, made the same way as {@link #entries}, tagged with the raw
     * calls' own forwarder name.
     */
    List<RawCalls.Conn> raw(final Kind kind, final int count) {
        final String shared = kind == Kind.MEMIF_SHARED ? memifFile() : null;
        final List<RawCalls.Conn> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final String id = UUID.randomUUID().toString();
            out.add(new RawCalls.Conn(tag(id, NsmTag.Side.CLIENT), tag(id, NsmTag.Side.SERVER),
                kind == Kind.LOOPBACK ? null : shared != null ? shared : memifFile()));
        }
        return out;
    }

    private String memifFile() {
        return memifDir.resolve("m" + files++ + ".sock").toString();
    }

    private String tag(final String id, final NsmTag.Side side) {
        return TagCodec.encode(new NsmTag(rawForwarder, side, id));
    }
}

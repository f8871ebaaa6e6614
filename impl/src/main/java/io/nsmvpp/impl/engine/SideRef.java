/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import io.nsmvpp.impl.tag.NsmTag;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Client;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Server;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.binding.KeyStep;

/**
 * One side of one connection: what a tag names and what owns one VPP interface.
 *
 * @param connectionId the connection id
 * @param side client or server
 */
public record SideRef(String connectionId, NsmTag.Side side) {
    /** The side a node below {@code connection=X/client} or {@code connection=X/server} belongs to. */
    public static SideRef of(final DataObjectIdentifier<?> id) {
        String connection = null;
        NsmTag.Side side = null;
        for (var step : id.steps()) {
            if (step instanceof KeyStep<?, ?> keyed && keyed.type() == Connection.class) {
                connection = ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp
                    .ConnectionKey) keyed.key()).getId().getValue();
            } else if (step.type() == Client.class) {
                side = NsmTag.Side.CLIENT;
            } else if (step.type() == Server.class) {
                side = NsmTag.Side.SERVER;
            }
        }
        if (connection == null || side == null) {
            throw new IllegalArgumentException(id + " is not below a connection's client or server");
        }
        return new SideRef(connection, side);
    }

    /** The connection id of any node below a connection entry. */
    public static String connectionOf(final DataObjectIdentifier<?> id) {
        for (var step : id.steps()) {
            if (step instanceof KeyStep<?, ?> keyed && keyed.type() == Connection.class) {
                return ((org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey)
                    keyed.key()).getId().getValue();
            }
        }
        throw new IllegalArgumentException(id + " is not below a connection");
    }

    /** The YANG name of the side, as paths and logs say it. */
    public String sideName() {
        return side == NsmTag.Side.CLIENT ? "client" : "server";
    }

    @Override
    public String toString() {
        return "connection " + connectionId + " " + sideName();
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionKey;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Client;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.CrossConnect;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.connection.Server;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.binding.KeyStep;

/** Data paths as operators read them in RESTCONF: {@code /nsm-vpp/connection=c1/client/vxlan/vni}. */
public final class Paths {
    private Paths() {
    }

    /** The path of {@code field} below {@code node} ({@code field} "" for the node itself). */
    public static String of(final DataObjectIdentifier<?> node, final String field) {
        final var path = new StringBuilder();
        for (var step : node.steps()) {
            final Class<?> type = step.type();
            if (type == NsmVpp.class) {
                path.append("/nsm-vpp");
            } else if (step instanceof KeyStep<?, ?> keyed && type == Connection.class) {
                path.append("/connection=").append(((ConnectionKey) keyed.key()).getId().getValue());
            } else if (type == Client.class) {
                path.append("/client");
            } else if (type == Server.class) {
                path.append("/server");
            } else if (type == CrossConnect.class) {
                path.append("/cross-connect");
            } else {
                for (var kind : ConnectionNodes.Kind.values()) {
                    if (kind.containerClass() == type) {
                        path.append('/').append(kind.yangName());
                    }
                }
            }
        }
        if (!field.isEmpty()) {
            path.append('/').append(field);
        }
        return path.toString();
    }

    /** The path of a connection's leaf. */
    public static String connection(final String id, final String field) {
        return "/nsm-vpp/connection=" + id + (field.isEmpty() ? "" : "/" + field);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.io.Serial;

/**
 * A configuration transaction refused by the engine. {@link Kind#INVALID_VALUE} is bad input, refused before anything
 * reached VPP; {@link Kind#OPERATION_FAILED} is VPP refusing or failing a call, after which everything the
 * transaction had done in VPP was reverted. Either way VPP and the datastore end as they were.
 */
public final class ConfigRejectedException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the transaction was refused; the datastore adapter maps it to a NETCONF error tag. */
    public enum Kind {
        /** Bad input: RESTCONF answers 400 invalid-value. */
        INVALID_VALUE,
        /** VPP refused or failed: RESTCONF answers operation-failed. */
        OPERATION_FAILED
    }

    private final Kind kind;
    private final String path;

    /**
     * Creates a rejection.
     *
     * @param kind bad input or VPP failure
     * @param path the offending node, e.g. {@code /nsm-vpp/connection=c1/client/vxlan/vni}
     * @param message what is wrong, naming the field and the rule (or the VPP message and its retval)
     */
    public ConfigRejectedException(final Kind kind, final String path, final String message) {
        super(message);
        this.kind = kind;
        this.path = path;
    }

    public ConfigRejectedException(final Kind kind, final String path, final String message, final Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.path = path;
    }

    public Kind kind() {
        return kind;
    }

    /** The data path of the offending node, as a RESTCONF-style path below the datastore root. */
    public String path() {
        return path;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.VppReply;
import java.io.Serial;
import java.util.Optional;

/**
 * VPP answered a request with a non-zero {@code retval}. Carries the message name, the retval, its meaning from
 * {@link VppError}, and the reply itself: some failure replies still say something (an af_packet duplicate returns
 * the existing {@code sw_if_index}).
 */
public final class VppApiException extends VppException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageName;
    private final int retval;
    @SuppressWarnings("serial")
    private final transient VppReply reply;

    public VppApiException(final String messageName, final int retval, final VppReply reply) {
        super(messageName + " failed: retval " + retval + " " + VppError.describe(retval));
        this.messageName = messageName;
        this.retval = retval;
        this.reply = reply;
    }

    /** The request's name, for example {@code create_loopback}. */
    public String messageName() {
        return messageName;
    }

    public int retval() {
        return retval;
    }

    /** The retval's entry in VPP's error table, if it has one. */
    public Optional<VppError> error() {
        return VppError.of(retval);
    }

    /** The reply that carried the retval. */
    public VppReply reply() {
        return reply;
    }
}

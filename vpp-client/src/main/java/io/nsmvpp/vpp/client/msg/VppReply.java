/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * A reply to a {@link VppRequest}. Most carry VPP's {@code i32 retval}; the few that do not (for example
 * {@code l3xc_plugin_get_version_reply}) report 0.
 */
public interface VppReply extends VppMessage {
    default int retval() {
        return 0;
    }
}

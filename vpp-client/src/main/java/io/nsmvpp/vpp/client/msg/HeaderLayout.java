/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * The fields that come between {@code u16 _vl_msg_id} and a message's own fields. Most requests carry
 * {@code client_index} and {@code context}, replies and details only {@code context}, events only
 * {@code client_index}; {@code sockclnt_create} and its reply are the exceptions the table below records.
 *
 * <pre>
 *  layout              bytes after the u16 id               used by
 *  CLIENT_CONTEXT      u32 client_index, u32 context        requests, sockclnt_create_reply
 *  CONTEXT             u32 context                          replies, details, sockclnt_create
 *  CLIENT              u32 client_index                     events
 * </pre>
 */
public enum HeaderLayout {
    CLIENT_CONTEXT(10),
    CONTEXT(6),
    CLIENT(6);

    private final int size;

    HeaderLayout(final int size) {
        this.size = size;
    }

    /** Header size in bytes, the u16 message id included. */
    public int size() {
        return size;
    }

    public boolean hasContext() {
        return this != CLIENT;
    }

    public boolean hasClientIndex() {
        return this != CONTEXT;
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * A {@code *_dump} request: VPP answers with any number of details messages of type {@code D} and no end marker,
 * so the client follows it with {@code control_ping} on the same context.
 *
 * @param <D> the details type
 */
public interface VppDump<D extends VppMessage> extends VppMessage {
    MessageType<D> detailsType();
}

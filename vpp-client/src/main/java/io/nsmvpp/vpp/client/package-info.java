/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * A pure-Java client of VPP's binary API over its UNIX socket.
 *
 * <p>{@link io.nsmvpp.vpp.client.VppClient} is the entry point. Messages are immutable records in
 * {@link io.nsmvpp.vpp.client.msg}, one per VPP message, each encoding and decoding itself; the wire rules (frames,
 * big-endian fields, VPP's string forms) are in {@link io.nsmvpp.vpp.client.wire}; the byte stream sits behind the
 * narrow {@link io.nsmvpp.vpp.client.transport.Transport}.
 */
package io.nsmvpp.vpp.client;

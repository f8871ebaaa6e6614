/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.msg;

/**
 * A decoded message with the header fields the connection owns. Fields that a layout does not have are 0.
 *
 * @param msgId runtime message id (u16)
 * @param clientIndex u32 {@code client_index}, 0 for {@link HeaderLayout#CONTEXT}
 * @param context u32 {@code context}, 0 for {@link HeaderLayout#CLIENT}
 * @param message the record
 * @param <T> the record type
 */
public record Envelope<T extends VppMessage>(int msgId, long clientIndex, long context, T message) {
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The translation SPI: how configuration in the datastore becomes southbound calls, in Honeycomb's spirit but
 * asynchronous. {@link io.nsmvpp.api.WriteCustomizer}s and {@link io.nsmvpp.api.Validator}s are registered per YANG
 * node in a {@link io.nsmvpp.api.WriterRegistry} with explicit order; {@link io.nsmvpp.api.TransactionWriter}
 * validates a whole transaction, writes it in order, and reverts it from the
 * {@link io.nsmvpp.api.RevertJournal} when any step fails. Nothing here knows VPP.
 */
package io.nsmvpp.api;

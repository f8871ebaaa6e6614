/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;

/**
 * Checks one node of a transaction before anything is written southbound: the rules YANG cannot express or
 * OpenDaylight does not evaluate ({@code must}, cross-field rules, checks against the southbound's live state).
 * Every validator of a transaction runs before its first customizer does.
 *
 * @param <D> the node's binding type
 */
@FunctionalInterface
public interface Validator<D extends DataObject> {
    /**
     * Validates a create ({@code before} null), an update, or a delete ({@code after} null).
     *
     * @throws ValidationException naming the offending field and the rule it breaks
     */
    void validate(DataObjectIdentifier<D> id, @Nullable D before, @Nullable D after, WriteContext ctx)
        throws ValidationException;
}

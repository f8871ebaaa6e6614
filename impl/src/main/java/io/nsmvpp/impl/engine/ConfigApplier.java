/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.util.concurrent.CompletionStage;

/**
 * The engine as the datastore sees it: one configuration transaction in, VPP programmed or nothing changed.
 * The datastore adapter (a DOM commit cohort on the config datastore) calls {@link #apply} from {@code canCommit}
 * and vetoes the transaction when the returned stage fails with {@link ConfigRejectedException}.
 */
public interface ConfigApplier {
    /**
     * Validates the whole change, then applies it to VPP. Never blocks the caller: VPP work is pipelined and the
     * stage completes on a VPP client thread.
     *
     * @return completes with the applied transaction, or fails with {@link ConfigRejectedException}; on failure VPP
     *     holds nothing the transaction did
     */
    CompletionStage<AppliedTransaction> apply(ConfigChange change);

    /** A transaction applied to VPP, awaiting the datastore's verdict. */
    interface AppliedTransaction {
        /** The datastore committed: publish operational state. Must not fail. */
        void committed();

        /** The datastore gave up after all (abort, a sibling's veto): undo what was done in VPP. */
        CompletionStage<Void> revert();
    }
}

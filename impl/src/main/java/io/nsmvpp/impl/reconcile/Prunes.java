/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;

/**
 * Deletes expired connections through the configuration in batches: one transaction for many connections, so that
 * a prune of thousands costs a few transactions and not thousands. A batch is all or nothing; when one is refused
 * (a VPP call of one connection failed, or a refresh committed meanwhile), each of its connections is tried again
 * alone, so that one failure delays no other prune and each outcome is that connection's own.
 */
final class Prunes {
    /**
     * What became of one expired connection.
     *
     * @param deleted true when it was deleted; false when a refresh or a delete got there first, or it failed
     * @param error why its delete failed, or null
     */
    record Outcome(Connection connection, boolean deleted, @Nullable Throwable error) {
    }

    private Prunes() {
    }

    /** Prunes {@code expired}; the stage holds one outcome per connection and never fails. */
    static CompletionStage<List<Outcome>> prune(final ConfigStore config, final List<Connection> expired) {
        final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>(expired.size()));
        return Batches.eachOrAlone("prune", expired, false, config::deleteIfUnchanged,
            (batch, deleted) -> batch.forEach(conn -> outcomes.add(new Outcome(conn,
                deleted.contains(conn.getId().getValue()), null))),
            (conn, error) -> outcomes.add(new Outcome(conn, false, error)))
            .thenApply(ignored -> List.copyOf(outcomes));
    }
}

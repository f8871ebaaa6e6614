/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.tag;

import static java.util.Objects.requireNonNull;

import java.util.Collection;

/**
 * The ownership record that nsm-vpp writes into a VPP interface tag: which forwarder owns the interface, which
 * side of which connection it carries. VPP itself thereby becomes the durable record of ownership.
 *
 * @param forwarder the owning forwarder's name
 * @param side the side of the connection
 * @param connectionId the NSM connection id
 */
public record NsmTag(String forwarder, Side side, String connectionId) {
    /**
     * The side of a connection an interface carries.
     */
    public enum Side {
        /** Toward the workload. */
        CLIENT('c'),
        /** Toward the next hop. */
        SERVER('s');

        private final char code;

        Side(final char code) {
            this.code = code;
        }

        char code() {
            return code;
        }

        static Side ofCode(final char code) {
            return switch (code) {
                case 'c' -> CLIENT;
                case 's' -> SERVER;
                default -> null;
            };
        }
    }

    public NsmTag {
        requireNonNull(forwarder, "forwarder");
        requireNonNull(side, "side");
        requireNonNull(connectionId, "connectionId");
    }

    /**
     * Returns this tag's owner relationship to an agent.
     *
     * @param ourName the agent's forwarder-name
     * @param adoptNames forwarder names the agent adopts (a renamed forwarder)
     * @return how the agent must treat the interface
     */
    public Ownership ownershipFor(final String ourName, final Collection<String> adoptNames) {
        if (forwarder.equals(ourName)) {
            return Ownership.OURS;
        }
        return adoptNames.contains(forwarder) ? Ownership.ADOPTABLE : Ownership.FOREIGN;
    }

    /**
     * How an agent must treat an interface that carries an nsm-vpp tag.
     */
    public enum Ownership {
        /** Tagged with the agent's own forwarder-name. */
        OURS,
        /** Tagged with a name the agent was told to adopt. */
        ADOPTABLE,
        /** Tagged by another forwarder sharing the VPP: never touched. */
        FOREIGN
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.mechanism;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.IpPrefix;

/**
 * Strict conversion of the model's addresses into VPP's. The datastore's JSON parser lets {@code 999.999.999.999}
 * through as an address, so every address is checked here before it can reach VPP.
 */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Parses an address.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Address address(final IpAddressNoZone value) {
        final String text = value.stringValue();
        try {
            return Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IPv4 or IPv6 address", e);
        }
    }

    /**
     * Parses a prefix, checking its length against its family.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Prefix prefix(final IpPrefix value) {
        final String text = value.getValue();
        final int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix (address/length)");
        }
        final Address address;
        try {
            address = Address.parse(text.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' does not start with a valid IPv4 or IPv6 address", e);
        }
        final int len;
        try {
            len = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no valid prefix length", e);
        }
        final int max = address.isIp6() ? 128 : 32;
        if (len < 0 || len > max) {
            throw new IllegalArgumentException("'" + text + "' has prefix length " + len + ", outside 0.." + max);
        }
        return new Prefix(address, len);
    }

    /** True for fe80::/10: VPP manages link-local addresses itself and can crash deleting one (see Hazards). */
    public static boolean isLinkLocal(final Address address) {
        return address.isIp6() && (address.un().high() >>> 54) == (0xfe80L >>> 6);
    }
}

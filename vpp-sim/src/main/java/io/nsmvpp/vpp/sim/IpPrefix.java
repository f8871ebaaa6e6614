/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address and a prefix length, as VPP's {@code vl_api_prefix_t}. */
record IpPrefix(InetAddress address, int length) {
    boolean isIp6() {
        return !(address instanceof Inet4Address);
    }

    int maxLength() {
        return isIp6() ? 128 : 32;
    }

    /** Whether {@code other}'s address falls inside this prefix (VPP's "destination matches route"). */
    boolean covers(final InetAddress other) {
        final byte[] mine = address.getAddress();
        final byte[] theirs = other.getAddress();
        if (mine.length != theirs.length) {
            return false;
        }
        mask(mine, length);
        mask(theirs, length);
        return java.util.Arrays.equals(mine, theirs);
    }

    static void mask(final byte[] bytes, final int length) {
        for (int i = 0; i < bytes.length; i++) {
            final int bits = Math.max(0, Math.min(8, length - i * 8));
            bytes[i] &= (byte) (0xFF00 >>> bits);
        }
    }

    static InetAddress of(final byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + bytes.length + " bytes", e);
        }
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + length;
    }
}

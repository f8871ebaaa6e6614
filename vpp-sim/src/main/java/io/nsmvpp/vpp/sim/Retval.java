/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

/**
 * The vnet error codes the simulator returns, named as in VPP's {@code foreach_vnet_error}. Only codes seen on a
 * real VPP v26.06 for the operations simulated are here, plus {@link #SIM_WOULD_CRASH_VPP}.
 */
final class Retval {
    static final int OK = 0;
    static final int UNSPECIFIED = -1;
    static final int INVALID_SW_IF_INDEX = -2;
    static final int NO_SUCH_FIB = -3;
    static final int NO_SUCH_ENTRY = -6;
    static final int INVALID_VALUE = -7;
    static final int SYSCALL_ERROR_1 = -11;
    static final int INVALID_REGISTRATION = -31;
    static final int NO_MATCHING_INTERFACE = -54;
    static final int ADDRESS_LENGTH_MISMATCH = -59;
    static final int ADDRESS_NOT_FOUND_FOR_INTERFACE = -60;
    static final int ADDRESS_NOT_DELETABLE = -61;
    static final int SUBIF_ALREADY_EXISTS = -68;
    static final int INVALID_INTERFACE = -71;
    static final int INVALID_ARGUMENT = -73;
    static final int UNEXPECTED_INTF_STATE = -74;
    static final int TUNNEL_EXIST = -75;
    static final int INVALID_DECAP_NEXT = -76;
    static final int IF_ALREADY_EXISTS = -79;
    static final int SAME_SRC_DST = -82;
    static final int ADDRESS_IN_USE = -105;
    static final int UNSUPPORTED = -126;
    static final int ENTRY_ALREADY_EXISTS = -116;
    static final int DUPLICATE_IF_ADDRESS = -127;
    static final int INSTANCE_IN_USE = -147;

    /**
     * Not a VPP code. Returned for a request that makes VPP v26.06 crash (memif_create_v2 with mode punt/inject or
     * an unknown mode): a real VPP would close every client's socket instead of answering. The value is far outside
     * VPP's table (the lowest vnet code is about -170), so no client can mistake it for a real error.
     */
    static final int SIM_WOULD_CRASH_VPP = -9999;

    private Retval() {
        // constants
    }
}

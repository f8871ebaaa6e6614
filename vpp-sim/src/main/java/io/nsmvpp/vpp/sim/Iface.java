/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

/**
 * One row of the simulated interface table, with what {@code sw_interface_details} reports and the device of the
 * plugin that made it. What other plugins keep about an interface (addresses, cross-connects) they keep in their
 * own tables. Mutable, and touched only by the simulator's single event-loop thread, as VPP's main thread owns its
 * tables.
 */
final class Iface {
    /** The per-plugin part of an interface: each plugin keeps its own kind of device here. */
    interface Device {
    }

    final int swIfIndex;
    final String name;
    final String devType;
    final byte[] mac;
    final int linkMtu;
    /** The plugin that made this interface, as VPP's device class: admin changes and deletes go through it. */
    final InterfaceCore.DeviceClass deviceClass;
    final Device device;
    boolean adminUp;
    boolean linkUp;
    String tag = "";
    /**
     * The encoded fields of this interface's sw_interface_details (after msg id and context), kept until the
     * interface changes, so a dump of 10,000 interfaces is mostly array copies.
     */
    byte[] detailsCache;

    Iface(final int swIfIndex, final String name, final String devType, final byte[] mac, final int linkMtu,
            final InterfaceCore.DeviceClass deviceClass, final Device device) {
        this.swIfIndex = swIfIndex;
        this.name = name;
        this.devType = devType;
        this.mac = mac;
        this.linkMtu = linkMtu;
        this.deviceClass = deviceClass;
        this.device = device;
    }

    /** {@code IF_STATUS_API_FLAG_ADMIN_UP | IF_STATUS_API_FLAG_LINK_UP} as sw_interface_details reports them. */
    int flags() {
        return (adminUp ? 1 : 0) | (linkUp ? 2 : 0);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The interface core of one simulated VPP (vnet's interface pool and its event process), and the only way plugins
 * reach each other: a plugin registers the interfaces it creates here with its {@link DeviceClass}, asks here for
 * an interface by index, and hears here ({@link #onDelete}) when any interface goes, instead of reading another
 * plugin's tables. Single-threaded by design, like VPP's main thread.
 *
 * <p>u32 request values that may be {@code ~0} travel as {@code long}; sw_if_indexes that exist fit an {@code int}.
 */
final class InterfaceCore {
    static final long NONE = 0xFFFF_FFFFL;
    static final int DEFAULT_MTU = 9000;

    /** Event bits, as VPP's interface event process collects them between two runs. */
    static final int EV_ADMIN_UP = 1;
    static final int EV_LINK_UP = 2;
    static final int EV_DELETED = 4;
    static final int EV_ANY = 8;

    /** Receives the events of one run of the event process, in sw_if_index order. */
    @FunctionalInterface
    interface EventSink {
        void event(int swIfIndex, int flags, boolean deleted);
    }

    /** What a create (or a vxlan add/del) answers: its retval and the interface's index (or what VPP puts there). */
    record Created(int retval, long swIfIndex) {
        static Created fail(final int retval, final long swIfIndex) {
            return new Created(retval, swIfIndex);
        }
    }

    /**
     * What the plugin that made an interface does for the core, as VPP's {@code vnet_device_class_t} does: react to
     * an admin change, and delete the interface when an operator does (vppctl), freeing the plugin's own state.
     */
    interface DeviceClass {
        /** VPP's admin_up_down_function; by default the link follows the admin state. */
        default void adminChanged(final InterfaceCore core, final Iface iface) {
            core.setLink(iface, iface.adminUp);
        }

        /** Deletes {@code iface} as the plugin's own delete message would. */
        void delete(Iface iface);
    }

    /** local0: never deleted, and its link does not follow admin. */
    private record Local() implements Iface.Device {
    }

    private static final DeviceClass LOCAL = new DeviceClass() {
        @Override
        public void adminChanged(final InterfaceCore core, final Iface iface) {
            // local0 has no link to bring up
        }

        @Override
        public void delete(final Iface iface) {
            throw new IllegalStateException("local0 cannot be deleted");
        }
    };

    private final Random random;
    private final Pool swPool = new Pool();
    private Iface[] ifaces = new Iface[64];
    private int ifaceCount;
    private final List<Consumer<Iface>> deleteListeners = new ArrayList<>();

    private final BitSet dirty = new BitSet();
    private int[] eventBits = new int[64];
    private final List<Runnable> afterEvents = new ArrayList<>();

    InterfaceCore(final long seed) {
        this.random = new Random(seed);
        final int local = swPool.get();
        put(new Iface(local, "local0", "local", new byte[6], 0, LOCAL, new Local()));
    }

    // ---------------------------------------------------------------- the interface pool

    /** Gives the sw_if_index pool a VPP's history: see {@link Simulator.Builder#freeInterfaceIndexes(List)}. */
    void presetFreeInterfaceIndexes(final List<Integer> nextFirst) {
        swPool.preset(nextFirst);
    }

    /** The interface at {@code swIfIndex}, or null; any u32 is accepted. */
    Iface iface(final long swIfIndex) {
        return swIfIndex >= 0 && swIfIndex < ifaces.length ? ifaces[(int) swIfIndex] : null;
    }

    int interfaceCount() {
        return ifaceCount;
    }

    /** Every interface in pool (sw_if_index) order, as sw_interface_dump walks them. */
    void forEachIface(final Consumer<Iface> action) {
        final int size = Math.min(swPool.size(), ifaces.length);
        for (int i = 0; i < size; i++) {
            final Iface iface = ifaces[i];
            if (iface != null) {
                action.accept(iface);
            }
        }
    }

    /** The interfaces whose device is a {@code kind}, in sw_if_index order; {@code swIfIndex} ~0 for all. */
    List<Iface> ifacesOf(final Class<? extends Iface.Device> kind, final long swIfIndex) {
        final List<Iface> out = new ArrayList<>();
        forEachIface(iface -> {
            if (kind.isInstance(iface.device) && (swIfIndex == NONE || iface.swIfIndex == swIfIndex)) {
                out.add(iface);
            }
        });
        return out;
    }

    private void put(final Iface iface) {
        if (iface.swIfIndex >= ifaces.length) {
            ifaces = Arrays.copyOf(ifaces, Math.max(iface.swIfIndex + 1, ifaces.length * 2));
        }
        ifaces[iface.swIfIndex] = iface;
        ifaceCount++;
    }

    /** Creates an interface at the next free sw_if_index, with the events its initial state makes. */
    Iface register(final String name, final String devType, final byte[] mac, final int mtu,
            final DeviceClass deviceClass, final Iface.Device device, final boolean adminUp, final boolean linkUp) {
        final int index = swPool.get();
        final Iface iface = new Iface(index, name, devType, mac, mtu, deviceClass, device);
        iface.adminUp = adminUp;
        iface.linkUp = linkUp;
        put(iface);
        signal(index, (adminUp ? EV_ADMIN_UP : 0) | (linkUp ? EV_LINK_UP : 0));
        return iface;
    }

    /** Lets a plugin drop what it keeps about an interface (addresses, cross-connects) when it is deleted. */
    void onDelete(final Consumer<Iface> listener) {
        deleteListeners.add(listener);
    }

    /**
     * Removes an interface as every mechanism's delete does: the tag goes with it, and every {@link #onDelete}
     * listener tears down what its plugin keeps about it. The index goes back to the pool.
     */
    void unregister(final Iface iface) {
        final int index = iface.swIfIndex;
        for (Consumer<Iface> listener : deleteListeners) {
            listener.accept(iface);
        }
        ifaces[index] = null;
        ifaceCount--;
        swPool.put(index);
        signal(index, EV_DELETED);
    }

    /** Deletes any interface but local0, as an operator with vppctl would. Returns false when there is none. */
    boolean deleteOutOfBand(final long swIfIndex) {
        final Iface iface = iface(swIfIndex);
        if (iface == null || iface.deviceClass == LOCAL) {
            return false;
        }
        iface.deviceClass.delete(iface);
        return true;
    }

    byte[] randomMac() {
        final byte[] mac = new byte[6];
        random.nextBytes(mac);
        mac[0] = 0x02;
        mac[1] = (byte) 0xfe;
        return mac;
    }

    /** Random bytes from the simulator's seeded generator, shared with the MACs so that a seed fixes a whole run. */
    byte[] randomBytes(final int count) {
        final byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    static boolean isZero(final byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(final Iface iface) {
        return iface.name + "(" + iface.swIfIndex + ")";
    }

    // ---------------------------------------------------------------- events

    private void signal(final int swIfIndex, final int bits) {
        if (swIfIndex >= eventBits.length) {
            eventBits = Arrays.copyOf(eventBits, Math.max(swIfIndex + 1, eventBits.length * 2));
        }
        eventBits[swIfIndex] |= bits | EV_ANY;
        dirty.set(swIfIndex);
    }

    /** Work VPP does asynchronously after a run of the event process (a memif peer connecting). */
    void afterEvents(final Runnable work) {
        afterEvents.add(work);
    }

    boolean hasPendingEvents() {
        return !dirty.isEmpty() || !afterEvents.isEmpty();
    }

    /**
     * One run of VPP's interface event process: one event per interface that changed since the last run, its flags
     * the OR of the "up" changes seen meanwhile (not the current state), in sw_if_index order. Work that VPP does
     * asynchronously after such a run (a memif peer connecting) happens next, and its events form later runs.
     */
    void drainEvents(final EventSink sink) {
        int rounds = 0;
        while ((!dirty.isEmpty() || !afterEvents.isEmpty()) && rounds++ < 4) {
            for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) {
                final int bits = eventBits[i];
                eventBits[i] = 0;
                sink.event(i, bits & (EV_ADMIN_UP | EV_LINK_UP), (bits & EV_DELETED) != 0);
            }
            dirty.clear();
            if (!afterEvents.isEmpty()) {
                final List<Runnable> work = new ArrayList<>(afterEvents);
                afterEvents.clear();
                work.forEach(Runnable::run);
            }
        }
    }

    // ---------------------------------------------------------------- state every interface has

    int setFlags(final long swIfIndex, final long flags) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        setAdmin(iface, (flags & 1) != 0);
        return Retval.OK;
    }

    private void setAdmin(final Iface iface, final boolean up) {
        if (iface.adminUp != up) {
            iface.adminUp = up;
            iface.detailsCache = null;
            signal(iface.swIfIndex, up ? EV_ADMIN_UP : 0);
            iface.deviceClass.adminChanged(this, iface);
        }
    }

    void setLink(final Iface iface, final boolean up) {
        if (iface.linkUp != up) {
            iface.linkUp = up;
            iface.detailsCache = null;
            signal(iface.swIfIndex, up ? EV_LINK_UP : 0);
        }
    }

    /**
     * Sets or clears a tag. VPP keeps at most 63 bytes (the dispatcher's fixed-string decode already cut a 64-byte
     * tag there and dropped what follows a NUL), refuses an empty tag on add, and ignores the text on delete.
     */
    int tag(final long swIfIndex, final boolean add, final String tag) {
        final Iface iface = iface(swIfIndex);
        if (iface == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (add) {
            if (tag.isEmpty()) {
                return Retval.INVALID_VALUE;
            }
            iface.tag = tag;
        } else {
            iface.tag = "";
        }
        iface.detailsCache = null;
        return Retval.OK;
    }
}

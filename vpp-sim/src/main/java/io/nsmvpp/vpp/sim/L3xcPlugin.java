/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.AddressUnion;
import io.nsmvpp.vpp.client.msg.FibPath;
import io.nsmvpp.vpp.client.msg.FibPathNh;
import io.nsmvpp.vpp.client.msg.L3xc;
import io.nsmvpp.vpp.client.msg.L3xcDel;
import io.nsmvpp.vpp.client.msg.L3xcDelReply;
import io.nsmvpp.vpp.client.msg.L3xcDetails;
import io.nsmvpp.vpp.client.msg.L3xcDump;
import io.nsmvpp.vpp.client.msg.L3xcPluginGetVersion;
import io.nsmvpp.vpp.client.msg.L3xcPluginGetVersionReply;
import io.nsmvpp.vpp.client.msg.L3xcUpdate;
import io.nsmvpp.vpp.client.msg.L3xcUpdateReply;
import io.nsmvpp.vpp.sim.Handlers.Call;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The l3xc plugin: per interface and family, the paths that everything received is sent along. Its entries
 * outlive their interface (VPP keeps them), so its dump may name deleted indexes.
 */
final class L3xcPlugin implements Handlers.Plugin {
    /** An l3xc entry; {@code paths} are kept as VPP keeps them and echoed by the dump. */
    record Entry(int poolIndex, long swIfIndex, boolean ip6, List<FibPath> paths) {
    }

    private final InterfaceCore core;
    private final Pool pool = new Pool();
    private final List<Entry> entries = new ArrayList<>();

    L3xcPlugin(final InterfaceCore core) {
        this.core = core;
    }

    @Override
    public void register(final Handlers.Table table) {
        table.add(L3xcUpdate.TYPE, L3xcUpdateReply.TYPE, this::update);
        table.add(L3xcDel.TYPE, L3xcDelReply.TYPE, (call, request) ->
            call.reply(new L3xcDelReply(l3xcDel(request.swIfIndex(), request.isIp6()))));
        table.add(L3xcDump.TYPE, null, this::l3xcDump);
        table.add(L3xcPluginGetVersion.TYPE, L3xcPluginGetVersionReply.TYPE, (call, request) ->
            call.reply(new L3xcPluginGetVersionReply(1, 0)));
    }

    private void update(final Call call, final L3xcUpdate request) {
        final L3xc l3xc = request.l3xc();
        final var vias = new ArrayList<Long>(l3xc.paths().size());
        final var paths = new ArrayList<FibPath>(l3xc.paths().size());
        for (FibPath path : l3xc.paths()) {
            vias.add(path.swIfIndex());
            paths.add(asVppKeepsIt(path));
        }
        paths.sort(L3xcPlugin::comparePaths);
        call.reply(new L3xcUpdateReply(l3xcUpdate(l3xc.swIfIndex(), l3xc.isIp6(), paths, vias), 0));
    }

    /** VPP v26.06 reports {@code is_ip6 = false} for every entry; the paths are kept as VPP keeps them. */
    private void l3xcDump(final Call call, final L3xcDump request) {
        for (Entry entry : l3xcs(request.swIfIndex())) {
            call.reply(new L3xcDetails(new L3xc(entry.swIfIndex(), false, entry.paths())));
        }
    }

    /** l3xc_update: replaces the paths of the (interface, family) entry, or makes one. */
    int l3xcUpdate(final long swIfIndex, final boolean ip6, final List<FibPath> paths,
            final List<Long> pathSwIfIndexes) {
        if (core.iface(swIfIndex) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        if (paths.isEmpty()) {
            return Retval.INVALID_VALUE;
        }
        for (long via : pathSwIfIndexes) {
            if (via != InterfaceCore.NONE && core.iface(via) == null) {
                return Retval.NO_MATCHING_INTERFACE;
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            final Entry entry = entries.get(i);
            if (entry.swIfIndex() == swIfIndex && entry.ip6() == ip6) {
                entries.set(i, new Entry(entry.poolIndex(), swIfIndex, ip6, List.copyOf(paths)));
                return Retval.OK;
            }
        }
        entries.add(new Entry(pool.get(), swIfIndex, ip6, List.copyOf(paths)));
        entries.sort((a, b) -> Integer.compare(a.poolIndex(), b.poolIndex()));
        return Retval.OK;
    }

    int l3xcDel(final long swIfIndex, final boolean ip6) {
        if (core.iface(swIfIndex) == null) {
            return Retval.INVALID_SW_IF_INDEX;
        }
        return pool.release(entries, e -> e.swIfIndex() == swIfIndex && e.ip6() == ip6, Entry::poolIndex)
            ? Retval.OK : Retval.INVALID_VALUE;
    }

    /** All entries in pool order; those of one interface ip4 first, as VPP looks each family up in turn. */
    List<Entry> l3xcs(final long swIfIndex) {
        return swIfIndex == InterfaceCore.NONE ? List.copyOf(entries)
            : entries.stream().filter(e -> e.swIfIndex() == swIfIndex)
                .sorted((a, b) -> Boolean.compare(a.ip6(), b.ip6())).toList();
    }

    // ---------------------------------------------------------------- paths as fib keeps them

    /**
     * A path as VPP's fib_path_encode gives it back: weight 0 becomes 1; rpf_id, table_id, flags, labels and the
     * next hop's label, object and classify fields are not kept (0); interface, preference, type, proto and address
     * are.
     */
    private static FibPath asVppKeepsIt(final FibPath path) {
        final FibPathNh nh = new FibPathNh(path.nh().address(), 0, 0, 0);
        return new FibPath(path.swIfIndex(), 0, 0, path.weight() == 0 ? 1 : path.weight(), path.preference(),
            path.type(), 0, path.proto(), nh, 0, FibPath.NO_LABELS);
    }

    /** VPP's fib_path type of a normal path: attached-nexthop 0, attached 1, recursive 2, deag 5. */
    private static int pathType(final FibPath path) {
        final boolean noAddress = isZero(path.nh().address());
        if (path.swIfIndex() != InterfaceCore.NONE) {
            return noAddress ? 1 : 0;
        }
        return noAddress ? 5 : 2;
    }

    private static boolean isZero(final AddressUnion address) {
        return InterfaceCore.isZero(address.toBytes());
    }

    /** The 16 bytes of VPP's ip46_address_t: an ip4 address sits in the last four. */
    private static byte[] ip46(final FibPath path) {
        final byte[] raw = path.nh().address().toBytes();
        if (path.proto() == 0) {
            final byte[] out = new byte[16];
            System.arraycopy(raw, 0, out, 12, 4);
            return out;
        }
        return raw;
    }

    /**
     * fib_path_cmp_for_sort, by which fib_path_list_create sorts a path list (and so what l3xc_dump lists): by
     * preference, then path type, then proto, then per type the next hop (bytewise) and the interface.
     */
    static int comparePaths(final FibPath one, final FibPath two) {
        int res = Integer.compare(one.preference(), two.preference());
        if (res == 0) {
            res = Integer.compare(pathType(one), pathType(two));
        }
        if (res == 0) {
            res = Long.compare(one.proto(), two.proto());
        }
        if (res == 0 && (pathType(one) == 0 || pathType(one) == 2)) {
            res = Arrays.compareUnsigned(ip46(one), ip46(two));
        }
        if (res == 0 && pathType(one) <= 1) {
            res = Long.compare(one.swIfIndex(), two.swIfIndex());
        }
        return res;
    }
}

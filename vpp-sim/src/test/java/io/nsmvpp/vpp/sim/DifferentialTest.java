/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.IpAddressDump;
import io.nsmvpp.vpp.client.msg.L2XconnectDump;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.Prefix;
import io.nsmvpp.vpp.client.msg.SwInterfaceAddDelAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetL2Xconnect;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.VppReply;
import io.nsmvpp.vpp.client.msg.VppRequest;
import io.nsmvpp.vpp.client.msg.VxlanAddDelTunnelV3;
import io.nsmvpp.vpp.client.msg.VxlanTunnelV2Dump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The simulator and a real VPP driven by the same random sequence of operations must answer alike: every retval and
 * reply index, and after each step the interface table, cross-connects, addresses and VXLAN tunnels. This finds the
 * differences no hand-written conformance case thought of. It runs only against a real VPP
 * ({@code VPP_API_SOCKET}) that holds nothing but local0. VPP reuses the indexes of interfaces deleted long before,
 * so indexes are compared through the pairing of what each side created; names, which take the lowest free
 * instance, are compared as they are. The seed is printed on failure and can be fixed with
 * {@code -Dnsmvpp.diff.seed=N}.
 */
class DifferentialTest {
    private static final String REAL = System.getenv("VPP_API_SOCKET");
    private static final long NONE = 0xFFFF_FFFFL;
    private static final int STEPS = Integer.getInteger("nsmvpp.diff.steps", 400);
    private static final long EXPLICIT_VXLAN = 1000;

    /** VPP's index of each interface the test created, to the simulator's index of its twin. */
    private final Map<Long, Long> twins = new LinkedHashMap<>();
    /** VPP indexes of the interfaces given a link-local address, which gives them an ip6 link. */
    private final Set<Long> linkLocal = new HashSet<>();
    /** The same for deleted interfaces, which stale cross-connects still name. */
    private final Map<Long, Long> former = new HashMap<>();

    /** The simulator's index for a VPP index; an index VPP does not have maps to one the simulator lacks too. */
    private long toSim(final long vppIndex) {
        return vppIndex == 0 || vppIndex == NONE ? vppIndex : twins.getOrDefault(vppIndex, 900_000 + vppIndex);
    }

    private void pair(final long vppIndex, final long simIndex) {
        former.remove(vppIndex);
        former.values().remove(simIndex);
        twins.put(vppIndex, simIndex);
    }

    private void retire(final long vppIndex) {
        linkLocal.remove(vppIndex);
        final Long simIndex = twins.remove(vppIndex);
        former.values().remove(simIndex);
        former.remove(vppIndex);
        former.put(vppIndex, simIndex);
    }

    private long toVpp(final long simIndex) {
        if (simIndex == 0 || simIndex == NONE) {
            return simIndex;
        }
        for (var pairs : List.of(twins, former)) {
            for (var pair : pairs.entrySet()) {
                if (pair.getValue() == simIndex) {
                    return pair.getKey();
                }
            }
        }
        return -simIndex;
    }

    @Test
    void randomOperationsGetTheSameAnswersFromTheSimulatorAndFromVpp() throws IOException {
        assumeTrue(REAL != null && !REAL.isEmpty(), "needs a real VPP: set VPP_API_SOCKET");
        final long seed = Long.getLong("nsmvpp.diff.seed", System.nanoTime());
        final Path dir = Files.createTempDirectory("vpp-diff");
        try (var simulator = Simulator.builder(dir.resolve("api.sock")).shuffleIds(true).seed(seed).start();
             var sim = RawVpp.connect(simulator.socketPath());
             var vpp = RawVpp.connect(Path.of(REAL))) {
            assumeTrue(vpp.dump(new SwInterfaceDump(NONE, false, "")).size() == 1,
                "needs a real VPP holding only local0, so that both start alike");
            final var random = new Random(seed);
            try {
                for (int step = 0; step < STEPS; step++) {
                    final String what = step(random, sim, vpp);
                    compareState(sim, vpp, "seed " + seed + ", step " + step + " (" + what + ")");
                }
            } finally {
                cleanUp(vpp);
            }
        } finally {
            Files.deleteIfExists(dir.resolve("api.sock"));
            Files.deleteIfExists(dir);
        }
    }

    private long someIndex(final Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> NONE;
            case 2 -> 1 + random.nextInt(40);
            default -> twins.isEmpty() ? random.nextInt(8)
                : List.copyOf(twins.keySet()).get(random.nextInt(twins.size()));
        };
    }

    private static String someTag(final Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "t".repeat(63);
            case 2 -> "diff-" + "u".repeat(58);
            default -> "diff-" + random.nextInt(1000);
        };
    }

    private static Prefix somePrefix(final Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Prefix.parse("198.18." + random.nextInt(3) + "." + random.nextInt(4) + "/24");
            case 1 -> Prefix.parse("198.18." + random.nextInt(3) + "." + random.nextInt(4) + "/" + (16 + random
                .nextInt(17)));
            case 2 -> Prefix.parse("2001:db8:" + random.nextInt(3) + "::" + random.nextInt(4) + "/64");
            case 3 -> Prefix.parse("fe80::" + (1 + random.nextInt(3)) + "/" + (random.nextBoolean() ? 128 : 64));
            case 4 -> Prefix.parse("0.0.0.0/0");
            default -> Prefix.parse("198.19.0." + random.nextInt(4) + "/32");
        };
    }

    private String step(final Random random, final RawVpp sim, final RawVpp vpp) throws IOException {
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                final var mac = random.nextInt(3) == 0 ? MacAddress.parse("02:fe:00:00:00:0" + random.nextInt(10))
                    : MacAddress.ZERO;
                final var request = new CreateLoopback(mac);
                final var fromSim = sim.request(request);
                final var fromVpp = vpp.request(request);
                assertEquals(fromVpp.retval(), fromSim.retval(), "create_loopback retval");
                if (fromVpp.retval() == 0) {
                    pair(fromVpp.swIfIndex(), fromSim.swIfIndex());
                }
                return "create_loopback " + mac + " = " + fromVpp.swIfIndex();
            }
            case 2 -> {
                final long index = someIndex(random);
                final int retval = same(sim, vpp, new DeleteLoopback(toSim(index)), new DeleteLoopback(index),
                    r -> new long[] {r.retval()});
                if (retval == 0) {
                    retire(index);
                }
                return "delete_loopback " + index;
            }
            case 3 -> {
                final long index = someIndex(random);
                final boolean add = random.nextInt(4) != 0;
                final String tag = someTag(random);
                same(sim, vpp, new SwInterfaceTagAddDel(add, toSim(index), tag), new SwInterfaceTagAddDel(add, index,
                    tag), r -> new long[] {r.retval()});
                return "tag " + add + " " + index + " '" + tag + "'";
            }
            case 4 -> {
                final long index = someIndex(random);
                final long flags = random.nextInt(4);
                same(sim, vpp, new SwInterfaceSetFlags(toSim(index), flags), new SwInterfaceSetFlags(index, flags),
                    r -> new long[] {r.retval()});
                return "set_flags " + index + " " + flags;
            }
            case 5, 6 -> {
                final long index = someIndex(random);
                final boolean add = random.nextInt(3) != 0;
                final boolean delAll = random.nextInt(10) == 0;
                final Prefix prefix = somePrefix(random);
                final var toSim = new SwInterfaceAddDelAddress(toSim(index), add, delAll, prefix);
                if (!add && !delAll && prefix.toString().startsWith("fe80:") && prefix.len() == 128
                        && twins.containsKey(index) && !linkLocal.contains(index)
                        && vpp.dump(new IpAddressDump(index, true)).isEmpty()) {
                    // Deleting a link-local address from an interface without an ip6 link kills VPP v26.06
                    // (SIGSEGV, found by this test): only the simulator is asked, and must refuse it.
                    assertEquals(Retval.SIM_WOULD_CRASH_VPP, sim.request(toSim).retval(), "would crash VPP");
                    return "(not sent to VPP) " + toSim;
                }
                final int retval = same(sim, vpp, toSim, new SwInterfaceAddDelAddress(index, add, delAll, prefix),
                    r -> new long[] {r.retval()});
                if (retval == 0 && add && prefix.toString().startsWith("fe80:")) {
                    linkLocal.add(index);
                }
                return "address " + add + (delAll ? " del_all " : " ") + index + " " + prefix;
            }
            case 7 -> {
                final long rx = someIndex(random);
                final long tx = someIndex(random);
                final boolean enable = random.nextInt(4) != 0;
                same(sim, vpp, new SwInterfaceSetL2Xconnect(toSim(rx), toSim(tx), enable),
                    new SwInterfaceSetL2Xconnect(rx, tx, enable), r -> new long[] {r.retval()});
                return "l2_xconnect " + rx + " -> " + tx + " " + enable;
            }
            default -> {
                final boolean add = random.nextInt(3) != 0;
                final long vni = 1 + random.nextInt(3);
                final var src = Address.parse("192.0.2." + (1 + random.nextInt(2)));
                final var dst = Address.parse("192.0.2." + (1 + random.nextInt(3)));
                // Explicit instances stay clear of the pool indexes that automatic instances take (see autoName).
                final long instance = random.nextInt(3) == 0 ? EXPLICIT_VXLAN + random.nextInt(4) : NONE;
                final var request = new VxlanAddDelTunnelV3(add, instance, src, dst, 0, 0, NONE, 0, NONE, vni,
                    random.nextInt(4) == 0);
                final var fromSim = sim.request(request);
                final var fromVpp = vpp.request(request);
                assertEquals(fromVpp.retval(), fromSim.retval(), "vxlan retval for " + request);
                if (fromVpp.retval() == 0) {
                    if (add) {
                        pair(fromVpp.swIfIndex(), fromSim.swIfIndex());
                    } else {
                        assertEquals(fromVpp.swIfIndex(), toVpp(fromSim.swIfIndex()), "deleted tunnel");
                        retire(fromVpp.swIfIndex());
                    }
                } else {
                    assertEquals(fromVpp.swIfIndex(), fromSim.swIfIndex(), "failure reply index for " + request);
                }
                return "vxlan " + request + " = " + fromVpp.swIfIndex();
            }
        }
    }

    /** Sends one request to each (the same but for its indexes) and asserts the same retval; returns it. */
    private static <R extends VppReply> int same(final RawVpp sim, final RawVpp vpp, final VppRequest<R> toSim,
            final VppRequest<R> toVpp, final Function<R, long[]> fields) throws IOException {
        final long[] fromSim = fields.apply(sim.request(toSim));
        final long[] fromVpp = fields.apply(vpp.request(toVpp));
        assertEquals(Arrays.toString(fromVpp), Arrays.toString(fromSim), toVpp.type().name()
            + ": simulator vs VPP for " + toVpp);
        return (int) fromVpp[0];
    }

    private void compareState(final RawVpp sim, final RawVpp vpp, final String where) throws IOException {
        assertEquals(interfaces(vpp, Function.identity()), interfaces(sim, this::toVpp),
            "sw_interface_dump after " + where);
        assertEquals(xconnects(vpp, Function.identity()), xconnects(sim, this::toVpp),
            "l2_xconnect_dump after " + where);
        for (var row : vpp.dump(new SwInterfaceDump(NONE, false, ""))) {
            for (boolean ip6 : new boolean[] {false, true}) {
                assertEquals(addresses(vpp, row.swIfIndex(), ip6), addresses(sim, toSim(row.swIfIndex()), ip6),
                    "ip_address_dump " + row.swIfIndex() + (ip6 ? " ip6" : " ip4") + " after " + where);
            }
        }
        assertEquals(vxlans(vpp, Function.identity()), vxlans(sim, this::toVpp), "vxlan_tunnel_v2_dump after "
            + where);
    }

    /** What must match, by VPP's indexes: everything but the random MAC that VXLAN tunnels get. */
    private static List<String> interfaces(final RawVpp target, final Function<Long, Long> index)
            throws IOException {
        return target.dump(new SwInterfaceDump(NONE, false, "")).stream()
            .map(row -> describe(row, index.apply(row.swIfIndex()), index.apply(row.supSwIfIndex()))).sorted()
            .toList();
    }

    private static List<String> xconnects(final RawVpp target, final Function<Long, Long> index)
            throws IOException {
        return target.dump(new L2XconnectDump()).stream()
            .map(row -> index.apply(row.rxSwIfIndex()) + "->" + index.apply(row.txSwIfIndex())).sorted().toList();
    }

    private static List<String> addresses(final RawVpp target, final long swIfIndex, final boolean ip6)
            throws IOException {
        return target.dump(new IpAddressDump(swIfIndex, ip6)).stream().map(row -> row.prefix().toString()).toList();
    }

    private static List<String> vxlans(final RawVpp target, final Function<Long, Long> index) throws IOException {
        return target.dump(new VxlanTunnelV2Dump(NONE)).stream()
            .map(row -> index.apply(row.swIfIndex()) + " " + (row.instance() < EXPLICIT_VXLAN ? "auto"
                : row.instance()) + " " + row.srcAddress() + " "
                + row.dstAddress() + " " + row.srcPort() + "/" + row.dstPort() + " mcast=" + row.mcastSwIfIndex()
                + " vrf=" + row.encapVrfId() + " decap=" + row.decapNextIndex() + " vni=" + row.vni())
            .sorted().toList();
    }

    /**
     * An automatic VXLAN instance is the tunnel's pool index, and VPP's pool reuses slots freed by whoever used it
     * before (its history, not this test's), so only explicit instances are compared by name.
     */
    private static String autoName(final String name) {
        if (name.startsWith("vxlan_tunnel")) {
            final long instance = Long.parseLong(name.substring("vxlan_tunnel".length()));
            return instance < EXPLICIT_VXLAN ? "vxlan_tunnel<auto>" : name;
        }
        return name;
    }

    private static String describe(final SwInterfaceDetails row, final long index, final long supIndex) {
        final boolean randomMac = "VXLAN".equals(row.interfaceDevType()) && !MacAddress.ZERO.equals(row.l2Address());
        return index + " " + autoName(row.interfaceName()) + " sup=" + supIndex + " " + row.interfaceDevType()
            + " flags=" + row.flags() + " mtu=" + row.linkMtu() + "/" + row.mtu() + " tag='" + row.tag() + "' mac="
            + (randomMac ? "random" : row.l2Address());
    }

    private void cleanUp(final RawVpp vpp) throws IOException {
        for (var row : vpp.dump(new VxlanTunnelV2Dump(NONE))) {
            vpp.request(new VxlanAddDelTunnelV3(false, NONE, row.srcAddress(), row.dstAddress(), row.srcPort(),
                row.dstPort(), row.mcastSwIfIndex(), row.encapVrfId(), row.decapNextIndex(), row.vni(), false));
        }
        for (var row : vpp.dump(new SwInterfaceDump(NONE, false, ""))) {
            if (row.swIfIndex() != 0) {
                vpp.request(new DeleteLoopback(row.swIfIndex()));
            }
        }
        vpp.request(new SwInterfaceAddDelAddress(0, false, true, Prefix.parse("0.0.0.0/0")));
        vpp.request(new SwInterfaceTagAddDel(false, 0, ""));
        vpp.request(new SwInterfaceSetFlags(0, 0));
        vpp.request(new SwInterfaceSetL2Xconnect(0, 0, false));
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distribution end to end, as an operator drives it (issue 9's scenario): the README's run command starts it
 * against vpp-sim running as a separate process, or against the real VPP that {@code VPP_API_SOCKET} names (through a
 * proxy that records the agent's calls, see {@link RealVpp}); connections of every mechanism are created over RESTCONF
 * and one over NETCONF; operational state and VPP's interfaces are checked; bad input and missing credentials are
 * refused with nothing reaching VPP; the OpenAPI explorer lists the model in a real (headless) browser; a second
 * OpenDaylight (the same distribution as a controller) mounts the agent over NETCONF and configures a connection
 * through the mount point; a restart adopts (the agent sends VPP no write), a wiped {@code data/} is restored from
 * VPP's tags alone, expired leases are pruned, and a stop with {@code cleanup-on-stop = delete} removes this
 * forwarder's interfaces and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KarafE2eTest {
    private static final Logger LOG = LoggerFactory.getLogger(KarafE2eTest.class);
    /** Against a real VPP, a name of this run's own: a failed run's leftovers are never the next run's. */
    private static final String FORWARDER = VppUnderTest.real()
        ? "fwd-e2e-" + Integer.toHexString(new SecureRandom().nextInt(1 << 16)) : "fwd-e2e";
    private static final String NSM = "nsm-vpp:nsm-vpp";
    private static final String FAR = "2099-01-01T00:00:00Z";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Whether VPP can make kernel taps: vpp-sim can, a real VPP only with /dev/vhost-net. Without it the tap side is
     * af_packet on a veth of the test's own ({@link #VETH}).
     */
    private static final boolean TAPS = !VppUnderTest.real() || Files.exists(Path.of("/dev/vhost-net"));
    private static final String VETH = "nsme2e" + Integer.toHexString(new SecureRandom().nextInt(1 << 16));
    /**
     * The af_packet side's host interface: {@code lo} for vpp-sim; for a real VPP a veth of the test's own, since a
     * real VPP takes the host interface down when an af_packet interface that was up is deleted (docs/design.md,
     * Hazards): on {@code lo}, that ends every local TCP connection, RESTCONF's included.
     */
    private static final String AFP_HOST = VppUnderTest.real() ? VETH + "a" : "lo";
    /** The connections this test creates, by id: memif + loopback, tap + vxlan, af_packet + wireguard, NETCONF's. */
    private static final String MEMIF = "6d3a1b9e-0c1f-4e2a-9b1d-5f0e7c2a1001";
    private static final String TAP = "6d3a1b9e-0c1f-4e2a-9b1d-5f0e7c2a1002";
    private static final String AFP = "6d3a1b9e-0c1f-4e2a-9b1d-5f0e7c2a1003";
    private static final String VIA_NETCONF = "6d3a1b9e-0c1f-4e2a-9b1d-5f0e7c2a1004";
    /** Created and deleted through the controller's mount point; not in {@link #ALL}: gone before the restarts. */
    private static final String VIA_MOUNT = "6d3a1b9e-0c1f-4e2a-9b1d-5f0e7c2a1005";
    private static final String AGENT1 = "network-topology:network-topology/topology=topology-netconf/node=agent1";
    private static final List<String> ALL = List.of(MEMIF, TAP, AFP, VIA_NETCONF);
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z-]+)\"");

    private Path work;
    private VppUnderTest vpp;
    private Karaf karaf;
    private Karaf controller;
    private FutureTask<Void> controllerStart;
    private final String wireguardPeer = key();
    private long foreignIndex;
    private long untaggedIndex;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        final Path repo = Path.of(System.getProperty("nsmvpp.e2e.repo", "..")).toRealPath();
        work = Path.of(System.getProperty("nsmvpp.e2e.work", "target/e2e")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        assumeTrue(Files.isExecutable(repo.resolve("karaf-distribution/target/assembly/bin/karaf")),
            "the distribution is not built (./mvnw verify builds it before this module)");
        vpp = VppUnderTest.start(work.resolve("vpp"));
        if (VppUnderTest.real()) {
            for (String veth : TAPS ? List.of(AFP_HOST) : List.of(AFP_HOST, VETH)) {
                assumeTrue(ip("link", "add", veth, "type", "veth", "peer", "name", veth + "p"),
                    "a real VPP: the af_packet sides need veth pairs, made as root with iproute2");
            }
        }
        // Interfaces that are not this forwarder's: another forwarder's tagged one, and an untagged one.
        foreignIndex = vpp.client().call(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        vpp.client().call(new SwInterfaceTagAddDel(true, foreignIndex, "nsm1cs:fwd-other/theirs"));
        untaggedIndex = vpp.client().call(new CreateLoopback(MacAddress.ZERO)).swIfIndex();
        karaf = new Karaf(repo, work.resolve("karaf"), vpp.socket(), work.resolve("run.log"));
        final long agentStart = System.nanoTime();
        karaf.start();
        timing("the agent's start", agentStart);
        // The controller boots while the tests before the mount test run (about 30 s of them): it costs less there.
        controller = Karaf.controller(repo, work.resolve("controller"), work.resolve("run-controller.log"));
        controllerStart = new FutureTask<>(() -> {
            final long began = System.nanoTime();
            controller.start();
            timing("the controller's start, beside the tests", began);
            return null;
        });
        final Thread starter = new Thread(controllerStart, "controller-start");
        starter.setDaemon(true);
        starter.start();
    }

    @AfterAll
    void stop() throws IOException, InterruptedException {
        try {
            stopController();
        } finally {
            stopAgent();
        }
    }

    private void stopController() throws IOException, InterruptedException {
        if (controllerStart == null) {
            return;
        }
        try {
            // Let run.sh finish (it stops a Karaf it started whenever it fails), then stop whatever it left running.
            controllerStart.get(20, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the controller did not start", e);
        } finally {
            controller.stop();
            if (Files.exists(controller.home().resolve("data/log/karaf.log"))) {
                Files.copy(controller.home().resolve("data/log/karaf.log"), work.resolve("controller-karaf.log"),
                    StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void stopAgent() throws IOException, InterruptedException {
        try {
            if (karaf != null && karaf.running()) {
                if (VppUnderTest.real()) {
                    // a run that failed half-way leaves a real VPP nothing of this forwarder's
                    karaf.put(NSM + "/cleanup-on-stop", "{\"nsm-vpp:cleanup-on-stop\":\"delete\"}");
                }
                karaf.stop();
            }
        } finally {
            if (VppUnderTest.real() && vpp != null) {
                for (long index : List.of(foreignIndex, untaggedIndex)) {
                    if (index > 0) {
                        vpp.client().call(new DeleteLoopback(index));
                    }
                }
            }
            if (karaf != null && Files.exists(karaf.home().resolve("data/log/karaf.log"))) {
                Files.copy(karaf.home().resolve("data/log/karaf.log"), work.resolve("karaf.log"),
                    StandardCopyOption.REPLACE_EXISTING);
            }
            if (VppUnderTest.real()) {
                ip("link", "del", AFP_HOST);
                ip("link", "del", VETH);
            }
            if (vpp != null) {
                vpp.close();
            }
        }
    }

    @Test
    @Order(1)
    void theAgentReachesVpp() throws Exception {
        final var state = karaf.get(NSM + "/state/vpp-connection?content=nonconfig");
        assertEquals(200, state.status(), state.toString());
        assertTrue(state.body().contains("\"status\":\"connected\""), state.body());
        assertTrue(state.body().contains("\"api-socket\":\"" + vpp.socket() + "\""), state.body());
        assertTrue(state.body().contains("\"simulated\":false"), "a VPP socket was given: " + state.body());
    }

    @Test
    @Order(2)
    void withoutAForwarderNameNothingIsProgrammed() throws Exception {
        final long mark = vpp.mark();
        final var answer = karaf.put(NSM + "/connection=nameless", connection("nameless", FAR,
            "{\"loopback\":{}}", "{\"loopback\":{}}", null));
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.body().contains("forwarder-name"), answer.body());
        assertEquals(List.of(), vpp.writesSince(mark));
        assertEquals(409, karaf.get(NSM + "/connection=nameless?content=config").status());
    }

    @Test
    @Order(3)
    void credentialsAreRequired() throws Exception {
        assertEquals(401, karaf.send("GET", NSM + "?content=nonconfig", null, false).status(), "no credentials");
        assertEquals(401, karaf.send("GET", NSM + "?content=nonconfig", null, "admin:wrong").status(),
            "wrong password");
        assertEquals(401, karaf.send("GET", NSM + "?content=nonconfig", null, "nobody:admin").status(),
            "unknown user");
        assertEquals(401, karaf.send("PUT", NSM + "/forwarder-name", "{\"nsm-vpp:forwarder-name\":\"intruder\"}",
            false).status(), "a write without credentials");
        assertEquals(401, karaf.send("PUT", NSM + "/forwarder-name", "{\"nsm-vpp:forwarder-name\":\"intruder\"}",
            "admin:wrong").status(), "a write with a wrong password");
        assertEquals(409, karaf.get(NSM + "/forwarder-name?content=config").status(), "nothing was written");
    }

    @Test
    @Order(4)
    void settingsChangeAtRuntime() throws Exception {
        assertSuccess(karaf.put(NSM + "/forwarder-name", "{\"nsm-vpp:forwarder-name\":\"" + FORWARDER + "\"}"));
        assertSuccess(karaf.put(NSM + "/max-token-lifetime", "{\"nsm-vpp:max-token-lifetime\":900}"));
        final var config = karaf.get(NSM + "?content=config");
        assertTrue(config.body().contains("\"forwarder-name\":\"" + FORWARDER + "\""), config.body());
        assertTrue(config.body().contains("\"max-token-lifetime\":900"), config.body());
        // The agent writes the marker that makes the datastore authoritative once it has reconciled.
        awaitTrue("authoritative-since is written", () -> karaf.get(NSM + "/authoritative-since?content=config")
            .status() == 200);
    }

    @Test
    @Order(5)
    void everyMechanismIsProgrammedIntoVpp() throws Exception {
        assertEquals(201, karaf.put(NSM + "/connection=" + MEMIF, connection(MEMIF, FAR,
            "{\"memif\":{\"socket-file\":\"" + work.resolve("memif-e2e.sock") + "\",\"role\":\"master\"}}",
            "{\"loopback\":{}}", null)).status());
        assertEquals(201, karaf.put(NSM + "/connection=" + TAP, connection(TAP, FAR,
            (TAPS ? "{\"kernel-tap\":{\"host-interface-name\":\"nsm-e2e-tap\"}"
                : "{\"af-packet\":{\"host-interface-name\":\"" + VETH + "\"}") + ",\"ip-address\":[\"10.60.0.1/24\"]}",
            "{\"vxlan\":{\"source-address\":\"192.0.2.1\",\"destination-address\":\"192.0.2.2\",\"vni\":4242},"
                + "\"ip-address\":[\"10.61.0.1/24\"]}", "{\"kind\":\"l3xc\",\"ip4\":true}")).status());
        assertEquals(201, karaf.put(NSM + "/connection=" + AFP, connection(AFP, FAR,
            "{\"af-packet\":{\"host-interface-name\":\"" + AFP_HOST + "\"},\"ip-address\":[\"2001:db8:60::1/64\"]}",
            "{\"wireguard\":{\"private-key\":\"" + key() + "\",\"source-address\":\"192.0.2.1\",\"peer-public-key\":\""
                + wireguardPeer + "\",\"endpoint\":\"198.51.100.7\",\"allowed-ips\":[\"10.62.0.0/24\"]},"
                + "\"ip-address\":[\"2001:db8:61::1/64\"]}", "{\"kind\":\"l3xc\",\"ip4\":false,\"ip6\":true}"))
            .status());
        for (String id : List.of(MEMIF, TAP, AFP)) {
            awaitStatus(id, "programmed");
        }
        final Map<String, String> types = ourInterfaces().values().stream().collect(Collectors.toMap(
            SwInterfaceDetails::tag, SwInterfaceDetails::interfaceDevType));
        assertEquals(6, types.size(), "one interface per side: " + types);
        assertEquals(Set.copyOf(List.of("memif", "Loopback", TAPS ? "tap" : "af-packet", "VXLAN", "af-packet",
            "Wireguard Tunnel")),
            Set.copyOf(types.values()), "device types in VPP: " + types);
        final var tagged = karaf.get(NSM + "/state?content=nonconfig");
        for (String tag : types.keySet()) {
            assertTrue(tagged.body().contains("\"tag\":\"" + tag + "\""), "operational state lists " + tag);
        }
        assertTrue(tagged.body().contains("\"ownership\":\"foreign\""), "the foreign interface is shown foreign");
    }

    @Test
    @Order(6)
    void netconfCreatesAConnection() throws Exception {
        final String xml = "<edit-config><target><candidate/></target><config>"
            + "<nsm-vpp xmlns=\"urn:io:nsmvpp:yang:nsm-vpp\"><connection><id>" + VIA_NETCONF + "</id>"
            + "<expires-at>" + FAR + "</expires-at><client><loopback/></client>"
            + "<server><memif><socket-file>" + work.resolve("memif-netconf.sock") + "</socket-file><role>slave</role>"
            + "</memif></server></connection></nsm-vpp></config></edit-config>";
        try (var netconf = Netconf.open(work, Karaf.USER, Karaf.PASSWORD)) {
            assertTrue(netconf.serverHello().contains("candidate"), netconf.serverHello());
            final String edited = netconf.rpc(xml);
            assertTrue(edited.contains("<ok/>"), edited);
            final String committed = netconf.rpc("<commit/>");
            assertTrue(committed.contains("<ok/>"), committed);
            final String read = netconf.rpc("<get-config><source><running/></source><filter type=\"subtree\">"
                + "<nsm-vpp xmlns=\"urn:io:nsmvpp:yang:nsm-vpp\"><connection><id>" + VIA_NETCONF + "</id>"
                + "</connection></nsm-vpp></filter></get-config>");
            assertTrue(read.contains("memif-netconf.sock"), read);
        }
        awaitStatus(VIA_NETCONF, "programmed");
        assertEquals(8, ourInterfaces().size());
    }

    @Test
    @Order(7)
    void netconfChangesSettingsAtRuntimeWithEffect() throws Exception {
        final String state = NSM + "/state/vpp-connection?content=nonconfig";
        final String nowhere = work.resolve("nowhere.sock").toString();
        try (var netconf = Netconf.open(work, Karaf.USER, Karaf.PASSWORD)) {
            // VPP's socket moved over NETCONF: the agent follows it at once, and finds no VPP there
            netconfSet(netconf, "<vpp><api-socket>" + nowhere + "</api-socket></vpp>");
            final String[] last = { "" };
            awaitTrue("the agent uses the api-socket set over NETCONF", () -> {
                last[0] = karaf.get(state).body();
                return last[0].contains("\"api-socket\":\"" + nowhere + "\"") && last[0].contains("\"unreachable\"");
            }, () -> last[0]);
            netconfSet(netconf, "<vpp><api-socket>" + vpp.socket() + "</api-socket></vpp>");
            awaitTrue("the agent is back on VPP's socket", () -> {
                last[0] = karaf.get(state).body();
                return last[0].contains("\"api-socket\":\"" + vpp.socket() + "\"")
                    && last[0].contains("\"status\":\"connected\"");
            }, () -> last[0]);
            netconfSet(netconf, "<max-token-lifetime>950</max-token-lifetime>");
            assertTrue(karaf.get(NSM + "/max-token-lifetime?content=config").body().contains("950"));
            netconfSet(netconf, "<max-token-lifetime>900</max-token-lifetime>");
        }
        // the reconnect's pass adopted everything: nothing was lost, nothing created again
        awaitStatus(VIA_NETCONF, "adopted");
        assertEquals(8, ourInterfaces().size());
    }

    private static void netconfSet(final Netconf netconf, final String leaves) throws IOException {
        final String edited = netconf.rpc("<edit-config><target><candidate/></target><config>"
            + "<nsm-vpp xmlns=\"urn:io:nsmvpp:yang:nsm-vpp\">" + leaves + "</nsm-vpp></config></edit-config>");
        assertTrue(edited.contains("<ok/>"), edited);
        final String committed = netconf.rpc("<commit/>");
        assertTrue(committed.contains("<ok/>"), committed);
    }

    static Stream<Arguments> badInputs() {
        final String lo = "{\"loopback\":{}}";
        final List<Arguments> cases = new ArrayList<>(List.of(
            bad("a tag that would not fit: a 54-character id", "x".repeat(54), FAR, lo, lo, null, "id"),
            bad("expires-at in the past", null, "2020-01-01T00:00:00Z", lo, lo, null, "expires-at"),
            // the model restates date-and-time's pattern with an error-message (ietf-yang-types' has none)
            bad("expires-at not a date", null, "tomorrow", lo, lo, null, "expires-at: a date-and-time as in RFC 3339"),
            bad("expires-at a date that does not exist", null, "2030-02-30T00:00:00Z", lo, lo, null, "expires-at"),
            bad("vxlan source equals destination", null, FAR, vxlan("192.0.2.1", "192.0.2.1", ""), lo, null,
                "destination-address"),
            bad("vxlan ip6 source equals destination", null, FAR, vxlan("2001:db8::1", "2001:db8::1", ""), lo, null,
                "destination-address"),
            bad("vxlan mixed families", null, FAR, vxlan("192.0.2.1", "2001:db8::2", ""), lo, null,
                "destination-address"),
            bad("a VNI already live in VPP", null, FAR, vxlan("192.0.2.1", "192.0.2.9", ",\"vni\":4242"), lo, null,
                "vni"),
            bad("a VNI out of range", null, FAR, vxlan("192.0.2.1", "192.0.2.9", ",\"vni\":16777216"), lo, null,
                "vni"),
            bad("a malformed vxlan address", null, FAR, vxlan("192.0.2.1", "999.999.999.999", ""), lo, null,
                "destination-address"),
            // the model's pattern refuses what is not shaped like a prefix, the agent an octet over 255
            bad("a malformed interface address", null, FAR, "{\"loopback\":{},\"ip-address\":[\"10.1.2.300/24\"]}",
                lo, null, "ip-address && 10.1.2.300/24"),
            bad("an interface address without a prefix length", null, FAR,
                "{\"loopback\":{},\"ip-address\":[\"10.1.2.3\"]}", lo, null,
                "ip-address and allowed-ips: an IPv4 or IPv6 address with a prefix length"),
            bad("an interface address with prefix length 0", null, FAR,
                "{\"loopback\":{},\"ip-address\":[\"10.1.2.3/0\"]}", lo, null, "ip-address"),
            bad("an ip6 link-local interface address", null, FAR,
                lo, "{\"loopback\":{},\"ip-address\":[\"fe80::1/64\"]}", null, "ip-address"),
            bad("an unknown mechanism", null, FAR, "{\"srv6\":{}}", lo, null, "srv6"),
            bad("two mechanisms on one side", null, FAR, "{\"loopback\":{},\"af-packet\":{\"host-interface-name\":"
                + "\"lo\"}}", lo, null, "af-packet"),
            bad("memif ring-size not a power of two", null, FAR, memif(",\"ring-size\":1000"), lo, null,
                "ring-size"),
            bad("memif ring-size below the range", null, FAR, memif(",\"ring-size\":4"), lo, null, "ring-size"),
            bad("memif mode punt/inject, which crashes VPP", null, FAR, memif(",\"mode\":\"punt-inject\""), lo, null,
                "memif mode: ethernet or ip"),
            bad("memif role neither master nor slave", null, FAR, memif(",\"role\":\"boss\""), lo, null,
                "memif role: master or slave"),
            bad("memif socket-file not absolute", null, FAR, "{\"memif\":{\"socket-file\":\"relative.sock\"}}", lo,
                null, "socket-file"),
            bad("loopback with a multicast mac", null, FAR, "{\"loopback\":{\"mac-address\":\"01:00:5e:00:00:01\"}}",
                lo, null, "mac-address"),
            bad("loopback with an all-zero mac", null, FAR, lo,
                "{\"loopback\":{\"mac-address\":\"00:00:00:00:00:00\"}}", null, "mac-address"),
            bad("tap with a multicast mac", null, FAR, "{\"kernel-tap\":{\"host-interface-name\":\"nsm-bad0\","
                + "\"mac-address\":\"33:33:00:00:00:01\"}}", lo, null, "mac-address"),
            bad("tap host name over 15 characters", null, FAR, "{\"kernel-tap\":{\"host-interface-name\":"
                + "\"abcdefghijklmnop\"}}", lo, null, "host-interface-name"),
            bad("af_packet on a host interface that does not exist", null, FAR, "{\"af-packet\":"
                + "{\"host-interface-name\":\"nsm-nx-e2e\"}}", lo, null, "host-interface-name"),
            bad("wireguard private-key not a key", null, FAR, wireguard("\"private-key\":\"not-a-key\"", key(),
                "198.51.100.1", "\"10.9.0.0/24\""), lo, null, "private-key"),
            bad("wireguard private-key-ref to a missing file", null, FAR, wireguard(
                "\"private-key-ref\":\"/nonexistent/wg.key\"", key(), "198.51.100.1", "\"10.9.0.0/24\""), lo, null,
                "private-key-ref"),
            bad("wireguard endpoint of the other family", null, FAR, wireguard("\"private-key\":\"" + key() + "\"",
                key(), "2001:db8::9", "\"10.9.0.0/24\""), lo, null, "endpoint"),
            bad("wireguard allowed-ips with ip4 prefix length 40", null, FAR, wireguard("\"private-key\":\""
                + key() + "\"", key(), "198.51.100.1", "\"10.9.0.0/40\""), lo, null, "allowed-ips"),
            bad("wireguard without allowed-ips", null, FAR, "{\"wireguard\":{\"private-key\":\"" + key()
                + "\",\"source-address\":\"192.0.2.1\",\"peer-public-key\":\"" + key()
                + "\",\"endpoint\":\"198.51.100.1\"}}", lo, null, "allowed-ips"),
            bad("l2xc with ip6 on", null, FAR, lo, lo, "{\"kind\":\"l2xc\",\"ip6\":true}", "ip6"),
            bad("l3xc with no address family", null, FAR, lo, lo, "{\"kind\":\"l3xc\",\"ip4\":false,\"ip6\":false}",
                "ip4"),
            bad("an unknown cross-connect kind", null, FAR, lo, lo, "{\"kind\":\"l4xc\"}",
                "cross-connect kind: l2xc or l3xc"),
            bad("a side without a mechanism", null, FAR, "{\"ip-address\":[\"10.1.2.3/24\"]}", lo, null,
                "mechanism")));
        return cases.stream();
    }

    private static Arguments bad(final String name, final String id, final String expiresAt, final String client,
            final String server, final String crossConnect, final String field) {
        return Arguments.of(name, id == null ? "bad-" + Integer.toHexString(RANDOM.nextInt()) : id, expiresAt,
            client, server, crossConnect, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @Order(8)
    void badInputGets400NamingTheFieldAndChangesNothing(final String name, final String id, final String expiresAt,
            final String client, final String server, final String crossConnect, final String field)
            throws Exception {
        final var before = ourInterfaces();
        final long mark = vpp.mark();
        final var answer = karaf.put(NSM + "/connection=" + id, connection(id, expiresAt, client, server,
            crossConnect));
        assertEquals(400, answer.status(), name + ": " + answer);
        assertTrue(answer.body().contains("\"error-tag\""), "a RESTCONF error body: " + answer.body());
        for (String fragment : field.split(" && ")) {
            assertTrue(answer.body().contains(fragment), name + ": the error says " + fragment + ": " + answer.body());
        }
        assertEquals(List.of(), vpp.writesSince(mark), name + ": no write reached VPP");
        assertEquals(before.keySet(), ourInterfaces().keySet(), name + ": VPP's interfaces are unchanged");
        assertEquals(409, karaf.get(NSM + "/connection=" + id + "?content=config").status(),
            name + ": nothing of it is in the datastore");
    }

    /** Once refused ("ip4 and ip6 apply only when kind is l3xc") while kind was an enumeration; the default. */
    @Test
    @Order(9)
    void anExplicitL2xcKindIsTheDefaultCrossConnect() throws Exception {
        final String id = "explicit-l2xc";
        final var before = ourInterfaces();
        assertSuccess(karaf.put(NSM + "/connection=" + id, connection(id, FAR, "{\"loopback\":{}}",
            "{\"loopback\":{}}", "{\"kind\":\"l2xc\"}")));
        assertEquals(before.size() + 2, ourInterfaces().size(), "both sides in VPP");
        final String state = NSM + "/connection=" + id + "/state?content=nonconfig";
        final String[] last = {""};
        awaitTrue("the explicit l2xc connection shows as programmed", () -> {
            last[0] = karaf.get(state).toString();
            return last[0].contains("\"programmed\"");
        }, () -> last[0], Duration.ofSeconds(30));
        assertSuccess(karaf.delete(NSM + "/connection=" + id));
        assertEquals(before.keySet(), ourInterfaces().keySet(), "and gone with its entry");
    }

    @Test
    @Order(9)
    void settingsAreValidatedToo() throws Exception {
        final long mark = vpp.mark();
        var answer = karaf.put(NSM + "/forwarder-name", "{\"nsm-vpp:forwarder-name\":\"renamed-under-live\"}");
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.body().contains("forwarder-name"), answer.body());
        answer = karaf.put(NSM + "/max-token-lifetime", "{\"nsm-vpp:max-token-lifetime\":5}");
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.body().contains("max-token-lifetime"), answer.body());
        answer = karaf.put(NSM + "/cleanup-on-stop", "{\"nsm-vpp:cleanup-on-stop\":\"wipe\"}");
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.body().contains("cleanup-on-stop: keep or delete"), answer.body());
        assertTrue(karaf.get(NSM + "/forwarder-name?content=config").body().contains(FORWARDER));
        assertEquals(List.of(), vpp.writesSince(mark));
    }

    @Test
    @Order(10)
    void theOpenApiExplorerListsTheModelInARealBrowser() throws Exception {
        final var chromium = Browser.find();
        if (chromium.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("no chromium: .ci/run installs Debian's chromium package for this test");
            }
            assumeTrue(false, "no chromium on this machine (apt-get install chromium): the browser check is skipped");
        }
        try (var browser = Browser.open(chromium.orElseThrow(), Karaf.basic(Karaf.USER + ":" + Karaf.PASSWORD))) {
            final String page = browser.url("/openapi/explorer/index.html");
            final Path dir = Files.createDirectories(work.resolve("browser"));
            final String dom = browser.dumpDom(page, Duration.ofSeconds(30), dir);
            assertTrue(dom.contains("swagger-ui"), "the explorer page rendered: " + abbreviate(dom));
            // One section per module, "Controller <module>", holding its paths.
            assertTrue(dom.contains("id=\"operations-tag-Controller_nsm-vpp\""), "the nsm-vpp model is listed: "
                + abbreviate(dom));
            final String document = karaf.getRaw("/openapi/api/v3/single").body();
            assertTrue(document.contains("nsm-vpp:nsm-vpp/connection"),
                "the page's OpenAPI document has the connection paths");
            browser.screenshot(page, Duration.ofSeconds(30), work.resolve("openapi-explorer.png"), dir);
            assertTrue(Files.size(work.resolve("openapi-explorer.png")) > 10_000, "a screenshot was taken");
        }
    }

    /**
     * A second OpenDaylight, the same distribution as a controller ({@code run.sh --controller}), mounts the agent over
     * NETCONF and configures a connection through the mount point, as a controller managing forwarders would.
     */
    @Test
    @Order(11)
    void aControllerMountsTheAgentAndConfiguresAConnectionThroughTheMount() throws Exception {
        final long waited = System.nanoTime();
        try {
            controllerStart.get(20, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            fail("the controller did not start: " + e.getCause() + "\n" + controller.logTail(40), e);
        }
        timing("the mount test waiting for the controller's start", waited);
        final long began = System.nanoTime();
        assertEquals(201, controller.put(AGENT1, "{\"network-topology:node\":[{\"node-id\":\"agent1\","
            + "\"netconf-node-topology:netconf-node\":{\"host\":\"127.0.0.1\",\"port\":2830,\"tcp-only\":false,"
            + "\"login-password-unencrypted\":{\"username\":\"" + Karaf.USER + "\",\"password\":\"" + Karaf.PASSWORD
            + "\"}}}]}").status());
        final String[] status = {""};
        awaitTrue("the controller connects to the agent", () -> {
            status[0] = controller.get(AGENT1 + "/netconf-node-topology:netconf-node/connection-status"
                + "?content=nonconfig").toString();
            return status[0].contains("\"connected\"");
        }, () -> status[0] + "\ncontroller's karaf.log:\n" + controller.logTail(40), Duration.ofSeconds(180));
        timing("the PUT that mounts the agent to connection-status connected", began);
        final String capabilities = controller.get(AGENT1 + "?content=nonconfig").body();
        assertTrue(capabilities.contains("(urn:io:nsmvpp:yang:nsm-vpp?revision="), "the agent's model is among "
            + "the mounted node's capabilities: " + abbreviate(capabilities));
        final String mounted = AGENT1 + "/yang-ext:mount/" + NSM;

        // The agent's settings, read through the mount point.
        final var settings = controller.get(mounted + "?content=config");
        assertEquals(200, settings.status(), settings.toString());
        assertTrue(settings.body().contains("\"forwarder-name\":\"" + FORWARDER + "\""), settings.body());

        // A connection created through the mount point: it reaches the agent's datastore and VPP.
        final var before = ourInterfaces();
        final long mark = vpp.mark();
        final String socket = work.resolve("memif-mount.sock").toString();
        assertEquals(201, controller.put(mounted + "/connection=" + VIA_MOUNT, connection(VIA_MOUNT, FAR,
            "{\"memif\":{\"socket-file\":\"" + socket + "\",\"role\":\"master\"}}", "{\"loopback\":{}}", null))
            .status());
        final var config = karaf.get(NSM + "/connection=" + VIA_MOUNT + "?content=config");
        assertEquals(200, config.status(), "in the agent's own config datastore: " + config);
        assertTrue(config.body().contains(socket), config.body());
        awaitStatus(VIA_MOUNT, "programmed");
        final Map<Long, SwInterfaceDetails> added = new TreeMap<>(ourInterfaces());
        added.keySet().removeAll(before.keySet());
        assertEquals(Set.of("memif", "Loopback"), added.values().stream().map(SwInterfaceDetails::interfaceDevType)
            .collect(Collectors.toSet()), "the new interfaces in VPP: " + added);
        final List<String> writes = vpp.writesSince(mark).stream().map(VppUnderTest.Op::message).toList();
        assertTrue(writes.stream().anyMatch(m -> m.startsWith("memif_create"))
            && writes.stream().anyMatch(m -> m.startsWith("create_loopback")), "the agent's calls: " + writes);

        // Read back through the mount point: the configuration, and the agent's operational state of it.
        final var readBack = controller.get(mounted + "/connection=" + VIA_MOUNT + "?content=config");
        assertEquals(200, readBack.status(), readBack.toString());
        assertTrue(readBack.body().contains(socket), readBack.body());
        final var state = controller.get(mounted + "/connection=" + VIA_MOUNT + "/state?content=nonconfig");
        assertTrue(state.body().contains("\"status\":\"programmed\""), state.toString());
        for (SwInterfaceDetails details : added.values()) {
            assertTrue(state.body().contains("\"tag\":\"" + details.tag() + "\""), "state shows " + details.tag());
        }

        // Bad input through the mount point. The controller checks the model's own rules (it read the model from
        // the agent): a 400 with the model's message, nothing sent. The agent's veto of a commit comes back as 500
        // operation-failed, the agent's message inside: netconf 10.0.2 reports a failed remote commit so.
        final long beforeBad = vpp.mark();
        final var outOfRange = controller.put(mounted + "/connection=bad-range", connection("bad-range", FAR,
            memif(",\"ring-size\":4"), "{\"loopback\":{}}", null));
        assertEquals(400, outOfRange.status(), outOfRange.toString());
        assertTrue(outOfRange.body().contains("ring-size: 0 (VPP's default) or 8 to 65536"), outOfRange.body());
        final var vetoed = controller.put(mounted + "/connection=bad-veto", connection("bad-veto", FAR,
            vxlan("192.0.2.1", "192.0.2.1", ""), "{\"loopback\":{}}", null));
        assertEquals(500, vetoed.status(), vetoed.toString());
        assertTrue(Pattern.compile("\"error-tag\"\\s*:\\s*\"operation-failed\"").matcher(vetoed.body()).find(),
            vetoed.body());
        assertTrue(vetoed.body().contains("destination-address must differ from source-address"), vetoed.body());
        assertEquals(List.of(), vpp.writesSince(beforeBad), "no write reached VPP");
        for (String id : List.of("bad-range", "bad-veto")) {
            assertEquals(409, karaf.get(NSM + "/connection=" + id + "?content=config").status(), id);
        }

        // Deleted through the mount point: its interfaces leave VPP, the rest stays.
        assertEquals(204, controller.delete(mounted + "/connection=" + VIA_MOUNT).status());
        awaitTrue("the mounted connection's interfaces are deleted", () -> ourInterfaces().keySet()
            .equals(before.keySet()));
        assertEquals(409, karaf.get(NSM + "/connection=" + VIA_MOUNT + "?content=config").status());
        assertEquals(before, ourInterfaces());

        // Unmount, and stop the controller now: the restarts below need neither its CPU nor its session.
        assertEquals(204, controller.delete(AGENT1).status());
        controller.stop();
        timing("the mount test once the controller was up (stop included)", began);
    }

    @Test
    @Order(12)
    void aRestartAdoptsEverythingWithoutAWrite() throws Exception {
        final var before = ourInterfaces();
        final long mark = vpp.mark();
        karaf.stop();
        assertEquals(before.keySet(), ourInterfaces().keySet(), "a stop keeps VPP's interfaces (cleanup-on-stop keep)");
        karaf.start();
        for (String id : ALL) {
            awaitStatus(id, "adopted");
        }
        assertEquals(List.of(), vpp.writesSince(mark), "an adopting restart sends VPP no write");
        assertEquals(before, ourInterfaces(), "the same interfaces, same indexes and tags");
    }

    @Test
    @Order(13)
    void aWipedDataAndStateAreRestoredFromVppTagsAlone() throws Exception {
        final var before = ourInterfaces();
        karaf.stop();
        // The datastore of this train lives in state/ (the shards' journals), Karaf's cache, logs and AAA's
        // users in data/: wipe both, as after a reinstall.
        deleteTree(karaf.home().resolve("data"));
        deleteTree(karaf.home().resolve("state"));
        final long mark = vpp.mark();
        karaf.start();
        assertEquals(409, karaf.get(NSM + "/connection=" + MEMIF + "?content=config").status(),
            "the datastore was wiped");
        // The operator (or NSM) names the forwarder again; its interfaces are then restored from their tags.
        assertSuccess(karaf.put(NSM + "/forwarder-name", "{\"nsm-vpp:forwarder-name\":\"" + FORWARDER + "\"}"));
        for (String id : ALL) {
            awaitStatus(id, "restored");
        }
        final String config = karaf.get(NSM + "?content=config").body();
        assertTrue(config.contains("\"vni\":4242"), "the VNI is restored: " + config);
        assertTrue(config.contains(wireguardPeer), "the WireGuard peer is restored: " + config);
        assertTrue(config.contains("memif-netconf.sock"), "the memif socket is restored: " + config);
        assertEquals(List.of(), vpp.writesSince(mark), "a restore sends VPP no write");
        assertEquals(before, ourInterfaces());
    }

    @Test
    @Order(14)
    void expiredLeasesArePruned() throws Exception {
        final Set<Long> live = new TreeSet<>();
        live.addAll(sideIndexes(AFP));
        live.addAll(sideIndexes(VIA_NETCONF));
        assertEquals(4, live.size(), "two sides each");
        final String soon = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String id : List.of(MEMIF, TAP)) {
            assertSuccess(karaf.put(NSM + "/connection=" + id + "/expires-at", "{\"nsm-vpp:expires-at\":\"" + soon
                + "\"}"));
        }
        awaitTrue("both connections are pruned from the datastore", () ->
            karaf.get(NSM + "/connection=" + MEMIF + "?content=config").status() == 409
                && karaf.get(NSM + "/connection=" + TAP + "?content=config").status() == 409);
        assertEquals(live, ourInterfaces().keySet(), "only the two live connections' interfaces are left");
        assertForeignUntouched();
        awaitStatus(AFP, "restored");
    }

    /** The VPP indexes of a connection's sides, as its operational state shows them. */
    private Set<Long> sideIndexes(final String id) throws Exception {
        final var state = karaf.get(NSM + "/connection=" + id + "/state?content=nonconfig");
        final Set<Long> indexes = new TreeSet<>();
        final Matcher matcher = Pattern.compile("\"sw-if-index\":(\\d+)").matcher(state.body());
        while (matcher.find()) {
            indexes.add(Long.parseLong(matcher.group(1)));
        }
        return indexes;
    }

    @Test
    @Order(15)
    void aStopWithCleanupDeletesOnlyThisForwardersInterfaces() throws Exception {
        assertSuccess(karaf.put(NSM + "/cleanup-on-stop", "{\"nsm-vpp:cleanup-on-stop\":\"delete\"}"));
        karaf.stop();
        assertEquals(Map.of(), ourInterfaces(), "none of this forwarder's interfaces is left");
        assertForeignUntouched();
    }

    private void assertForeignUntouched() {
        final var all = vpp.interfaces();
        assertTrue(all.stream().anyMatch(i -> i.swIfIndex() == foreignIndex
            && i.tag().equals("nsm1cs:fwd-other/theirs")), "the other forwarder's interface is untouched");
        assertTrue(all.stream().anyMatch(i -> i.swIfIndex() == untaggedIndex && i.tag().isEmpty()),
            "the untagged interface is untouched");
    }

    /** Runs iproute2's {@code ip}; whether it exited 0. */
    private static boolean ip(final String... args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start().waitFor() == 0;
    }

    /** This forwarder's interfaces in VPP, by index. */
    private Map<Long, SwInterfaceDetails> ourInterfaces() {
        final Map<Long, SwInterfaceDetails> ours = new TreeMap<>();
        for (SwInterfaceDetails details : vpp.interfaces()) {
            if (details.tag().matches("nsm1[cs][us]:" + FORWARDER + "/.*")) {
                ours.put(details.swIfIndex(), details);
            }
        }
        return ours;
    }

    private void awaitStatus(final String id, final String status) throws Exception {
        final String[] last = {""};
        awaitTrue("connection " + id + " reaches status " + status, () -> {
            final var answer = karaf.get(NSM + "/connection=" + id + "/state?content=nonconfig");
            last[0] = answer.toString();
            final Matcher matcher = STATUS.matcher(answer.body());
            return answer.status() == 200 && matcher.find() && matcher.group(1).equals(status);
        }, () -> last[0]);
    }

    private void awaitTrue(final String what, final Callable<Boolean> condition) throws Exception {
        awaitTrue(what, condition, () -> "");
    }

    private void awaitTrue(final String what, final Callable<Boolean> condition,
            final Supplier<String> detail) throws Exception {
        awaitTrue(what, condition, detail, Duration.ofSeconds(60));
    }

    private void awaitTrue(final String what, final Callable<Boolean> condition, final Supplier<String> detail,
            final Duration timeout) throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                fail(what + " within " + timeout.toSeconds() + " s: " + detail.get() + "\nkaraf.log:\n"
                    + karaf.logTail(40));
            }
            Thread.sleep(250);
        }
    }

    /** Appends how long something took to timings.txt in the work directory (docs/karaf.md quotes them). */
    private void timing(final String what, final long began) throws IOException {
        final String line = String.format(Locale.ROOT, "%s: %.1f s%n", what, (System.nanoTime() - began) / 1e9);
        LOG.info("{}", line.strip());
        Files.writeString(work.resolve("timings.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void assertSuccess(final Karaf.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201 || answer.status() == 204, answer.toString());
    }

    static String connection(final String id, final String expiresAt, final String client, final String server,
            final String crossConnect) {
        return "{\"nsm-vpp:connection\":[{\"id\":\"" + id + "\",\"expires-at\":\"" + expiresAt + "\",\"client\":"
            + client + ",\"server\":" + server + (crossConnect == null ? "" : ",\"cross-connect\":" + crossConnect)
            + "}]}";
    }

    private static String vxlan(final String source, final String destination, final String more) {
        return "{\"vxlan\":{\"source-address\":\"" + source + "\",\"destination-address\":\"" + destination + "\""
            + more + "}}";
    }

    private static String memif(final String more) {
        return "{\"memif\":{\"socket-file\":\"/tmp/nsm-e2e-bad.sock\"" + more + "}}";
    }

    private static String wireguard(final String privateKey, final String peer, final String endpoint,
            final String allowed) {
        return "{\"wireguard\":{" + privateKey + ",\"source-address\":\"192.0.2.1\",\"peer-public-key\":\"" + peer
            + "\",\"endpoint\":\"" + endpoint + "\",\"allowed-ips\":[" + allowed + "]}}";
    }

    static String key() {
        final byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String abbreviate(final String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    private static void deleteTree(final Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        LOG.debug("removed {}", root);
    }

}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.agent;

import io.nsmvpp.cds.CdsFixture;
import io.nsmvpp.impl.engine.ConnectionNodes;
import io.nsmvpp.impl.engine.EngineFixtures;
import io.nsmvpp.impl.vpp.VppConnector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.LeaseTime;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVppBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.mechanism.config.Mechanism;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.Connection;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.nsm.vpp.VppBuilder;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The agent and a forwarder in one process, for {@link ProcessCrashTest}: the in-process distributed datastore,
 * persisted in a directory (as Karaf's {@code state/}), the agent on it with the system clock, and a forwarder that
 * writes what it is told on standard input. {@link ProcessCrashTest} kills it with SIGKILL and starts it again on
 * the same directory.
 *
 * <p>Arguments: the state directory, VPP's API socket, the forwarder name, the directory for memif socket files,
 * and max-token-lifetime in seconds. Standard output: {@code READY <report>} once the agent runs, is connected and
 * has reconciled; then {@code ACK <seq> ok} or {@code ACK <seq> fail <why>} for each command. Commands, one per
 * line, each run as its own transaction and several at once:
 * <ul>
 *   <li>{@code <seq> put <id> <kind> <l2xc|l3xc> <expires-at epoch ms>}: create or refresh a connection whose
 *       client side is of {@code kind} (loopback, memif, vxlan, wireguard; its parameters derive from the id, so
 *       writing it again is a refresh) and whose server side is a loopback;</li>
 *   <li>{@code <seq> del <id>}: delete it.</li>
 * </ul>
 */
public final class CrashAgentMain {
    private CrashAgentMain() {
    }

    @SuppressWarnings({ "checkstyle:IllegalCatch", "checkstyle:RegexpSinglelineJava" })
    public static void main(final String[] args) throws Exception {
        final Path stateDir = Path.of(args[0]);
        final String socket = args[1];
        final String forwarder = args[2];
        final Path memifDir = Path.of(args[3]);
        final long maxTokenLifetime = Long.parseLong(args[4]);
        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        final var cds = CdsFixture.start(stateDir, true);
        final var agent = NsmVppAgent.start(cds.dataBroker(), cds.domBroker(), cds.codec(), new NsmVppAgent.Options(
            Clock.systemUTC(), name -> true, Duration.ofSeconds(5), stateDir.resolve("create-journal")))
            .toCompletableFuture().get(60, TimeUnit.SECONDS);
        final var root = DataObjectIdentifier.builder(NsmVpp.class).build();
        final var settings = cds.dataBroker().newWriteOnlyTransaction();
        // the same on every start: a merge leaves the connections (and authoritative-since) as they are
        settings.merge(LogicalDatastoreType.CONFIGURATION, root, new NsmVppBuilder()
            .setForwarderName(new ForwarderName(forwarder))
            .setMaxTokenLifetime(Uint32.valueOf(maxTokenLifetime))
            .setVpp(new VppBuilder().setApiSocket(new AbsolutePath(socket))
                .setReconnectInterval(Uint32.valueOf(100)).build()).build());
        settings.commit().get(30, TimeUnit.SECONDS);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (agent.connector().status() != VppConnector.Status.CONNECTED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the agent did not connect to " + socket);
            }
            Thread.sleep(20);
        }
        out.println("READY " + agent.reconcileNow().toCompletableFuture().get(120, TimeUnit.SECONDS));

        final ExecutorService writers = Executors.newFixedThreadPool(4);
        final var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            final String[] words = line.trim().split(" ");
            writers.execute(() -> {
                try {
                    final var tx = cds.dataBroker().newWriteOnlyTransaction();
                    final var path = ConnectionNodes.connection(words[2]);
                    if ("del".equals(words[1])) {
                        tx.delete(LogicalDatastoreType.CONFIGURATION, path);
                    } else {
                        tx.put(LogicalDatastoreType.CONFIGURATION, path, connection(words[2], words[3], words[4],
                            memifDir, Instant.ofEpochMilli(Long.parseLong(words[5]))));
                    }
                    tx.commit().get(60, TimeUnit.SECONDS);
                    out.println("ACK " + words[0] + " ok");
                } catch (Exception e) {
                    out.println("ACK " + words[0] + " fail " + String.valueOf(e.getMessage()).replace('\n', ' '));
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(2, TimeUnit.MINUTES);
        agent.close();
        cds.close();
    }

    static Connection connection(final String id, final String kind, final String xc, final Path memifDir,
            final Instant expiresAt) {
        final int hash = Math.floorMod(id.hashCode(), 200);
        final Mechanism client = switch (kind) {
            case "loopback" -> EngineFixtures.loopback();
            // two socket files, each shared by many connections
            case "memif" -> EngineFixtures.memif(memifDir.resolve("shared-" + hash % 2 + ".sock").toString());
            case "vxlan" -> EngineFixtures.vxlan("192.0.2.1", "192.0.2." + (10 + hash));
            case "wireguard" -> EngineFixtures.wireguard(EngineFixtures.key(id + "/private"),
                EngineFixtures.key(id + "/peer"), "198.51.100." + (1 + hash));
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        final Connection both = EngineFixtures.connection(id, client, EngineFixtures.loopback());
        return new ConnectionBuilder("l3xc".equals(xc) ? EngineFixtures.withL3xc(both) : both)
            .setExpiresAt(new LeaseTime(expiresAt.toString())).build();
    }
}

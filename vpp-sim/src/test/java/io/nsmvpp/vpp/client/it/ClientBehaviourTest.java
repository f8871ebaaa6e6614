/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nsmvpp.vpp.client.ConnectionListener;
import io.nsmvpp.vpp.client.VppApiException;
import io.nsmvpp.vpp.client.VppClient;
import io.nsmvpp.vpp.client.VppClientConfig;
import io.nsmvpp.vpp.client.VppConnectionException;
import io.nsmvpp.vpp.client.VppError;
import io.nsmvpp.vpp.client.VppIncompatibleException;
import io.nsmvpp.vpp.client.VppTimeoutException;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.HeaderLayout;
import io.nsmvpp.vpp.client.msg.IfStatusFlags;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MessageRole;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.ShowVersion;
import io.nsmvpp.vpp.client.msg.SockclntDelete;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.SwInterfaceSetFlags;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.msg.VppRequest;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.wire.WireWriter;
import io.nsmvpp.vpp.sim.Simulator;
import io.nsmvpp.vpp.sim.VppWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client's behaviour against a VPP: the in-process simulator by default, or the real VPP whose API socket
 * {@code VPP_API_SOCKET} names. The same assertions hold on both. Against a real VPP the tests start from the state
 * they find, create only loopbacks tagged with a unique prefix, and delete them afterwards. {@link VppWatch} ends the
 * run within seconds, with one failure that says why, when the VPP stops answering.
 */
@ExtendWith(VppWatch.class)
class ClientBehaviourTest implements VppWatch.Target {
    private static final String REAL_SOCKET = System.getenv("VPP_API_SOCKET");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Path dir;
    private Simulator simulator;
    private Path socket;
    private VppClient client;
    private final String tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> created = new ArrayList<>();

    private static boolean realVpp() {
        return REAL_SOCKET != null && !REAL_SOCKET.isEmpty();
    }

    @Override
    public Path vppSocket() {
        return socket;
    }

    @BeforeEach
    void setUp() throws IOException {
        if (realVpp()) {
            socket = Path.of(REAL_SOCKET);
        } else {
            dir = Files.createTempDirectory("vpp-client-it");
            socket = dir.resolve("api.sock");
            simulator = Simulator.builder(socket).shuffleIds(true).start();
        }
        client = VppClient.connect(config());
    }

    private VppClientConfig config() {
        return VppClientConfig.of(socket).withClientName("vpp-client-it").withRequestTimeout(TIMEOUT);
    }

    @AfterEach
    void tearDown() throws IOException {
        try {
            if (client == null || VppWatch.isDead(socket)) {
                // Nothing can be cleaned up on a VPP that stopped answering (the test failed saying so).
                return;
            }
            if (!client.isConnected()) {
                client.reconnect();
            }
            final var deletes = created.stream().map(index -> client.send(new DeleteLoopback(index))).toList();
            CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            client.close();
        } finally {
            if (simulator != null) {
                simulator.close();
                Files.deleteIfExists(socket);
                Files.deleteIfExists(dir);
            }
        }
    }

    /** Creates and tags {@code count} loopbacks, pipelined; they are deleted after the test. */
    private List<Long> loopbacks(final int count) {
        final var creates = new ArrayList<CompletableFuture<CreateLoopbackReply>>();
        for (int i = 0; i < count; i++) {
            creates.add(client.send(new CreateLoopback(MacAddress.ZERO)));
        }
        final var indexes = new ArrayList<Long>();
        for (var future : creates) {
            indexes.add(future.join().swIfIndex());
        }
        created.addAll(indexes);
        final var tags = indexes.stream().map(index -> client.send(new SwInterfaceTagAddDel(true, index, tag)))
            .toList();
        CompletableFuture.allOf(tags.toArray(CompletableFuture[]::new)).join();
        return indexes;
    }

    private List<SwInterfaceDetails> ours() {
        return client.dumpSync(SwInterfaceDump.all()).stream().filter(d -> d.tag().equals(tag)).toList();
    }

    @Test
    void handshakeGivesAHandleAndAResolvedTable() {
        assertThat(client.isConnected()).isTrue();
        assertThat(client.clientIndex()).isNotZero();
        for (MessageType<?> type : VppClientConfig.ESSENTIAL) {
            assertThat(client.messageTable().idOf(type)).as(type.name()).isPositive();
        }
        assertThat(client.messageTable().idOf(SockclntDelete.TYPE)).isPositive();
        assertThat(client.call(new ShowVersion()).program()).isEqualTo("vpe");
        assertThat(client.call(new ControlPing()).retval()).isZero();
    }

    @Test
    void anIncompatibleVppIsRefusedWithEveryProblemListed() {
        final MessageType<ControlPing> oldPing = MessageType.define("control_ping", "0x00000000", MessageType.CORE,
            MessageRole.REQUEST, HeaderLayout.CLIENT_CONTEXT, 10, in -> new ControlPing());
        final MessageType<ControlPing> unknown = MessageType.define("nsm_no_such_message", "0x12345678",
            MessageType.CORE, MessageRole.REQUEST, HeaderLayout.CLIENT_CONTEXT, 10, in -> new ControlPing());
        final var checked = new ArrayList<>(VppClientConfig.ESSENTIAL);
        checked.add(oldPing);
        checked.add(unknown);
        assertThatThrownBy(() -> VppClient.connect(config().withChecked(checked)))
            .isInstanceOfSatisfying(VppIncompatibleException.class, e -> assertThat(e.problems()).contains(
                "control_ping: CRC mismatch, client has control_ping_00000000, VPP has control_ping_51077d14",
                "nsm_no_such_message: missing (expected nsm_no_such_message_12345678)"));
    }

    @Test
    void requestReplyAndTypedErrors() {
        final long index = loopbacks(1).get(0);
        assertThat(ours()).singleElement().satisfies(d -> {
            assertThat(d.swIfIndex()).isEqualTo(index);
            assertThat(d.interfaceDevType()).isEqualTo("Loopback");
        });
        created.remove(index);
        assertThat(client.call(new DeleteLoopback(index))).isEqualTo(new DeleteLoopbackReply(0));
        assertThatThrownBy(() -> client.call(new DeleteLoopback(index)))
            .isInstanceOfSatisfying(VppApiException.class, e -> {
                assertThat(e.messageName()).isEqualTo("delete_loopback");
                assertThat(e.retval()).isEqualTo(-2);
                assertThat(e.error()).contains(VppError.INVALID_SW_IF_INDEX);
            })
            .hasMessageContaining("Invalid sw_if_index");
        assertThat(ours()).isEmpty();
    }

    @Test
    void aDumpOfThousandsOfInterfaces() {
        final List<Long> indexes = loopbacks(2000);
        final List<SwInterfaceDetails> mine = ours();
        assertThat(mine).hasSize(2000);
        assertThat(mine.stream().map(SwInterfaceDetails::swIfIndex).toList()).containsExactlyInAnyOrderElementsOf(
            indexes);
    }

    @Test
    void thousandsOfPipelinedRequests() {
        final var pings = new ArrayList<CompletableFuture<ControlPingReply>>();
        for (int i = 0; i < 5000; i++) {
            pings.add(client.send(new ControlPing()));
        }
        CompletableFuture.allOf(pings.toArray(CompletableFuture[]::new)).join();
        assertThat(pings).allSatisfy(f -> assertThat(f.join().retval()).isZero());
        assertThat(loopbacks(1000)).doesNotHaveDuplicates().hasSize(1000);
        assertThat(client.stats().pending()).isZero();
    }

    /**
     * A {@code delete_loopback} with its {@code sw_if_index} left out: VPP drops a truncated body silently, so this
     * is a request that is never answered, on any VPP.
     */
    private record TruncatedDelete() implements VppRequest<DeleteLoopbackReply> {
        static final MessageType<TruncatedDelete> TYPE = MessageType.define(DeleteLoopback.NAME, DeleteLoopback.CRC,
            MessageType.CORE, MessageRole.REQUEST, HeaderLayout.CLIENT_CONTEXT, 10, in -> new TruncatedDelete());

        @Override
        public MessageType<TruncatedDelete> type() {
            return TYPE;
        }

        @Override
        public MessageType<DeleteLoopbackReply> replyType() {
            return DeleteLoopbackReply.TYPE;
        }

        @Override
        public void encode(final WireWriter out) {
            // nothing: the body ends where sw_if_index should start
        }
    }

    @Test
    void anUnansweredRequestTimesOutAndTheConnectionStaysUsable() throws Exception {
        client.close();
        final var checked = new ArrayList<MessageType<?>>(VppClientConfig.ESSENTIAL);
        checked.add(TruncatedDelete.TYPE);
        client = VppClient.connect(config().withChecked(checked));
        final long start = System.nanoTime();
        assertThat(client.send(new TruncatedDelete(), Duration.ofMillis(300)))
            .failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .withCauseInstanceOf(VppTimeoutException.class)
            .withMessageContaining("delete_loopback: no reply within 300 ms");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        assertThat(client.call(new ControlPing()).retval()).isZero();
        assertThat(client.isConnected()).isTrue();
    }

    @Test
    void interfaceEventsReachListeners() throws Exception {
        final var events = new LinkedBlockingQueue<SwInterfaceEvent>();
        client.subscribe(SwInterfaceEvent.TYPE, events::add);
        final long pid = ProcessHandle.current().pid();
        client.call(new WantInterfaceEvents(1, pid));
        final long index = loopbacks(1).get(0);
        client.call(new SwInterfaceSetFlags(index, IfStatusFlags.ADMIN_UP));
        SwInterfaceEvent up = next(events, index);
        while ((up.flags() & IfStatusFlags.ADMIN_UP) == 0) {
            up = next(events, index);
        }
        assertThat(up.deleted()).isFalse();
        assertThat(up.pid()).isEqualTo(pid);
        created.remove(index);
        client.call(new DeleteLoopback(index));
        SwInterfaceEvent gone = next(events, index);
        while (!gone.deleted()) {
            gone = next(events, index);
        }
        assertThat(gone.deleted()).isTrue();
        client.call(new WantInterfaceEvents(0, pid));
    }

    private static SwInterfaceEvent next(final LinkedBlockingQueue<SwInterfaceEvent> events, final long index)
            throws InterruptedException {
        final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            final SwInterfaceEvent event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.swIfIndex() == index) {
                return event;
            }
        }
        throw new AssertionError("no event for sw_if_index " + index);
    }

    @Test
    void whenVppClosesTheSocketEveryPendingRequestFailsAtOnce() throws Exception {
        loopbacks(500);
        final var disconnected = new LinkedBlockingQueue<Throwable>();
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onDisconnected(final Throwable cause) {
                disconnected.add(cause);
            }
        });
        // VPP answers sockclnt_delete, then closes the socket: what is pipelined behind it is never answered.
        final var goodbye = client.send(new SockclntDelete(client.clientIndex()));
        final var dump = client.dump(SwInterfaceDump.all(), Duration.ofSeconds(60));
        final var others = new ArrayList<CompletableFuture<? extends VppMessage>>();
        for (int i = 0; i < 200; i++) {
            others.add(client.send(new ControlPing(), Duration.ofSeconds(60)));
        }
        assertThat(goodbye.get(5, TimeUnit.SECONDS).isSuccess()).isTrue();
        assertThat(dump).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .withCauseInstanceOf(VppConnectionException.class);
        final long failedAt = System.nanoTime();
        for (var other : others) {
            assertThat(other).failsWithin(Duration.ofMillis(500))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(VppConnectionException.class);
        }
        assertThat(System.nanoTime() - failedAt).isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(disconnected.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void theSimulatorDroppingTheConnectionMidDumpFailsEverythingAtOnce() throws Exception {
        assumeTrue(simulator != null, "needs the simulator's fault injection");
        loopbacks(3000);
        // long enough that the drop below comes first even on a machine at load 12 (200 ms once was not)
        simulator.faults().delayReplies(SwInterfaceDump.NAME, Duration.ofSeconds(3));
        final var dump = client.dump(SwInterfaceDump.all(), Duration.ofSeconds(60));
        final var pings = new ArrayList<CompletableFuture<ControlPingReply>>();
        for (int i = 0; i < 100; i++) {
            pings.add(client.send(new ControlPing(), Duration.ofSeconds(60)));
        }
        Thread.sleep(50);
        simulator.faults().dropConnections();
        assertThat(dump).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .withCauseInstanceOf(VppConnectionException.class);
        assertThat(pings).allSatisfy(f -> assertThat(f).failsWithin(Duration.ofMillis(500)));
        simulator.faults().clear();
    }

    @Test
    void reconnectRebuildsTheMessageTable() {
        final long firstHandle = client.clientIndex();
        if (simulator != null) {
            final int before = client.messageTable().idOf(ControlPing.TYPE);
            simulator.faults().restart(true);
            created.clear();
            client.reconnect();
            assertThat(client.messageTable().idOf(ControlPing.TYPE)).isNotEqualTo(before)
                .isEqualTo(simulator.messageId(ControlPing.NAME_CRC));
        } else {
            assertThat(client.disconnect()).isTrue();
            client.reconnect();
        }
        assertThat(client.isConnected()).isTrue();
        assertThat(client.call(new ControlPing()).retval()).isZero();
        assertThat(loopbacks(1)).hasSize(1);
        assertThat(client.clientIndex()).isNotZero();
        assertThat(firstHandle).isNotZero();
    }

    @Test
    void aCleanDisconnectIsConfirmedByResponseOne() {
        assertThat(client.disconnect()).isTrue();
        assertThat(client.isConnected()).isFalse();
        assertThatThrownBy(() -> client.call(new ControlPing())).isInstanceOf(VppConnectionException.class);
    }
}

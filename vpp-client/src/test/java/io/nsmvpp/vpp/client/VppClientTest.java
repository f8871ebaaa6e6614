/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nsmvpp.vpp.client.msg.Address;
import io.nsmvpp.vpp.client.msg.ControlPing;
import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.CreateLoopback;
import io.nsmvpp.vpp.client.msg.CreateLoopbackReply;
import io.nsmvpp.vpp.client.msg.DeleteLoopback;
import io.nsmvpp.vpp.client.msg.DeleteLoopbackReply;
import io.nsmvpp.vpp.client.msg.MacAddress;
import io.nsmvpp.vpp.client.msg.MemifCreateV2;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import io.nsmvpp.vpp.client.msg.Plugins;
import io.nsmvpp.vpp.client.msg.SwInterfaceDetails;
import io.nsmvpp.vpp.client.msg.SwInterfaceDump;
import io.nsmvpp.vpp.client.msg.SwInterfaceEvent;
import io.nsmvpp.vpp.client.msg.SwInterfaceTagAddDel;
import io.nsmvpp.vpp.client.msg.WantInterfaceEvents;
import io.nsmvpp.vpp.client.msg.WireguardKey;
import io.nsmvpp.vpp.client.msg.WireguardPeer;
import io.nsmvpp.vpp.client.msg.WireguardPeersDetails;
import io.nsmvpp.vpp.client.msg.WireguardPeersDump;
import io.nsmvpp.vpp.client.wire.FrameCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's core against a scripted fake VPP on a real UNIX socket. */
class VppClientTest {
    private FakeVpp vpp;
    private VppClient client;

    @BeforeEach
    void setUp() throws Exception {
        vpp = new FakeVpp();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        vpp.close();
    }

    private VppClientConfig config() {
        return VppClientConfig.of(vpp.socket).withRequestTimeout(Duration.ofSeconds(5));
    }

    private VppClient connect() {
        client = VppClient.connect(config());
        return client;
    }

    @Test
    void handshakeResolvesIdsByNameCrcAndUsesTheHandle() {
        vpp.firstId = 300;
        vpp.table = FakeVpp.tableFrom(Messages.ALL, 300);
        connect();
        assertThat(client.clientIndex()).isEqualTo(0x8000_0001L);
        assertThat(client.messageTable().idOf(ControlPing.TYPE)).isEqualTo(vpp.idOf(ControlPing.TYPE));
        assertThat(client.messageTable().loadedPlugins()).containsAll(Plugins.ALL);
        client.call(new ControlPing());
        final var ping = vpp.lastSession().received.get(1);
        assertThat(ping.msgId()).isEqualTo(vpp.idOf(ControlPing.TYPE));
        assertThat(ping.clientIndex()).isEqualTo(0x8000_0001L);
        assertThat(vpp.lastSession().names()).containsExactly("sockclnt_create", "control_ping");
    }

    @Test
    void compatibilityErrorListsEveryMissingAndMismatchedMessage() {
        final var table = new ArrayList<>(FakeVpp.tableFrom(Messages.ALL, 100));
        table.removeIf(e -> e.name().startsWith("create_loopback_") || e.name().startsWith("memif_"));
        table.replaceAll(e -> e.name().equals("delete_loopback_f9e6675e")
            ? new MessageTableEntry(e.index(), "delete_loopback_00000000") : e);
        vpp.table = table;
        assertThatThrownBy(this::connect)
            .isInstanceOfSatisfying(VppIncompatibleException.class, e -> assertThat(e.problems())
                .contains("create_loopback: missing (expected create_loopback_42bb5d22)",
                    "delete_loopback: CRC mismatch, client has delete_loopback_f9e6675e, VPP has "
                        + "delete_loopback_00000000",
                    "memif_create_v2: missing, plugin memif is not loaded (expected memif_create_v2_8c7de5f7)")
                .hasSizeGreaterThan(10))
            .hasMessageContaining("problems");
    }

    /**
     * A VPP of an older release announces {@code wireguard_peers_dump} with the CRC of its older form (v21.01: no
     * {@code peer_index}, 10 bytes). The client connects without complaint, sends that form, reads its details, and
     * refuses before sending anything a value the older form cannot carry.
     */
    @Test
    void anOlderFormIsChosenByTheCrcVppAnnounces() {
        final var table = new ArrayList<>(FakeVpp.tableFrom(Messages.ALL, 100));
        table.replaceAll(e -> e.name().equals(WireguardPeersDump.NAME_CRC)
            ? new MessageTableEntry(e.index(), "wireguard_peers_dump_51077d14") : e);
        vpp.table = table;
        final var peer = new WireguardPeer(7, WireguardKey.of(new byte[32]), 51820, 0, 0,
            Address.parse("192.0.2.1"), 3, 0, List.of());
        vpp.handle(WireguardPeersDump.TYPE, (s, r) -> s.reply(r, new WireguardPeersDetails(peer)));
        connect();
        assertThat(client.messageTable().formOf(WireguardPeersDump.TYPE)).isSameAs(WireguardPeersDump.FORM_51077D14);
        assertThat(client.messageTable().olderFormsInUse()).containsExactly("wireguard_peers_dump_51077d14");
        assertThat(client.messageTable().formOf(WireguardPeersDetails.TYPE)).isSameAs(WireguardPeersDetails.TYPE);

        assertThat(client.dump(WireguardPeersDump.all()).join()).containsExactly(new WireguardPeersDetails(peer));
        final FakeVpp.Session session = vpp.lastSession();
        assertThat(session.names()).containsExactly("sockclnt_create", "wireguard_peers_dump", "control_ping");
        assertThat(session.receivedSizes.get(1)).as("the older form's body: header only").isEqualTo(10);
        assertThat(session.received.get(1).msgId()).isEqualTo(vpp.idOf(WireguardPeersDump.FORM_51077D14));

        assertThat(client.dump(new WireguardPeersDump(3)))
            .failsWithin(Duration.ofSeconds(1))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(IllegalArgumentException.class)
            .withMessageContaining("wireguard_peers_dump: VPP has the older form 0x51077d14 (up to v21.01) without "
                + "peer_index, which acts as 0xffffffff; cannot send peerIndex 3");
        assertThat(session.names()).hasSize(3);
    }

    @Test
    void todaysFormIsUsedWhenVppAnnouncesIt() {
        connect();
        assertThat(client.messageTable().formOf(WireguardPeersDump.TYPE)).isSameAs(WireguardPeersDump.TYPE);
        assertThat(client.messageTable().olderFormsInUse()).isEmpty();
        client.dump(new WireguardPeersDump(3)).join();
        assertThat(vpp.lastSession().receivedSizes.get(1)).isEqualTo(WireguardPeersDump.SIZE);
    }

    @Test
    void aPluginTheCallerDoesNotUseMayBeAbsent() {
        final var table = new ArrayList<>(FakeVpp.tableFrom(Messages.ALL, 100));
        table.removeIf(e -> e.name().startsWith("memif_") || e.name().startsWith("wireguard_"));
        vpp.table = table;
        client = VppClient.connect(config().withPlugins(Set.of(Plugins.VXLAN, Plugins.L3XC)));
        assertThat(client.messageTable().loadedPlugins()).doesNotContain(Plugins.MEMIF, Plugins.WIREGUARD);
        assertThat(client.send(new MemifCreateV2(0, 0, 1, 1, 0, 0, 0, 0, false, false, MacAddress.ZERO, "")))
            .failsWithin(Duration.ofSeconds(1))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(VppIncompatibleException.class)
            .withMessageContaining("memif_create_v2: not offered by this VPP");
    }

    @Test
    void requestReplyAndTypedErrors() {
        connect();
        final CreateLoopbackReply created = client.call(new CreateLoopback(MacAddress.ZERO));
        assertThat(created.swIfIndex()).isEqualTo(1);
        vpp.handle(DeleteLoopback.TYPE, (s, r) -> s.reply(r, new DeleteLoopbackReply(-2)));
        assertThatThrownBy(() -> client.call(new DeleteLoopback(77)))
            .isInstanceOfSatisfying(VppApiException.class, e -> {
                assertThat(e.messageName()).isEqualTo("delete_loopback");
                assertThat(e.retval()).isEqualTo(-2);
                assertThat(e.error()).contains(VppError.INVALID_SW_IF_INDEX);
                assertThat(e.reply()).isEqualTo(new DeleteLoopbackReply(-2));
            })
            .hasMessage("delete_loopback failed: retval -2 VNET_API_ERROR_INVALID_SW_IF_INDEX (Invalid sw_if_index)");
    }

    @Test
    void dumpOfThousandsEndsAtTheControlPingOnTheSameContext() {
        vpp.dumpSize = 5000;
        connect();
        final List<SwInterfaceDetails> all = client.dumpSync(SwInterfaceDump.all());
        assertThat(all).hasSize(5000);
        assertThat(all.get(4999)).isEqualTo(FakeVpp.details(4999));
        final var received = vpp.lastSession().received;
        assertThat(vpp.lastSession().names()).endsWith("sw_interface_dump", "control_ping");
        assertThat(received.get(received.size() - 1).context()).isEqualTo(received.get(received.size() - 2).context());
        vpp.dumpSize = 0;
        assertThat(client.dumpSync(SwInterfaceDump.all())).isEmpty();
    }

    @Test
    void pipelinedRequestsAllComplete() {
        connect();
        final var futures = new ArrayList<CompletableFuture<CreateLoopbackReply>>();
        for (int i = 0; i < 5000; i++) {
            futures.add(client.send(new CreateLoopback(MacAddress.ZERO)));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        assertThat(futures.stream().map(f -> f.join().swIfIndex()).distinct()).hasSize(5000);
        assertThat(client.stats().pending()).isZero();
    }

    @Test
    void aSilentRequestTimesOutAndItsLateReplyIsDiscarded() throws Exception {
        final var held = new LinkedBlockingQueue<io.nsmvpp.vpp.client.msg.Envelope<?>>();
        vpp.handle(DeleteLoopback.TYPE, (s, r) -> held.add(r));
        connect();
        final var late = client.send(new DeleteLoopback(5), Duration.ofMillis(100));
        assertThat(late).failsWithin(Duration.ofSeconds(2))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(VppTimeoutException.class)
            .withMessageContaining("delete_loopback: no reply within 100 ms");
        final var next = client.send(new DeleteLoopback(6));
        final var first = held.poll(1, TimeUnit.SECONDS);
        final var second = held.poll(1, TimeUnit.SECONDS);
        vpp.lastSession().reply(first, new DeleteLoopbackReply(-99));
        vpp.lastSession().reply(second, new DeleteLoopbackReply(0));
        assertThat(next.get(2, TimeUnit.SECONDS)).isEqualTo(new DeleteLoopbackReply(0));
        assertThat(client.stats().discardedReplies()).isEqualTo(1);
    }

    @Test
    void eventsReachSubscribersOnTheEventThread() throws Exception {
        connect();
        final BlockingQueue<SwInterfaceEvent> events = new LinkedBlockingQueue<>();
        final var threads = new LinkedBlockingQueue<String>();
        client.subscribe(SwInterfaceEvent.TYPE, event -> {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        });
        client.call(new WantInterfaceEvents(1, 42));
        vpp.lastSession().push(new SwInterfaceEvent(42, 3, 1, false));
        vpp.lastSession().push(new SwInterfaceEvent(42, 3, 0, true));
        assertThat(events.poll(2, TimeUnit.SECONDS)).isEqualTo(new SwInterfaceEvent(42, 3, 1, false));
        assertThat(events.poll(2, TimeUnit.SECONDS)).isEqualTo(new SwInterfaceEvent(42, 3, 0, true));
        assertThat(threads.poll()).isEqualTo("vpp-client-events");
    }

    @Test
    void watchingInterfaceEventsSubscribesOnceAndAgainAfterEachReconnect() throws Exception {
        connect();
        final BlockingQueue<SwInterfaceEvent> events = new LinkedBlockingQueue<>();
        final Registration first = client.watchInterfaceEvents(events::add);
        final Registration second = client.watchInterfaceEvents(event -> { });
        awaitReceived(2);
        assertThat(wants(vpp.lastSession())).containsExactly(1L);
        vpp.lastSession().push(new SwInterfaceEvent(1, 7, 3, false));
        assertThat(events.poll(2, TimeUnit.SECONDS)).isEqualTo(new SwInterfaceEvent(1, 7, 3, false));

        vpp.lastSession().close();
        awaitDisconnected();
        client.reconnect();
        awaitReceived(2);
        assertThat(wants(vpp.lastSession())).containsExactly(1L);

        first.close();
        first.close();
        client.call(new ControlPing());
        assertThat(wants(vpp.lastSession())).containsExactly(1L);
        second.close();
        awaitReceived(4);
        assertThat(wants(vpp.lastSession())).containsExactly(1L, 0L);
    }

    private static List<Long> wants(final FakeVpp.Session session) {
        return session.received.stream()
            .filter(env -> env.message() instanceof WantInterfaceEvents)
            .map(env -> ((WantInterfaceEvents) env.message()).enableDisable())
            .toList();
    }

    @Test
    void closingMidDumpFailsEveryPendingRequestAtOnce() throws Exception {
        vpp.dumpSize = 100;
        vpp.handle(ControlPing.TYPE, (s, r) -> { });
        vpp.handle(DeleteLoopback.TYPE, (s, r) -> { });
        connect();
        final var disconnected = new LinkedBlockingQueue<Throwable>();
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onDisconnected(final Throwable cause) {
                disconnected.add(cause);
            }
        });
        final var dump = client.dump(SwInterfaceDump.all(), Duration.ofSeconds(30));
        final var others = new ArrayList<CompletableFuture<?>>();
        for (int i = 0; i < 50; i++) {
            others.add(client.send(new DeleteLoopback(i), Duration.ofSeconds(30)));
        }
        awaitReceived(52);
        final long start = System.nanoTime();
        vpp.lastSession().close();
        assertThat(dump).failsWithin(Duration.ofSeconds(2))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(VppConnectionException.class)
            .withMessageContaining("sw_interface_dump: connection to VPP closed");
        for (CompletableFuture<?> other : others) {
            assertThat(other).failsWithin(Duration.ofMillis(500));
        }
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(disconnected.poll(2, TimeUnit.SECONDS)).isNotNull();
        assertThat(client.isConnected()).isFalse();
        assertThatThrownBy(() -> client.call(new ControlPing())).isInstanceOf(VppConnectionException.class);
    }

    @Test
    void reconnectRebuildsTheMessageTable() throws Exception {
        connect();
        final int before = client.messageTable().idOf(ControlPing.TYPE);
        final var connected = new LinkedBlockingQueue<MessageTable>();
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onConnected(final MessageTable table) {
                connected.add(table);
            }
        });
        vpp.lastSession().close();
        awaitDisconnected();
        final var reversed = new ArrayList<>(Messages.ALL);
        java.util.Collections.reverse(reversed);
        vpp.table = FakeVpp.tableFrom(reversed, 500);
        client.reconnect();
        assertThat(connected.poll(2, TimeUnit.SECONDS)).isNotNull();
        assertThat(client.messageTable().idOf(ControlPing.TYPE)).isNotEqualTo(before)
            .isEqualTo(vpp.idOf(ControlPing.TYPE));
        assertThat(client.clientIndex()).isEqualTo(0x8000_0002L);
        assertThat(client.call(new ControlPing()).vpePid()).isEqualTo(4242);
    }

    @Test
    void disconnectSaysGoodbyeAndTreatsResponseOneAsSuccess() {
        connect();
        assertThat(client.disconnect()).isTrue();
        final var goodbye = vpp.lastSession().received.get(1);
        assertThat(goodbye.message()).isEqualTo(new io.nsmvpp.vpp.client.msg.SockclntDelete(0x8000_0001L));
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void theClientRefusesToSendMoreThanItsCap() {
        client = VppClient.connect(config().withMaxSendBody(72));
        assertThat(client.send(new SwInterfaceTagAddDel(true, 1, "x")))
            .failsWithin(Duration.ofSeconds(1))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withMessageContaining("request body of 79 bytes exceeds the cap of 72");
        assertThat(client.call(new ControlPing()).retval()).isZero();
    }

    @Test
    void blockingOnTheReaderThreadIsRefused() {
        final var release = new java.util.concurrent.CountDownLatch(1);
        vpp.handle(CreateLoopback.TYPE, (s, r) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.reply(r, new CreateLoopbackReply(0, 1));
        });
        connect();
        final var result = client.send(new CreateLoopback(MacAddress.ZERO))
            .thenApply(reply -> {
                try {
                    client.call(new ControlPing());
                    return "blocked";
                } catch (IllegalStateException e) {
                    return e.getMessage();
                }
            });
        release.countDown();
        assertThat(result).succeedsWithin(Duration.ofSeconds(2)).asString().contains("reader thread");
    }

    @Test
    void aNoReplyIsNotConfusedWithAnotherRequestsReply() {
        // Replies in another request's context but of the wrong type are not taken as its answer.
        vpp.handle(CreateLoopback.TYPE, (s, r) -> {
            s.reply(r, new ControlPingReply(0, 0, 1));
            s.reply(r, new CreateLoopbackReply(0, 9));
        });
        connect();
        assertThat(client.call(new CreateLoopback(MacAddress.ZERO)).swIfIndex()).isEqualTo(9);
    }

    private void awaitReceived(final int count) throws InterruptedException {
        final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (vpp.lastSession().received.size() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(vpp.lastSession().received.size()).isGreaterThanOrEqualTo(count);
    }

    private void awaitDisconnected() throws InterruptedException {
        final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (client.isConnected() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(client.isConnected()).isFalse();
    }

    static byte[] frameOf(final int id, final long context, final io.nsmvpp.vpp.client.msg.VppMessage message) {
        return FrameCodec.frame(MessageCodec.encode(id, 0, context, message));
    }

    static MessageType<?> type(final String name) {
        return Messages.byName(name).orElseThrow();
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.ControlPingReply;
import io.nsmvpp.vpp.client.msg.MessageCodec;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.VppMessage;
import io.nsmvpp.vpp.client.wire.WireWriter;
import io.nsmvpp.vpp.sim.Clients.Conn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FaultInjector} of one simulator: what a test asks for runs on the server's loop thread, and the faults
 * still to come (delays, failures, swallowed replies) wait here until the server's dispatch counts them down.
 */
final class Faults implements FaultInjector {
    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);
    private final SimServer server;
    private final Random junk = new Random(42);
    private Duration delayAll = Duration.ZERO;
    private final Map<String, Duration> delayByMessage = new HashMap<>();
    private final Map<String, int[]> failures = new HashMap<>();
    private final Map<String, Integer> swallows = new HashMap<>();

    Faults(final SimServer server) {
        this.server = server;
    }

    @Override
    public void restart(final boolean reshuffleIds) {
        server.run(() -> {
            server.restartNow(reshuffleIds, false);
            LOG.info("simulated VPP restarted{}", reshuffleIds ? " with new message ids" : "");
        });
    }

    @Override
    public void restart(final boolean reshuffleIds, final Duration downtime) {
        server.run(() -> {
            server.restartNow(reshuffleIds, true);
            LOG.info("simulated VPP down for {}", downtime);
        });
        final Thread waker = new Thread(() -> {
            try {
                Thread.sleep(downtime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.rebind(downtime);
        }, "vpp-sim outage");
        waker.setDaemon(true);
        waker.start();
    }

    @Override
    public void dropConnections() {
        server.run(() -> server.clients().closeAll());
    }

    @Override
    public boolean dropConnection(final long clientIndex) {
        return server.call(() -> {
            final Conn conn = server.clients().byHandle(clientIndex);
            if (conn == null) {
                return false;
            }
            server.clients().close(conn);
            return true;
        });
    }

    @Override
    public void delayReplies(final Duration delay) {
        server.run(() -> delayAll = delay);
    }

    @Override
    public void delayReplies(final String message, final Duration delay) {
        server.run(() -> {
            if (delay.isZero()) {
                delayByMessage.remove(message);
            } else {
                delayByMessage.put(message, delay);
            }
        });
    }

    @Override
    public void failRequest(final String message, final int nth, final int retval) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth is 1-based: " + nth);
        }
        server.run(() -> failures.put(message, new int[] { nth, retval }));
    }

    @Override
    public void swallowReply(final String message, final int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth is 1-based: " + nth);
        }
        server.run(() -> swallows.put(message, nth));
    }

    @Override
    public void corruptFrame(final long clientIndex, final Corruption kind) {
        server.run(() -> {
            final Clients clients = server.clients();
            final List<Conn> conns = new ArrayList<>();
            if (clientIndex == 0) {
                conns.addAll(clients.all());
            } else if (clients.byHandle(clientIndex) != null) {
                conns.add(clients.byHandle(clientIndex));
            }
            for (Conn conn : conns) {
                clients.sendRaw(conn, corruptBytes(kind, server.table()));
            }
            clients.flushTouched();
        });
    }

    @Override
    public boolean deleteInterface(final long swIfIndex) {
        return server.call(() -> server.deleteInterfaceNow(swIfIndex));
    }

    @Override
    public void clear() {
        server.run(() -> {
            delayAll = Duration.ZERO;
            delayByMessage.clear();
            failures.clear();
            swallows.clear();
        });
    }

    // ---------------------------------------------------------------- what the server's dispatch asks

    /** The delay of every reply, detail and event not otherwise delayed; zero when none. */
    Duration delayAll() {
        return delayAll;
    }

    Duration delayOf(final String message) {
        return delayByMessage.getOrDefault(message, delayAll);
    }

    /** The retval to fail this request with, or null when no injected failure is due. */
    Integer countDownFailure(final String name) {
        final int[] entry = failures.get(name);
        if (entry == null || --entry[0] > 0) {
            return null;
        }
        failures.remove(name);
        return entry[1];
    }

    boolean countDownSwallow(final String name) {
        final Integer left = swallows.get(name);
        if (left == null) {
            return false;
        }
        if (left > 1) {
            swallows.put(name, left - 1);
            return false;
        }
        swallows.remove(name);
        return true;
    }

    /** The reply a failing VPP handler sends: retval set, a following u32 (an index) ~0, everything else zero. */
    static VppMessage failureReply(final MessageType<?> replyType, final int replyId, final long context,
            final int retval) {
        final int size = replyType.minSize();
        final byte[] body = new byte[size];
        body[0] = (byte) (replyId >>> 8);
        body[1] = (byte) replyId;
        body[2] = (byte) (context >>> 24);
        body[3] = (byte) (context >>> 16);
        body[4] = (byte) (context >>> 8);
        body[5] = (byte) context;
        body[6] = (byte) (retval >>> 24);
        body[7] = (byte) (retval >>> 16);
        body[8] = (byte) (retval >>> 8);
        body[9] = (byte) retval;
        if (size == 14) {
            Arrays.fill(body, 10, 14, (byte) 0xFF);
        }
        return MessageCodec.decode(replyType, body).message();
    }

    /** One corrupt frame of {@code kind}; {@code table} gives the id of control_ping_reply for a truncated one. */
    private byte[] corruptBytes(final Corruption kind, final MessageTable table) {
        final var w = new WireWriter(64, 1024);
        switch (kind) {
            case UNKNOWN_MESSAGE_ID -> {
                w.u64(Clients.HEADER_JUNK).u32(10).u32(0);
                w.u16(0xFFFF).u32(0).u32(0);
            }
            case TRUNCATED_BODY -> {
                final int ping = table.id(ControlPingReply.TYPE.nameCrc());
                w.u64(Clients.HEADER_JUNK).u32(4).u32(0);
                w.u16(ping).u16(0);
            }
            case OVERSIZED_LENGTH -> {
                w.u64(Clients.HEADER_JUNK).u32(0x7FFF_FFFFL).u32(0);
                w.u16(0).u32(0);
            }
            case GARBAGE -> {
                final byte[] bytes = new byte[48];
                junk.nextBytes(bytes);
                w.bytes(bytes);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return w.toByteArray();
    }
}

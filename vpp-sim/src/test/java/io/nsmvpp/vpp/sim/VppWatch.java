/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.VppTimeoutException;
import io.nsmvpp.vpp.client.msg.ControlPing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Watches the VPP that the VPP-facing tests talk to, so that a VPP that stops answering ends the suite within seconds
 * with one failure saying after which test, and after which frames, instead of every later request waiting for its
 * timeout. {@link RawVpp} reports each frame it sends; when a reply does not come it asks whether VPP still answers
 * a control_ping on a fresh connection ({@link #PROBE_TIMEOUT}) and, if not, records VPP as dead. From then on every
 * connect and send to that socket fails at once with the same reason, and this extension skips every later test.
 * Tests that use {@code VppClient} get the same probe when one of its requests times out.
 *
 * <p>Test classes name their VPP by implementing {@link Target}; a real VPP ({@code VPP_API_SOCKET}) is watched
 * whatever the class.
 */
public final class VppWatch implements ExecutionCondition, BeforeEachCallback, AfterEachCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    /** How long the probe waits for the handshake and for the control_ping reply, each. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final int FRAMES_KEPT = 8;
    private static final String REAL_SOCKET = System.getenv("VPP_API_SOCKET");
    /** Why each dead VPP (by its API socket) is known to be dead. */
    private static final Map<Path, String> DEAD = new ConcurrentHashMap<>();
    /** The last frames sent to each VPP, oldest first, each with the test that sent it. */
    private static final Map<Path, Deque<String>> SENT = new ConcurrentHashMap<>();
    private static volatile String current = "(no watched test yet)";
    private static volatile String finished = "(no watched test had finished)";

    /** A test class whose tests talk to the VPP behind {@link #vppSocket()} (null while it does not know it yet). */
    public interface Target {
        Path vppSocket();
    }

    // ---------------------------------------------------------------- the extension

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(final ExtensionContext context) {
        final List<Path> sockets = new ArrayList<>(2);
        if (REAL_SOCKET != null && !REAL_SOCKET.isEmpty()) {
            sockets.add(Path.of(REAL_SOCKET));
        }
        context.getTestInstance().filter(Target.class::isInstance).map(i -> ((Target) i).vppSocket())
            .ifPresent(sockets::add);
        return deadReason(sockets).map(ConditionEvaluationResult::disabled)
            .orElseGet(() -> ConditionEvaluationResult.enabled("VPP answers"));
    }

    @Override
    public void beforeEach(final ExtensionContext context) {
        current = name(context);
    }

    @Override
    public void afterEach(final ExtensionContext context) {
        finished = name(context);
    }

    /**
     * A timeout of a VppClient request (a RawVpp timeout has probed already) is checked with the probe: if VPP does
     * not answer a fresh connection either, the test fails with the one reason the rest of the suite skips with.
     */
    @Override
    public void handleTestExecutionException(final ExtensionContext context, final Throwable throwable)
            throws Throwable {
        final Path socket = context.getTestInstance().filter(Target.class::isInstance)
            .map(i -> ((Target) i).vppSocket()).orElse(null);
        if (socket == null || !isTimeout(throwable)) {
            throw throwable;
        }
        final String known = DEAD.get(socket);
        if (known != null) {
            throw new AssertionError(known, throwable);
        }
        final String reason = stoppedAnswering(socket, throwable.toString());
        if (reason != null) {
            throw new AssertionError(reason, throwable);
        }
        throw throwable;
    }

    /** The same for a test's set-up, where VppClient connects (a handshake that times out). */
    @Override
    public void handleBeforeEachMethodExecutionException(final ExtensionContext context, final Throwable throwable)
            throws Throwable {
        handleTestExecutionException(context, throwable);
    }

    private static boolean isTimeout(final Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof VppTimeoutException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String name(final ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    // ---------------------------------------------------------------- the record

    /** Why the first dead VPP among {@code sockets} is dead, if one is. */
    static Optional<String> deadReason(final List<Path> sockets) {
        return sockets.stream().map(DEAD::get).filter(r -> r != null).findFirst();
    }

    /** Whether the VPP behind {@code socket} is known to have stopped answering. */
    public static boolean isDead(final Path socket) {
        return socket != null && DEAD.containsKey(socket);
    }

    /** Fails at once when the VPP behind {@code socket} is known dead. */
    static void checkAlive(final Path socket) throws IOException {
        final String reason = DEAD.get(socket);
        if (reason != null) {
            throw new IOException(reason);
        }
    }

    /** Notes frames sent to {@code socket} (described by the sender) by the test that runs now. */
    static void sent(final Path socket, final String frames) {
        final Deque<String> sent = SENT.computeIfAbsent(socket, s -> new ArrayDeque<>(FRAMES_KEPT));
        synchronized (sent) {
            if (sent.size() == FRAMES_KEPT) {
                sent.removeFirst();
            }
            sent.addLast(current + ": " + frames);
        }
    }

    /**
     * Called when {@code what} (a request) got no reply in time: probes VPP on a fresh connection. Returns null when
     * VPP answers the probe (the request alone was not answered), else the reason VPP is now recorded dead with.
     */
    static String stoppedAnswering(final Path socket, final String what) {
        final String known = DEAD.get(socket);
        if (known != null) {
            return known;
        }
        if (answers(socket)) {
            return null;
        }
        final Deque<String> sent = SENT.getOrDefault(socket, new ArrayDeque<>());
        final String frames;
        synchronized (sent) {
            frames = String.join("\n    ", sent);
        }
        final String reason = "VPP stopped answering after " + finished + " (in " + current + ": " + what
            + "; a control_ping on a fresh connection got no reply within " + PROBE_TIMEOUT.toMillis()
            + " ms either); the last frames sent:\n    " + frames;
        final String first = DEAD.putIfAbsent(socket, reason);
        return first != null ? first : reason;
    }

    /** Whether VPP takes a new client and answers its control_ping, each within {@link #PROBE_TIMEOUT}. */
    static boolean answers(final Path socket) {
        try (RawVpp probe = RawVpp.unwatched(socket)) {
            probe.timeout(PROBE_TIMEOUT);
            probe.handshake("conformance-probe");
            return probe.request(new ControlPing()).retval() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets that the VPP behind {@code socket} is dead (for a test of this class, which kills its own). */
    static void forget(final Path socket) {
        DEAD.remove(socket);
        SENT.remove(socket);
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distribution, started and stopped with the README's run command ({@code run.sh --background} and
 * {@code run.sh --stop}) on a home of its own, against the VPP socket it is given; and RESTCONF requests to it.
 * {@link #controller} is the same distribution as the OpenDaylight controller that mounts the agent
 * ({@code run.sh --controller}: NETCONF topology, no nsm-vpp, web server on 9181).
 */
final class Karaf {
    private static final Logger LOG = LoggerFactory.getLogger(Karaf.class);
    static final String USER = "admin";
    static final String PASSWORD = "admin";

    /** An HTTP answer. */
    record Answer(int status, String body) {
        @Override
        public String toString() {
            return "HTTP " + status + ": " + body;
        }
    }

    private final Path repo;
    private final Path home;
    private final Path vppSocket;
    private final Path runLog;
    private final String web;
    private final List<String> role;
    private final String script;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private boolean running;
    private int boots;

    Karaf(final Path repo, final Path home, final Path vppSocket, final Path runLog) {
        this(repo, home, vppSocket, runLog, 8181, List.of());
    }

    private Karaf(final Path repo, final Path home, final Path vppSocket, final Path runLog, final int webPort,
            final List<String> role) {
        this.repo = repo;
        this.home = home;
        this.vppSocket = vppSocket;
        this.runLog = runLog;
        this.web = "http://127.0.0.1:" + webPort;
        this.role = role;
        this.script = role.isEmpty() ? "run.sh" : "run.sh " + String.join(" ", role);
    }

    /** A controller ({@code run.sh --controller}) on a home of its own: RESTCONF on 9181, no agent, no VPP. */
    static Karaf controller(final Path repo, final Path home, final Path runLog) {
        return new Karaf(repo, home, null, runLog, 9181, List.of("--controller"));
    }

    Path home() {
        return home;
    }

    boolean running() {
        return running;
    }

    /** {@code run.sh --background}: returns once RESTCONF answers and the agent reports VPP connected. */
    void start() throws IOException, InterruptedException {
        final long began = System.nanoTime();
        final int rc = runScript("--background");
        if (rc != 0) {
            throw new IllegalStateException(script + " --background exited with " + rc + "; see " + runLog
                + " and " + home.resolve("data/log/karaf.log"));
        }
        running = true;
        LOG.info("Karaf {} is up in {} s", home.getFileName(), (System.nanoTime() - began) / 1_000_000_000L);
    }

    /** {@code run.sh --stop}: SIGTERM, and waits until Karaf has exited; keeps this boot's log beside the home. */
    void stop() throws IOException, InterruptedException {
        final int rc = runScript("--stop");
        running = false;
        final Path log = home.resolve("data/log/karaf.log");
        if (Files.exists(log)) {
            Files.copy(log, home.resolveSibling(home.getFileName() + "-boot" + ++boots + ".log"),
                StandardCopyOption.REPLACE_EXISTING);
        }
        if (rc != 0) {
            throw new IllegalStateException(script + " --stop exited with " + rc + "; see " + runLog);
        }
    }

    private int runScript(final String argument) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("bash", repo.resolve("run.sh").toString()));
        command.addAll(role);
        command.add(argument);
        final var builder = new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(runLog.toFile()));
        final var env = builder.environment();
        // The reactor has just built the distribution: run.sh must not build it again.
        env.put("NSM_VPP_SKIP_BUILD", "1");
        env.put("NSM_VPP_HOME", home.toString());
        if (vppSocket != null) {
            env.put("VPP_API_SOCKET", vppSocket.toString());
        } else {
            env.remove("VPP_API_SOCKET");
        }
        env.remove("JAVA_TOOL_OPTIONS");
        final Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " " + argument + " did not finish within 20 minutes");
        }
        return process.exitValue();
    }

    /** A GET of any path of the web server (8181, the controller's 9181), authenticated. */
    Answer getRaw(final String path) throws IOException, InterruptedException {
        final var request = HttpRequest.newBuilder(URI.create(web + path))
            .timeout(Duration.ofSeconds(60)).header("Authorization", basic(USER + ":" + PASSWORD)).GET().build();
        final var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    Answer get(final String path) throws IOException, InterruptedException {
        return send("GET", path, null, true);
    }

    Answer put(final String path, final String json) throws IOException, InterruptedException {
        return send("PUT", path, json, true);
    }

    Answer delete(final String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, true);
    }

    Answer send(final String method, final String path, final String json, final boolean authenticated)
            throws IOException, InterruptedException {
        return send(method, path, json, authenticated ? USER + ":" + PASSWORD : null);
    }

    Answer send(final String method, final String path, final String json, final String credentials)
            throws IOException, InterruptedException {
        final var request = HttpRequest.newBuilder(URI.create(web + "/rests/data/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/yang-data+json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/yang-data+json");
        }
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        final var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    static String basic(final String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** The last lines of Karaf's log, for a failure's message. */
    String logTail(final int lines) {
        final Path log = home.resolve("data/log/karaf.log");
        try {
            final var all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + log + ": " + e.getMessage() + ")";
        }
    }
}

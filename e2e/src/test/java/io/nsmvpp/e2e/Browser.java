/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium}) on the distribution's pages. Swagger UI refuses credentials in the
 * URL ("Request cannot be constructed from a URL that includes credentials"), so the browser goes through a small
 * local proxy that adds the Authorization header, as a reverse proxy in front of OpenDaylight would.
 */
final class Browser implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");

    private final Path binary;
    private final HttpServer proxy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    private Browser(final Path binary, final String authorization) throws IOException {
        this.binary = binary;
        this.authorization = authorization;
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Browser open(final Path binary, final String authorization) throws IOException {
        return new Browser(binary, authorization);
    }

    /** The proxy's URL for a path of the distribution's web server (8181). */
    String url(final String path) {
        return "http://127.0.0.1:" + proxy.getAddress().getPort() + path;
    }

    private void forward(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8181"
                    + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .method(exchange.getRequestMethod(), bodyOf(exchange.getRequestBody()));
            final String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null) {
                request.header("Accept", accept);
            }
            final String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            final HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().firstValue("Content-Type")
                .ifPresent(value -> exchange.getResponseHeaders().add("Content-Type", value));
            final byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static HttpRequest.BodyPublisher bodyOf(final InputStream in) throws IOException {
        final byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    /** Loads {@code url}, lets its scripts run for {@code budget}, and returns the DOM Chromium ends with. */
    String dumpDom(final String url, final Duration budget, final Path work) throws IOException,
            InterruptedException {
        final Path dom = work.resolve("dom.html");
        run(work, dom, Stream.of("--dump-dom", url), budget);
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** Loads {@code url} like {@link #dumpDom} and saves a PNG of the window. */
    void screenshot(final String url, final Duration budget, final Path png, final Path work) throws IOException,
            InterruptedException {
        run(work, work.resolve("screenshot.out"), Stream.of("--screenshot=" + png, "--window-size=1366,2400",
            "--hide-scrollbars", url), budget);
    }

    private void run(final Path work, final Path stdout, final Stream<String> what, final Duration budget)
            throws IOException, InterruptedException {
        final List<String> command = Stream.concat(Stream.of(binary.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + work.resolve("chromium"),
            "--virtual-time-budget=" + budget.toMillis()), what).toList();
        final Process process = new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("chromium.err").toFile()))
            .start();
        if (!process.waitFor(budget.toSeconds() + 120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish: " + command);
        }
    }

    @Override
    public void close() {
        proxy.stop(0);
    }
}

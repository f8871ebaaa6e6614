/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A NETCONF session over SSH to the distribution's northbound (port 2830), as an operator's tool would open it:
 * OpenSSH's {@code ssh -s ... netconf}, the password given through {@code SSH_ASKPASS}, NETCONF 1.0 framing
 * ({@code ]]>]]>}) because the hello offers only base:1.0.
 */
final class Netconf implements AutoCloseable {
    private static final String EOM = "]]>]]>";
    private static final String BASE = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private final Process ssh;
    private final OutputStream in;
    private final InputStream out;
    private final String serverHello;
    private int messageId;

    private Netconf(final Process ssh) throws IOException {
        this.ssh = ssh;
        this.in = ssh.getOutputStream();
        this.out = ssh.getInputStream();
        send("<hello xmlns=\"" + BASE + "\"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability>"
            + "</capabilities></hello>");
        serverHello = read();
    }

    static Netconf open(final Path work, final String user, final String password) throws IOException {
        final Path askpass = work.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\necho '" + password + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        final var builder = new ProcessBuilder("ssh", "-p", "2830", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no",
                "-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "NumberOfPasswordPrompts=1",
                "-s", user + "@127.0.0.1", "netconf")
            .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("ssh.err").toFile()));
        builder.environment().put("SSH_ASKPASS", askpass.toString());
        builder.environment().put("SSH_ASKPASS_REQUIRE", "force");
        builder.environment().put("DISPLAY", ":0");
        return new Netconf(builder.start());
    }

    String serverHello() {
        return serverHello;
    }

    /** Sends one RPC (its inner XML) and returns the whole rpc-reply. */
    String rpc(final String body) throws IOException {
        send("<rpc message-id=\"" + ++messageId + "\" xmlns=\"" + BASE + "\">" + body + "</rpc>");
        return read();
    }

    private void send(final String xml) throws IOException {
        in.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml + EOM).getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private String read() throws IOException {
        final var buffer = new ByteArrayOutputStream();
        final byte[] eom = EOM.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        while (matched < eom.length) {
            final int next = out.read();
            if (next < 0) {
                throw new IOException("the NETCONF session ended; so far: " + buffer.toString(StandardCharsets.UTF_8));
            }
            buffer.write(next);
            matched = next == eom[matched] ? matched + 1 : next == eom[0] ? 1 : 0;
        }
        final String text = buffer.toString(StandardCharsets.UTF_8);
        return text.substring(0, text.length() - EOM.length());
    }

    @Override
    public void close() throws IOException {
        try {
            rpc("<close-session/>");
        } catch (IOException e) {
            // the server may already have gone; the process is ended below either way
        }
        ssh.destroy();
        try {
            if (!ssh.waitFor(5, TimeUnit.SECONDS)) {
                ssh.destroyForcibly();
            }
        } catch (InterruptedException e) {
            ssh.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interfaces being created and not yet tagged. Most create messages have no tag field, so an interface exists
 * untagged between its create and {@code sw_interface_tag_add_del}; an agent killed in that moment would leave an
 * interface no one can tell is ours (DESIGN §3, crash safety). So before a create is sent its intent is appended
 * here (the tag it is for, and what identifies the interface before the tag does: a MAC, a memif socket and id, a
 * VNI, a port, a host interface), and once the tag is set the intent is closed. The next agent reads the intents
 * left open ({@link #inherited()}), deletes the untagged interfaces they describe, and then marks them
 * {@link #settled(Collection)}.
 *
 * <p>A running agent can lose a create the same way: VPP goes away, or its reply does not come in time, after VPP
 * made the interface and before the tag was set, and the transaction's revert cannot delete what it never heard
 * of. The engine then {@link #abandon(String) abandons} the intent when the revert is done: it joins the inherited
 * ones in {@link #unsettled()}, and the next reconciliation pass (VPP connected again, or the next start) deletes the
 * interface it describes, as for a killed agent. The agent asks for a sweep of them as soon as an intent is
 * abandoned.
 *
 * <p>Each record is one {@code write} to the file, so it survives the process being killed (SIGKILL) without an
 * fsync; a machine crash may lose the last ones, as it may lose VPP itself. The file is compacted when it grows.
 */
public final class CreateJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CreateJournal.class);
    private static final long COMPACT_AT = 1 << 20;

    /**
     * One open intent.
     *
     * @param tag the tag the interface was to carry
     * @param kind the mechanism
     * @param identity what identifies the interface untagged, in the mechanism's own terms
     */
    public record Intent(long number, String tag, String kind, List<String> identity) {
        public Intent {
            identity = List.copyOf(identity);
        }

        String line() {
            return "B\t" + number + "\t" + tag + "\t" + kind + "\t" + String.join("\t", identity) + "\n";
        }
    }

    private final @Nullable Path file;
    /** This run's open intents, by tag: one create at a time per side. */
    private final Map<String, Intent> open = new LinkedHashMap<>();
    /** A previous run's open intents and this run's abandoned ones, not yet settled, by number. */
    private final Map<Long, Intent> left = new LinkedHashMap<>();
    private final List<Intent> inherited;
    private long next;
    private @Nullable FileChannel channel;
    private volatile Runnable onAbandon = () -> { };

    private CreateJournal(final @Nullable Path file, final List<Intent> inherited, final long next) {
        this.file = file;
        this.inherited = List.copyOf(inherited);
        this.next = next;
        inherited.forEach(intent -> left.put(intent.number(), intent));
    }

    /** A journal that keeps nothing: for tests and embedders that accept the crash window. */
    public static CreateJournal none() {
        return new CreateJournal(null, List.of(), 0);
    }

    /**
     * Opens the journal in {@code file}, reading what a previous agent left open into {@link #inherited()}; those
     * stay in the file until {@link #settled(Collection)} says they are dealt with, so that a kill before then loses
     * none of them.
     */
    public static CreateJournal open(final Path file) throws IOException {
        final Map<Long, Intent> left = new LinkedHashMap<>();
        long last = 0;
        if (Files.exists(file)) {
            final String text = Files.readString(file, StandardCharsets.UTF_8);
            // a last line without its newline was cut short by a kill: its create was not sent
            final int complete = text.lastIndexOf('\n') + 1;
            if (complete < text.length()) {
                LOG.debug("create journal {} ends with a line cut short: {}", file, text.substring(complete));
            }
            for (String line : text.substring(0, complete).split("\n")) {
                final String[] words = line.split("\t");
                try {
                    if (words.length >= 4 && "B".equals(words[0])) {
                        final long number = Long.parseLong(words[1]);
                        left.put(number, new Intent(number, words[2], words[3], Arrays.asList(words).subList(4,
                            words.length)));
                        last = Math.max(last, number);
                    } else if (words.length == 2 && "E".equals(words[0])) {
                        left.remove(Long.parseLong(words[1]));
                    }
                } catch (NumberFormatException e) {
                    LOG.warn("create journal {}: unreadable line '{}' ignored", file, line, e);
                }
            }
        } else {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        final var journal = new CreateJournal(file, new ArrayList<>(left.values()), last + 1);
        journal.rewrite();
        if (!left.isEmpty()) {
            LOG.info("{} interface creation(s) of a previous run were cut short before their tag was set: {}",
                left.size(), left.values().stream().map(Intent::tag).toList());
        }
        return journal;
    }

    /** The intents a previous agent left open. */
    public List<Intent> inherited() {
        return inherited;
    }

    /** Records that an interface for {@code tag} is about to be created, identified by {@code identity}. */
    public synchronized void begin(final String tag, final String kind, final String... identity) {
        final var intent = new Intent(next++, tag, kind, List.of(identity));
        final var before = open.put(tag, intent);
        if (before != null) {
            // the same side's create, now with more of its identity known (a memif's socket id, after the file)
            append("E\t" + before.number() + "\n");
        }
        append(intent.line());
    }

    /** Records that the interface for {@code tag} carries its tag now (or was never made, or is gone again). */
    public synchronized void end(final String tag) {
        final var intent = open.remove(tag);
        if (intent != null) {
            append("E\t" + intent.number() + "\n");
            if (size() > COMPACT_AT) {
                rewrite();
            }
        }
    }

    /**
     * Records that the create for {@code tag} was given up (its transaction failed and was reverted) while its intent
     * was still open: VPP may hold the interface untagged, unknown to the revert. The intent becomes
     * {@link #unsettled()} until a pass has deleted what it describes. Nothing happens when no intent is open for the
     * tag (its tag was set, or no create was begun).
     */
    public void abandon(final String tag) {
        final Intent intent;
        synchronized (this) {
            intent = open.remove(tag);
            if (intent == null) {
                return;
            }
            left.put(intent.number(), intent);
        }
        LOG.warn("the create of {} interface {} was cut short before its tag was set (identified by {}): a sweep "
            + "deletes it if VPP made it", intent.kind(), tag, intent.identity());
        onAbandon.run();
    }

    /** Whether a create for {@code tag} is open (begun, its tag not set yet). */
    public synchronized boolean isOpen(final String tag) {
        return open.containsKey(tag);
    }

    /** What to run when an intent is abandoned: the agent asks for a sweep. */
    public void onAbandon(final Runnable action) {
        onAbandon = action;
    }

    /**
     * The intents a pass may settle now: the inherited ones and the abandoned ones, except those whose tag has a create
     * in flight again (a retry of the same side, whose interface the pass must not take for the abandoned one).
     */
    public synchronized List<Intent> unsettled() {
        return left.values().stream().filter(intent -> !open.containsKey(intent.tag())).toList();
    }

    /** These unsettled intents are dealt with: their interfaces are gone or carry their tags. */
    public synchronized void settled(final Collection<Intent> intents) {
        intents.forEach(intent -> left.remove(intent.number()));
        rewrite();
    }

    /** Intents open now (this run's and unsettled inherited ones), for tests. */
    public synchronized List<Intent> openIntents() {
        final List<Intent> all = new ArrayList<>(left.values());
        all.addAll(open.values());
        return all;
    }

    private long size() {
        try {
            return channel == null ? 0 : channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    private void append(final String line) {
        if (channel == null) {
            return;
        }
        try {
            final ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the create journal " + file, e);
        }
    }

    /** Writes the open intents alone to a new file and moves it in place. */
    private void rewrite() {
        if (file == null) {
            return;
        }
        try {
            if (channel != null) {
                channel.close();
            }
            final Path fresh = file.resolveSibling(file.getFileName() + ".new");
            final StringBuilder text = new StringBuilder();
            left.values().forEach(intent -> text.append(intent.line()));
            open.values().forEach(intent -> text.append(intent.line()));
            Files.writeString(fresh, text, StandardCharsets.UTF_8);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the create journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("closing the create journal {} failed", file, e);
            }
            channel = null;
        }
    }
}

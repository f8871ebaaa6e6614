/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The message table one simulated VPP run hands out in {@code sockclnt_create_reply}: every name_crc of VPP v26.06
 * with the plugins nsm-vpp uses, each with the id of this run. Ids are VPP's own unless shuffled; shuffling keeps
 * only {@code sockclnt_create} = 15 and its reply = 16, the two ids a client may hard-code.
 */
final class MessageTable {
    static final int SOCKCLNT_CREATE = 15;
    static final int SOCKCLNT_CREATE_REPLY = 16;
    private static final String RESOURCE = "messages-v26.06.txt";

    private final List<MessageTableEntry> entries;
    private final Map<String, Integer> idByNameCrc;
    private final String[] nameById;

    private MessageTable(final List<String> nameCrcs, final int[] ids) {
        final var list = new ArrayList<MessageTableEntry>(nameCrcs.size());
        idByNameCrc = new HashMap<>();
        int max = 0;
        for (int id : ids) {
            max = Math.max(max, id);
        }
        nameById = new String[max + 1];
        for (int i = 0; i < nameCrcs.size(); i++) {
            list.add(new MessageTableEntry(ids[i], nameCrcs.get(i)));
            idByNameCrc.put(nameCrcs.get(i), ids[i]);
            nameById[ids[i]] = nameCrcs.get(i);
        }
        entries = List.copyOf(list);
    }

    /** The v26.06 table, with VPP's ids or, when {@code shuffleSeed} is not null, with ids shuffled by it. */
    static MessageTable v2606(final Long shuffleSeed) {
        final List<String> names = load();
        final int[] ids = new int[names.size()];
        final List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
            if (ids[i] != SOCKCLNT_CREATE && ids[i] != SOCKCLNT_CREATE_REPLY) {
                movable.add(ids[i]);
            }
        }
        if (shuffleSeed != null) {
            Collections.shuffle(movable, new Random(shuffleSeed));
            int next = 0;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] != SOCKCLNT_CREATE && ids[i] != SOCKCLNT_CREATE_REPLY) {
                    ids[i] = movable.get(next++);
                }
            }
        }
        return new MessageTable(names, ids);
    }

    private static List<String> load() {
        final InputStream in = MessageTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            final var names = new ArrayList<String>(1024);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final int space = line.indexOf(' ');
                names.add(line.substring(0, space) + "_" + line.substring(space + 1).trim());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<MessageTableEntry> entries() {
        return entries;
    }

    /** The id of a name_crc in this run, or -1 when this VPP does not have it. */
    int id(final String nameCrc) {
        return idByNameCrc.getOrDefault(nameCrc, -1);
    }

    /** The name_crc of an id, or null. */
    String nameCrc(final int id) {
        return id >= 0 && id < nameById.length ? nameById[id] : null;
    }
}

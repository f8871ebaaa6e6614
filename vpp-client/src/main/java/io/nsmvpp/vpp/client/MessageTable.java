/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import io.nsmvpp.vpp.client.msg.MessageTableEntry;
import io.nsmvpp.vpp.client.msg.MessageType;
import io.nsmvpp.vpp.client.msg.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The message ids of one connection, resolved by {@code name_crc} from the table {@code sockclnt_create_reply}
 * sent. Ids depend on the plugins VPP loaded, so a new table is built at every connect. Immutable.
 */
public final class MessageTable {
    private final Map<String, Integer> byNameCrc;
    private final Map<MessageType<?>, Integer> ids = new IdentityHashMap<>();
    /** Today's type to the older form VPP announced instead, for the few messages where it did. */
    private final Map<MessageType<?>, MessageType<?>> olderForms = new IdentityHashMap<>();
    private final MessageType<?>[] types;
    private final Set<String> loadedPlugins = new HashSet<>();
    private final Map<String, String> vppNameCrcByName = new HashMap<>();

    MessageTable(final List<MessageTableEntry> entries, final Collection<MessageType<?>> known) {
        final var table = new HashMap<String, Integer>();
        int maxId = 0;
        for (MessageTableEntry entry : entries) {
            table.put(entry.name(), entry.index());
            final String nameCrc = entry.name();
            final int cut = nameCrc.lastIndexOf('_');
            if (cut > 0) {
                vppNameCrcByName.put(nameCrc.substring(0, cut), nameCrc);
            }
        }
        byNameCrc = Map.copyOf(table);
        for (MessageType<?> type : known) {
            Integer id = byNameCrc.get(type.nameCrc());
            if (id == null) {
                for (MessageType<?> form : type.olderForms()) {
                    id = byNameCrc.get(form.nameCrc());
                    if (id != null) {
                        olderForms.put(type, form);
                        break;
                    }
                }
            }
            if (id != null) {
                ids.put(type, id);
                maxId = Math.max(maxId, id);
            }
            if (vppNameCrcByName.containsKey(type.name())) {
                loadedPlugins.add(type.plugin());
            }
        }
        types = new MessageType<?>[maxId + 1];
        for (MessageType<?> type : known) {
            final Integer id = ids.get(type);
            // With two types for one name_crc, the first known (the library's own) decodes what VPP sends.
            if (id != null && types[id] == null) {
                types[id] = formOf(type);
            }
        }
    }

    /** A table for the messages of {@link Messages#ALL} and any others the caller checks. */
    static MessageTable of(final List<MessageTableEntry> entries, final Collection<MessageType<?>> checked) {
        final var known = new LinkedHashSet<MessageType<?>>(Messages.ALL);
        known.addAll(checked);
        return new MessageTable(entries, known);
    }

    /** This connection's id of {@code type}, or -1 if VPP does not offer it with the same CRC. */
    public int idOf(final MessageType<?> type) {
        final Integer id = ids.get(type);
        return id == null ? -1 : id;
    }

    /** The id of any {@code name_crc} VPP listed, known to this client or not; -1 if absent. */
    public int idOf(final String nameCrc) {
        return byNameCrc.getOrDefault(nameCrc, -1);
    }

    /**
     * The form in which {@code type} travels on this connection: the type itself, or the older form VPP announced
     * instead of it (see {@link MessageType#olderForms()}).
     */
    public MessageType<?> formOf(final MessageType<?> type) {
        final MessageType<?> older = olderForms.get(type);
        return older == null ? type : older;
    }

    /** The older forms VPP announced instead of today's messages, by {@code name_crc}; usually empty. */
    public List<String> olderFormsInUse() {
        return olderForms.values().stream().map(MessageType::nameCrc).sorted().toList();
    }

    /** The known message type with this id on this connection, or null. */
    public MessageType<?> typeOf(final int id) {
        return id >= 0 && id < types.length ? types[id] : null;
    }

    /** Number of messages VPP listed. */
    public int size() {
        return byNameCrc.size();
    }

    /** Plugins of which VPP offers at least one message this client knows, by name. */
    public Set<String> loadedPlugins() {
        return Set.copyOf(loadedPlugins);
    }

    /**
     * Every message of {@code plugins} (and the core ones) that VPP lacks or has with another CRC, one line each.
     */
    List<String> incompatibilities(final Set<String> plugins, final Collection<MessageType<?>> known) {
        final var problems = new ArrayList<String>();
        for (MessageType<?> type : known) {
            if (!type.plugin().equals(MessageType.CORE) && !plugins.contains(type.plugin())) {
                continue;
            }
            if (ids.containsKey(type)) {
                continue;
            }
            final String theirs = vppNameCrcByName.get(type.name());
            if (theirs != null) {
                problems.add(type.name() + ": CRC mismatch, client has " + type.nameCrc() + ", VPP has " + theirs);
            } else if (type.plugin().equals(MessageType.CORE) || loadedPlugins.contains(type.plugin())) {
                problems.add(type.name() + ": missing (expected " + type.nameCrc() + ")");
            } else {
                problems.add(type.name() + ": missing, plugin " + type.plugin() + " is not loaded (expected "
                    + type.nameCrc() + ")");
            }
        }
        return problems;
    }
}

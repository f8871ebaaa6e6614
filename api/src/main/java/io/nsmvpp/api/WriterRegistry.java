/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.binding.DataObject;
import org.opendaylight.yangtools.binding.DataObjectReference;

/**
 * Write customizers and validators keyed by YANG node (a wildcarded binding reference), in an explicit order:
 * creates and updates run in {@link #order()}, deletes in reverse. Order comes only from "after" and "before"
 * constraints given at registration (hc2vpp registers interfaces before the things that sit on them); a cycle is
 * refused when the registry is built, naming the nodes on it.
 *
 * <p>A new mechanism plugs in by registering its customizer (and validators) for its node, after whatever it sits
 * on and before whatever sits on it. The executor, {@link TransactionWriter}, needs no change:
 * <pre>{@code
 * WriterRegistry.builder()
 *     .add(MEMIF, memifCustomizer)
 *     .addAfter(SIDE, sideCustomizer, Set.of(MEMIF, VXLAN))
 *     .addValidator(MEMIF, memifValidator)
 *     .build();
 * }</pre>
 */
public final class WriterRegistry {
    private record Entry(DataObjectReference<?> node, WriteCustomizer<?> customizer, Set<DataObjectReference<?>> after,
            Set<DataObjectReference<?>> before) {
    }

    private final List<DataObjectReference<?>> order;
    private final Map<DataObjectReference<?>, WriteCustomizer<?>> customizers;
    private final Map<DataObjectReference<?>, List<Validator<?>>> validators;
    private final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> dependencies;

    private WriterRegistry(final List<DataObjectReference<?>> order,
            final Map<DataObjectReference<?>, WriteCustomizer<?>> customizers,
            final Map<DataObjectReference<?>, List<Validator<?>>> validators,
            final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> dependencies) {
        this.order = List.copyOf(order);
        this.customizers = Map.copyOf(customizers);
        this.validators = Map.copyOf(validators);
        this.dependencies = Map.copyOf(dependencies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every registered node, in write order. */
    public List<DataObjectReference<?>> order() {
        return order;
    }

    /** The position of {@code node} in {@link #order()}, or -1. */
    public int position(final DataObjectReference<?> node) {
        return order.indexOf(node);
    }

    @SuppressWarnings("unchecked")
    public <D extends DataObject> Optional<WriteCustomizer<D>> customizer(final DataObjectReference<D> node) {
        return Optional.ofNullable((WriteCustomizer<D>) customizers.get(node));
    }

    @SuppressWarnings("unchecked")
    public <D extends DataObject> List<Validator<D>> validators(final DataObjectReference<D> node) {
        return (List<Validator<D>>) (List<?>) validators.getOrDefault(node, List.of());
    }

    /**
     * The nodes that must be written before {@code node}, transitively: when one of them is re-created in a list
     * entry, {@code node} is re-applied there too.
     */
    public Set<DataObjectReference<?>> dependencies(final DataObjectReference<?> node) {
        return dependencies.getOrDefault(node, Set.of());
    }

    /** Collects registrations; {@link #build()} orders them. */
    public static final class Builder {
        private final Map<DataObjectReference<?>, Entry> entries = new LinkedHashMap<>();
        private final Map<DataObjectReference<?>, List<Validator<?>>> validators = new HashMap<>();

        private Builder() {
        }

        /** Registers a customizer with no order constraint. */
        public <D extends DataObject> Builder add(final DataObjectReference<D> node,
                final WriteCustomizer<D> customizer) {
            return register(node, customizer, Set.of(), Set.of());
        }

        /** Registers a customizer whose node is written after every node of {@code after}. */
        public <D extends DataObject> Builder addAfter(final DataObjectReference<D> node,
                final WriteCustomizer<D> customizer, final Collection<? extends DataObjectReference<?>> after) {
            return register(node, customizer, Set.copyOf(after), Set.of());
        }

        /** Registers a customizer whose node is written before every node of {@code before}. */
        public <D extends DataObject> Builder addBefore(final DataObjectReference<D> node,
                final WriteCustomizer<D> customizer, final Collection<? extends DataObjectReference<?>> before) {
            return register(node, customizer, Set.of(), Set.copyOf(before));
        }

        /** Adds a validator for a node (a node may have several; they run in registration order). */
        public <D extends DataObject> Builder addValidator(final DataObjectReference<D> node,
                final Validator<D> validator) {
            validators.computeIfAbsent(Objects.requireNonNull(node), k -> new ArrayList<>())
                .add(Objects.requireNonNull(validator));
            return this;
        }

        private Builder register(final DataObjectReference<?> node, final WriteCustomizer<?> customizer,
                final Set<DataObjectReference<?>> after, final Set<DataObjectReference<?>> before) {
            Objects.requireNonNull(customizer);
            if (!node.isWildcarded() && !node.isExact()) {
                throw new IllegalArgumentException("not a node reference: " + node);
            }
            if (entries.putIfAbsent(node, new Entry(node, customizer, after, before)) != null) {
                throw new IllegalArgumentException("a customizer is already registered for " + node);
            }
            return this;
        }

        /**
         * Orders the nodes (registration order where no constraint decides).
         *
         * @throws IllegalStateException on a cycle, or a constraint naming a node nothing is registered for
         */
        public WriterRegistry build() {
            // edges: x -> y means x is written before y
            final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> next = new LinkedHashMap<>();
            final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> prev = new HashMap<>();
            for (var node : entries.keySet()) {
                next.put(node, new LinkedHashSet<>());
                prev.put(node, new LinkedHashSet<>());
            }
            for (Entry entry : entries.values()) {
                for (var first : entry.after()) {
                    edge(next, prev, require(first, entry.node()), entry.node());
                }
                for (var later : entry.before()) {
                    edge(next, prev, entry.node(), require(later, entry.node()));
                }
            }
            for (var node : validators.keySet()) {
                require(node, node);
            }

            final List<DataObjectReference<?>> order = new ArrayList<>();
            final Map<DataObjectReference<?>, Integer> waiting = new HashMap<>();
            prev.forEach((node, before) -> waiting.put(node, before.size()));
            final Deque<DataObjectReference<?>> ready = new ArrayDeque<>();
            for (var node : entries.keySet()) {
                if (waiting.get(node) == 0) {
                    ready.add(node);
                }
            }
            while (!ready.isEmpty()) {
                final var node = ready.poll();
                order.add(node);
                for (var later : next.get(node)) {
                    if (waiting.merge(later, -1, Integer::sum) == 0) {
                        ready.add(later);
                    }
                }
            }
            if (order.size() != entries.size()) {
                final Set<DataObjectReference<?>> cyclic = new LinkedHashSet<>(entries.keySet());
                order.forEach(cyclic::remove);
                throw new IllegalStateException("write order has a cycle through " + cyclic.stream()
                    .map(Object::toString).collect(Collectors.joining(", ")));
            }

            final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> dependencies = new HashMap<>();
            for (var node : order) {
                final Set<DataObjectReference<?>> all = new HashSet<>();
                for (var first : prev.get(node)) {
                    all.add(first);
                    all.addAll(dependencies.get(first));
                }
                dependencies.put(node, Set.copyOf(all));
            }
            final Map<DataObjectReference<?>, WriteCustomizer<?>> customizers = new HashMap<>();
            entries.forEach((node, entry) -> customizers.put(node, entry.customizer()));
            final Map<DataObjectReference<?>, List<Validator<?>>> frozen = new HashMap<>();
            validators.forEach((node, list) -> frozen.put(node, List.copyOf(list)));
            return new WriterRegistry(order, customizers, frozen, dependencies);
        }

        private DataObjectReference<?> require(final DataObjectReference<?> node, final DataObjectReference<?> user) {
            if (!entries.containsKey(node)) {
                throw new IllegalStateException(user + " refers to " + node
                    + ", for which no customizer is registered");
            }
            return node;
        }

        private static void edge(final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> next,
                final Map<DataObjectReference<?>, Set<DataObjectReference<?>>> prev, final DataObjectReference<?> from,
                final DataObjectReference<?> to) {
            if (from.equals(to)) {
                throw new IllegalStateException("write order has a cycle through " + from);
            }
            next.get(from).add(to);
            prev.get(to).add(from);
        }
    }
}

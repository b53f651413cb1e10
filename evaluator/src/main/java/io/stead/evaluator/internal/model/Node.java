package io.stead.evaluator.internal.model;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A definition as data: a plain value (scalar, list, attribute set) or a property wrapping one
 * ({@code $if}, {@code $merge}, priority, order, {@code $ref}, computed). Every node knows where
 * it was written. File modules and plugin modules both become nodes, so one set of merge rules
 * serves both.
 */
public sealed interface Node {

    /** @return where this node was written */
    Location location();

    /**
     * A scalar: Boolean, Long, Double, String, SystemPackage or null.
     *
     * @param value the value
     * @param location where written
     */
    record Scalar(Object value, Location location) implements Node {
    }

    /**
     * A list of definitions.
     *
     * @param items the elements
     * @param location where written
     */
    record ListNode(List<Node> items, Location location) implements Node {
        /**
         * @param items copied
         * @param location where written
         */
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /**
     * An attribute set. Entries keep their order and may repeat a path: two definitions of one
     * path in one file are two definitions.
     *
     * @param entries the entries
     * @param location where written
     */
    record Attrs(List<Entry> entries, Location location) implements Node {
        /**
         * @param entries copied
         * @param location where written
         */
        public Attrs {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry of an attribute set: a (possibly dotted) path and its value.
     *
     * @param path the key as an attribute path
     * @param value the definition
     */
    record Entry(OptionPath path, Node value) {
    }

    /**
     * {@code $if}: the body counts only when all conditions hold.
     *
     * @param conditions the conditions
     * @param body the guarded definition
     * @param location where written
     */
    record When(List<Condition> conditions, Node body, Location location) implements Node {
        /**
         * @param conditions copied
         * @param body guarded
         * @param location where written
         */
        public When {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code $merge}.
     *
     * @param parts the definitions
     * @param location where written
     */
    record Merge(List<Node> parts, Location location) implements Node {
        /**
         * @param parts copied
         * @param location where written
         */
        public Merge {
            parts = List.copyOf(parts);
        }
    }

    /**
     * {@code $default}, {@code $force}, {@code $override}.
     *
     * @param priority the priority
     * @param body the definition
     * @param location where written
     */
    record Prio(int priority, Node body, Location location) implements Node {
    }

    /**
     * {@code $before}, {@code $after}, {@code $order}.
     *
     * @param order the order
     * @param body the definition
     * @param location where written
     */
    record Ordered(int order, Node body, Location location) implements Node {
    }

    /**
     * {@code $ref}: the final value at a path of the defining module's configuration.
     *
     * @param path the path
     * @param location where written
     */
    record Ref(OptionPath path, Location location) implements Node {
    }

    /**
     * A value computed by plugin code from the defining module's configuration.
     *
     * @param function the plugin's function
     * @param location where it was defined
     */
    record Computed(Function<Config, ?> function, Location location) implements Node {
    }

    /**
     * A part of an evaluated value not read yet: an attribute of a submodule's or an
     * {@code attrsOf}'s value, an element of a list's, reached by a {@code $ref}. It is read when
     * the definition it is part of is discharged, as NixOS forces {@code config.h.x} only when
     * the option it defines ({@code s = config.h} gives {@code s.x}) is used.
     *
     * @param value reads the part
     * @param location where the reference was written
     */
    record Lazy(Supplier<Object> value, Location location) implements Node {
    }

    /**
     * An already evaluated value (from a {@code $ref} or a computed value), possibly a lazy
     * map or list whose parts are evaluated on demand.
     *
     * @param value the plain value
     * @param location where the reference or computation was written
     */
    record Value(Object value, Location location) implements Node {
    }
}

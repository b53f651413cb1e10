package io.stead.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A definition value with a property attached: NixOS's {@code mkIf}, {@code mkMerge},
 * {@code mkOverride}, {@code mkOrder}, plus references and computed values. These wrap plain
 * values and may nest anywhere inside them; the evaluator discharges them when it merges.
 * Create them with the static factories, e.g. {@code mkDefault(22)}.
 */
public sealed interface Definition {

    /**
     * The value holds only when every condition holds.
     *
     * @param conditions paths of boolean options, {@code !path} for negation
     * @param value the guarded value
     */
    record When(List<String> conditions, Object value) implements Definition {
        /**
         * @param conditions copied; not empty
         * @param value the guarded value
         */
        public When {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("a condition is needed");
            }
        }
    }

    /**
     * Several definitions at one place.
     *
     * @param values the definitions, in order
     */
    record Merge(List<Object> values) implements Definition {
        /** @param values copied (may contain null) */
        public Merge {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /**
     * The value at a priority other than {@link Priority#PLAIN}.
     *
     * @param priority the priority; lower wins
     * @param value the value
     */
    record WithPriority(int priority, Object value) implements Definition {
    }

    /**
     * The value at an order other than {@link Order#DEFAULT}.
     *
     * @param order the order; lower comes first
     * @param value the value
     */
    record Ordered(int order, Object value) implements Definition {
    }

    /**
     * The final value of another option, evaluated lazily.
     *
     * @param path the option (or a path inside an option's value)
     */
    record Ref(OptionPath path) implements Definition {
        /** @param path not null */
        public Ref {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A value computed from the configuration, at most once per evaluation.
     *
     * @param function computes a plain value or {@link Definition}; no side effects
     */
    record Computed(Function<Config, ?> function) implements Definition {
        /** @param function not null */
        public Computed {
            Objects.requireNonNull(function, "function");
        }
    }

    /**
     * Defines {@code value} only when the boolean option {@code condition} is true. Around a
     * group of options the condition applies to each option in it, as NixOS pushes {@code mkIf}
     * down, so it may read the group's own options: {@code set("svc", mkIf("svc.enable",
     * Map.of("port", 8080)))} is a module's usual guard.
     *
     * @param condition a boolean option's path, {@code !path} for its negation
     * @param value the guarded value
     * @return {@code mkIf condition value}
     */
    static Definition mkIf(String condition, Object value) {
        return new When(List.of(condition), value);
    }

    /**
     * Several definitions written at one place, each with its own conditions and priorities.
     *
     * @param values definitions
     * @return {@code mkMerge [values]}
     */
    static Definition mkMerge(Object... values) {
        return new Merge(Arrays.asList(values));
    }

    /**
     * Defines {@code value} at a priority: of an option's definitions, only those with the
     * lowest priority number count, and the others are never read.
     *
     * @param priority the priority
     * @param value the value
     * @return {@code mkOverride priority value}
     */
    static Definition mkOverride(int priority, Object value) {
        return new WithPriority(priority, value);
    }

    /**
     * Defines {@code value} unless a plain definition exists: it beats the option's default
     * (1500) and loses to plain definitions (100).
     *
     * @param value the value
     * @return {@code mkDefault value} (priority 1000)
     */
    static Definition mkDefault(Object value) {
        return new WithPriority(Priority.DEFAULT, value);
    }

    /**
     * Defines {@code value} over plain definitions and defaults.
     *
     * @param value the value
     * @return {@code mkForce value} (priority 50)
     */
    static Definition mkForce(Object value) {
        return new WithPriority(Priority.FORCE, value);
    }

    /**
     * Places {@code value} among the option's other definitions, lower orders first (plain
     * definitions have 1000), for the types whose definitions concatenate, such as lists and
     * {@code lines}.
     *
     * @param order the order
     * @param value the value
     * @return {@code mkOrder order value}
     */
    static Definition mkOrder(int order, Object value) {
        return new Ordered(order, value);
    }

    /**
     * Places {@code value} before the definitions of the default order.
     *
     * @param value the value
     * @return {@code mkBefore value} (order 500)
     */
    static Definition mkBefore(Object value) {
        return new Ordered(Order.BEFORE, value);
    }

    /**
     * Places {@code value} after the definitions of the default order.
     *
     * @param value the value
     * @return {@code mkAfter value} (order 1500)
     */
    static Definition mkAfter(Object value) {
        return new Ordered(Order.AFTER, value);
    }

    /**
     * The final value of another option, or of a path inside one's value, read only when this
     * definition's option is, as {@code config.path} in a NixOS module.
     *
     * @param path an attribute path
     * @return a lazy reference to the final value at {@code path}
     */
    static Definition ref(String path) {
        return new Ref(OptionPath.parse(path));
    }

    /**
     * A value computed from the final configuration when it is first needed, at most once per
     * evaluation. The function may read any option through {@link Config}; a real cycle is
     * reported as infinite recursion.
     *
     * @param function computes a value from the configuration
     * @return a computed value
     */
    static Definition computed(Function<Config, ?> function) {
        return new Computed(function);
    }
}

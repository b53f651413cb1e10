package io.stead.api;

import java.util.function.Function;

/**
 * Where a module records its definitions. Implemented by the evaluator and handed to
 * {@link ModuleSpec#config}; valid only during that call. The evaluator records where each
 * definition was made (class file and line) for its messages.
 *
 * <p>Values are plain Java values ({@code Boolean}, {@code Integer}/{@code Long}, {@code Double},
 * {@code String}, {@code List}, {@code Map<String, ?>}, {@link SystemPackage}, {@code null}),
 * in which {@link Definition}s may appear at any depth, as NixOS's {@code mkIf} and friends may.
 */
public interface Definitions {

    /**
     * Defines the value at {@code path}.
     *
     * @param path an attribute path, relative to this sink's prefix
     * @param value a plain value or {@link Definition}
     */
    void set(String path, Object value);

    /**
     * Defines the value at {@code path} as computed from the configuration. The function runs
     * lazily, when the value is first needed, and at most once per evaluation. It must not
     * have side effects.
     *
     * @param path an attribute path, relative to this sink's prefix
     * @param value computes the value (plain or {@link Definition}) from the configuration this
     *     module belongs to
     */
    void compute(String path, Function<Config, ?> value);

    /**
     * A view of this sink whose definitions hold only when every condition holds (NixOS's
     * {@code mkIf}, pushed down to each definition). A condition is the path of a boolean
     * option, or {@code !path} for its negation.
     *
     * @param conditions the conditions, all of which must hold; at least one
     * @return the conditional sink
     * @throws IllegalArgumentException if no condition is given
     */
    Definitions when(String... conditions);

    /**
     * A view of this sink that puts {@code prefix} in front of every path.
     *
     * @param prefix an attribute path
     * @return the prefixed sink
     */
    Definitions under(String prefix);
}

package io.stead.api;

/**
 * A module in the NixOS sense: it declares options and contributes definitions. A
 * {@link ServiceModule} is a named, loadable module; a {@link io.stead.api.Submodule}'s
 * inner modules are plain {@code ModuleSpec}s.
 *
 * <p>The evaluator calls {@link #options} and {@link #config} once each, before any value is
 * computed, and may reuse what they recorded for many evaluations. Neither method may read
 * configuration values: anything that depends on configuration goes into a
 * {@link Definitions#compute computed} value, which the evaluator runs lazily, at most once per
 * evaluation. This keeps the <em>shape</em> of a module's definitions independent of values, so
 * a module may read any option without causing infinite recursion.
 */
public interface ModuleSpec {

    /**
     * Declares this module's options. Called once, before {@link #config}.
     *
     * @param options where to declare them; never null
     */
    default void options(Options options) {
    }

    /**
     * Contributes this module's definitions. Called once; values that depend on configuration
     * must be given as computed values or conditions, never read here.
     *
     * @param config where to record definitions; never null
     */
    default void config(Definitions config) {
    }
}

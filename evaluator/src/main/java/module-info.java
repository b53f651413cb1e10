/**
 * The module-system evaluator: collects modules, merges declarations and definitions by the
 * NixOS rules, and evaluates options lazily in one memoised fixpoint. Only the facade package is
 * exported; the pipeline's stages live in {@code internal}.
 */
module io.stead.evaluator {
    requires transitive io.stead.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports io.stead.evaluator;
}

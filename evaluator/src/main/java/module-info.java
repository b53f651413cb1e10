/**
 * The module-system evaluator: collects modules, merges declarations and definitions by the
 * NixOS rules, and evaluates options lazily in one memoised fixpoint. Only the facade package is
 * exported; the pipeline's stages live in {@code internal}.
 */
module io.stead.evaluator {
    requires transitive io.stead.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // its event types: the parser subclass that reports anchors of single values
    requires org.yaml.snakeyaml;

    exports io.stead.evaluator;
}

package io.stead.evaluator;

import java.util.List;

/**
 * Entry point of the evaluator. An evaluator holds the service modules' declarations and
 * definitions, recorded once, and evaluates any number of configurations with them.
 */
public final class Evaluator {
    private final List<PluginSource> plugins;

    private Evaluator(List<PluginSource> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /**
     * @param plugins every service module to take part (plugins and base modules)
     * @return an evaluator
     * @throws EvaluationException if two modules declare one option incompatibly or a module
     *     fails while declaring
     */
    public static Evaluator create(List<PluginSource> plugins) {
        return new Evaluator(plugins);
    }

    /**
     * Loads the request's files and prepares a lazy evaluation. Loading errors (malformed files,
     * undeclared options) are thrown here; value errors when values are read.
     *
     * @param request what to evaluate
     * @return the evaluation
     * @throws EvaluationException on a loading or structural error
     */
    public Evaluation evaluate(EvaluationRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @return the modules this evaluator was made with */
    public List<PluginSource> plugins() {
        return plugins;
    }
}

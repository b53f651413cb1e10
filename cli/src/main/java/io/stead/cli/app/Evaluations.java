package io.stead.cli.app;

import io.stead.api.Definition;
import io.stead.evaluator.Evaluation;
import io.stead.evaluator.EvaluationRequest;
import io.stead.evaluator.Evaluator;
import io.stead.evaluator.PluginSource;
import io.stead.evaluator.ReadAhead;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the user's files with the loaded plugins: the application service behind
 * {@code eval}, {@code option} and {@code build}.
 */
public final class Evaluations {
    private final List<PluginSource> plugins;

    /** @param plugins every loaded service module, base modules included */
    public Evaluations(List<PluginSource> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /**
     * @param files the user's files, in command-line order
     * @param reading the files, being read since before the plugins were loaded
     * @param root the target root from {@code --root}, or null for the configuration's own
     * @return the (lazy) evaluation
     * @throws io.stead.api.ConfigException if the files cannot be loaded
     */
    public Evaluation evaluate(List<Path> files, ReadAhead reading, Path root) {
        Map<String, Object> commandLine = new LinkedHashMap<>();
        if (root != null) {
            // --root wins over any definition in the files: it says where this build is going
            commandLine.put("system.root", Definition.mkForce(root.toAbsolutePath().normalize().toString()));
        }
        return Evaluator.create(plugins).evaluate(new EvaluationRequest(files, commandLine), reading);
    }

    /**
     * Prints the evaluation's warnings, NixOS-style, on stderr.
     *
     * @param evaluation an evaluation whose values were read
     * @param err where warnings go
     */
    public static void printWarnings(Evaluation evaluation, PrintWriter err) {
        for (String w : evaluation.warnings()) {
            err.println("warning: " + TerminalText.safe(w));
        }
    }
}

package io.stead.testkit;

import io.stead.api.ServiceModule;
import io.stead.api.tree.SystemTree;
import io.stead.evaluator.Evaluation;
import io.stead.evaluator.EvaluationRequest;
import io.stead.evaluator.Evaluator;
import io.stead.evaluator.PluginSource;
import io.stead.unitgenerator.SystemTreeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A Stead system as the command line would make it, without the command line: every service
 * module this test sees through {@link ServiceLoader} (the unit generator's base modules and
 * this plugin, found by its module descriptor), evaluated by the real evaluator and built into
 * a tree by the real unit generator.
 */
public final class TestSystem {
    private final Evaluator evaluator;

    /** Finds the service modules and records them once, as the CLI does. */
    public TestSystem() {
        List<PluginSource> modules = ServiceLoader.load(ServiceModule.class).stream()
                .map(provider -> new PluginSource(provider.get(), provider.type().getName()))
                .toList();
        this.evaluator = Evaluator.create(modules);
    }

    /** @return the modules taking part, as found */
    public List<PluginSource> modules() {
        return evaluator.plugins();
    }

    /**
     * @param configuration a Stead file (YAML or JSON)
     * @param root the target root ({@code system.root}, as {@code --root} sets it)
     * @return the evaluation, its assertions checked
     */
    public Evaluation evaluate(Path configuration, Path root) {
        Evaluation evaluation = evaluator.evaluate(new EvaluationRequest(List.of(configuration),
                Map.of("system.root", root.toString())));
        evaluation.checkAssertions();
        return evaluation;
    }

    /**
     * @param yaml the text of a Stead file in YAML
     * @param work a scratch directory to write it in
     * @param root the target root
     * @return the evaluation, its assertions checked
     */
    public Evaluation evaluate(String yaml, Path work, Path root) {
        try {
            Path file = Files.createTempFile(work, "stead-", ".yaml");
            Files.writeString(file, yaml);
            return evaluate(file, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param evaluation an evaluated system
     * @return its tree
     */
    public static SystemTree build(Evaluation evaluation) {
        return new SystemTreeBuilder().build(evaluation);
    }
}

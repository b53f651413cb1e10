package io.stead.cli.command;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.cli.app.Evaluations;
import io.stead.evaluator.Evaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stead eval FILE... --attr PATH}: prints the final value at PATH as JSON (the contract
 * tests rely on), or exits 1 with a message naming the option and the files and lines involved.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluate configuration files and print the value at an attribute path as JSON.")
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    private SteadCommand stead;

    @Mixin(name = PluginDirOptions.NAME)
    private PluginDirOptions pluginDirs;

    @Mixin
    private EvaluationOptions evaluation;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Configuration files (YAML or JSON), in order.")
    private List<Path> files;

    @Option(names = "--attr", paramLabel = "PATH", defaultValue = "", converter = OptionPathConverter.class,
            description = "The attribute path to print, such as services.openssh.ports (default: everything).")
    private OptionPath attr;

    @Option(names = "--json", description = "Print compact JSON on one line instead of indented JSON.")
    private boolean compact;

    @Override
    public Integer call() {
        Evaluations evaluations = new Evaluations(stead.loadPlugins(pluginDirs).plugins());
        Console console = stead.console();
        Evaluation result = null;
        try {
            result = evaluations.evaluate(files, null);
            console.out().println(result.json(attr, !compact));
            Evaluations.printWarnings(result, console.err());
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            return evaluation.report(e, console.err()).code();
        } finally {
            evaluation.printStats(result, console.err());
        }
    }
}

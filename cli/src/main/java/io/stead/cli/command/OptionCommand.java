package io.stead.cli.command;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.cli.app.Evaluations;
import io.stead.cli.app.OptionText;
import io.stead.evaluator.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stead option PATH -c FILE...}: an option's type, default, description, declaring
 * module, final value and every definition with its file, line and priority, like
 * {@code nixos-option}. For a group of options, lists its members.
 */
@Command(name = "option",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show an option: type, default, description, where declared, value and definitions.")
public final class OptionCommand implements Callable<Integer> {
    @ParentCommand
    private SteadCommand stead;

    @Mixin(name = PluginDirOptions.NAME)
    private PluginDirOptions pluginDirs;

    @Mixin
    private EvaluationOptions evaluation;

    @Parameters(index = "0", paramLabel = "PATH", converter = OptionPathConverter.class,
            description = "The option's attribute path.")
    private OptionPath path;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", arity = "1..*",
            description = "Configuration files whose definitions to show (default: none, only declarations).")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Console console = stead.console();
        Evaluations evaluations = new Evaluations(stead.loadPlugins(pluginDirs).plugins());
        Evaluation result = null;
        try {
            result = evaluations.evaluate(files, null);
            List<OptionPath> members = result.optionsUnder(path);
            if (members.isEmpty()) {
                console.out().print(OptionText.of(result.report(path)));
            } else {
                console.out().println((path.isRoot() ? "The configuration" : "'" + path + "'") + " is a set of"
                        + " options:");
                members.forEach(m -> console.out().println("  " + m));
            }
            Evaluations.printWarnings(result, console.err());
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            return evaluation.report(e, console.err()).code();
        } finally {
            evaluation.printStats(result, console.err());
        }
    }
}

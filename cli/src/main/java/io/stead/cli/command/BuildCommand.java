package io.stead.cli.command;

import io.stead.api.ConfigException;
import io.stead.cli.app.Evaluations;
import io.stead.cli.app.SystemBuild;
import io.stead.evaluator.Evaluation;
import io.stead.unitgenerator.TreeWriteException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stead build FILE... -o DIR}: writes the system tree (mirroring the target root) and
 * prints what it holds and its hash. Nothing outside DIR is touched.
 */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build the system tree of configuration files into a directory.")
public final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    private SteadCommand stead;

    @Mixin(name = PluginDirOptions.NAME)
    private PluginDirOptions pluginDirs;

    @Mixin
    private EvaluationOptions evaluation;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Configuration files (YAML or JSON), in order.")
    private List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Where to write the tree (a previous Stead tree there is replaced, anything else refused).")
    private Path out;

    @Option(names = "--root", paramLabel = "ROOT",
            description = "The target root whose installed units and packages to customise (default: /).")
    private Path root;

    @Override
    public Integer call() {
        Console console = stead.console();
        Evaluations evaluations = new Evaluations(stead.loadPlugins(pluginDirs).plugins());
        Evaluation result = null;
        try {
            result = evaluations.evaluate(files, root);
            SystemBuild.Result built = new SystemBuild().build(result, out);
            Evaluations.printWarnings(result, console.err());
            console.out().println("built " + built.written().directory());
            console.out().print(built.summary().text());
            console.out().println("tree hash: sha256:" + built.written().hash());
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            return evaluation.report(e, console.err()).code();
        } catch (TreeWriteException e) {
            console.err().println("error: " + e.getMessage());
            return ExitCode.OUTPUT_ERROR.code();
        } finally {
            evaluation.printStats(result, console.err());
        }
    }
}

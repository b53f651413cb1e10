package io.stead.cli.command;

import io.stead.cli.app.SystemBuild;
import io.stead.cli.app.TerminalText;
import io.stead.unitgenerator.TreeWriteException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code stead build FILE... -o DIR}: writes the system tree (mirroring the target root) and
 * prints what it holds and its hash. Nothing outside DIR is touched.
 */
final class BuildCommand implements Callable<Integer> {
    private final SteadCommand stead;
    private final CommandSpec spec = CommandModel.command("build", this,
            "Build the system tree of configuration files into a directory.");
    private final PluginDirOptions pluginDirs;
    private final EvaluationOptions evaluation = EvaluationOptions.addTo(spec);
    private final PositionalParamSpec files = CommandModel.configurationFiles();
    private final OptionSpec out = OptionSpec.builder("-o", "--out")
            .paramLabel("DIR")
            .type(Path.class)
            .converters(new PathConverter())
            .required(true)
            .description("Where to write the tree (a previous Stead tree there is replaced, unless it holds files"
                    + " Stead did not write; anything else is refused).")
            .build();
    private final OptionSpec root = OptionSpec.builder("--root")
            .paramLabel("ROOT")
            .type(Path.class)
            .converters(new DirectoryConverter())
            .description("The target root whose installed units and packages to customise (default: /).")
            .build();

    BuildCommand(SteadCommand stead) {
        this.stead = stead;
        this.pluginDirs = PluginDirOptions.addTo(spec, stead.pluginDirs());
        spec.addPositional(files).addOption(out).addOption(root);
    }

    /** @return the command's picocli model */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return evaluation.run(stead, pluginDirs, files.getValue(), root.getValue(), result -> {
            try {
                SystemBuild.Result built = new SystemBuild().build(result, out.getValue());
                for (String note : built.written().notes()) {
                    stead.console().err().println("stead: " + TerminalText.safe(note));
                }
                String n = System.lineSeparator();
                return EvaluationOptions.Outcome.printing("built " + built.written().directory() + n
                        + built.summary().text()
                        + "tree hash: sha256:" + built.written().hash() + n);
            } catch (TreeWriteException e) {
                stead.console().err().println("error: " + TerminalText.safe(e.getMessage()));
                return EvaluationOptions.Outcome.failed(ExitCode.OUTPUT_ERROR);
            }
        });
    }
}

package io.stead.cli.command;

import io.stead.api.OptionPath;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code stead eval FILE... --attr PATH}: prints the final value at PATH as JSON (the contract
 * tests rely on), or exits 1 with a message naming the option and the files and lines involved,
 * failed assertions included.
 */
final class EvalCommand implements Callable<Integer> {
    private final SteadCommand stead;
    private final CommandSpec spec = CommandModel.command("eval", this,
            "Evaluate configuration files and print the value at an attribute path as JSON.");
    private final PluginDirOptions pluginDirs;
    private final EvaluationOptions evaluation = EvaluationOptions.addTo(spec);
    private final PositionalParamSpec files = CommandModel.configurationFiles();
    private final OptionSpec attr = OptionSpec.builder("--attr")
            .paramLabel("PATH")
            .type(OptionPath.class)
            .converters(new OptionPathConverter())
            .defaultValue("")
            .description("The attribute path to print, such as services.openssh.ports; a number selects a list element (default: everything).")
            .build();
    private final OptionSpec compact = CommandModel.flag("--json",
            "Print compact JSON on one line instead of indented JSON.");

    EvalCommand(SteadCommand stead) {
        this.stead = stead;
        this.pluginDirs = PluginDirOptions.addTo(spec, stead.pluginDirs());
        spec.addPositional(files).addOption(attr).addOption(compact);
    }

    /** @return the command's picocli model */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return evaluation.run(stead, pluginDirs, files.getValue(), null, result -> {
            String json = result.json(attr.getValue(), !CommandModel.isSet(compact));
            // the contract counts a failed assertion among eval's errors; checked after the
            // value, so that an error in the value itself is the one reported
            result.checkAssertions();
            return EvaluationOptions.Outcome.printing(json + System.lineSeparator());
        });
    }
}

package io.stead.cli.command;

import io.stead.api.OptionPath;
import io.stead.cli.app.OptionText;
import io.stead.cli.app.TerminalText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code stead option PATH -c FILE...}: an option's type, default, description, declaring
 * module, final value and every definition with its file, line and priority, like
 * {@code nixos-option}. For a group of options, lists its members.
 */
final class OptionCommand implements Callable<Integer> {
    private final SteadCommand stead;
    private final CommandSpec spec = CommandModel.command("option", this,
            "Show an option: type, default, description, where declared, value and definitions.");
    private final PluginDirOptions pluginDirs;
    private final EvaluationOptions evaluation = EvaluationOptions.addTo(spec);
    private final PositionalParamSpec path = PositionalParamSpec.builder()
            .index("0")
            .paramLabel("PATH")
            .required(true)
            .type(OptionPath.class)
            .converters(new OptionPathConverter())
            .description("The option's attribute path.")
            .build();
    private final OptionSpec files = OptionSpec.builder("-c", "--config")
            .paramLabel("FILE")
            .arity("1..*")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .parameterConsumer(new ConfigFileArguments())
            .description("Configuration files whose definitions to show (default: none, only declarations).")
            .build();

    OptionCommand(SteadCommand stead) {
        this.stead = stead;
        this.pluginDirs = PluginDirOptions.addTo(spec, stead.pluginDirs());
        spec.addPositional(path).addOption(files);
    }

    /** @return the command's picocli model */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<Path> given = files.getValue();
        return evaluation.run(stead, pluginDirs, given == null ? List.of() : given, null, result -> {
            OptionPath option = path.getValue();
            List<OptionPath> members = result.optionsUnder(option);
            if (members.isEmpty()) {
                return EvaluationOptions.Outcome.printing(
                        TerminalText.safe(OptionText.of(result.report(option), evaluation.showTrace())));
            }
            String n = System.lineSeparator();
            StringBuilder text = new StringBuilder(option.isRoot() ? "The configuration" : "'" + option + "'")
                    .append(" is a set of options:").append(n);
            members.forEach(m -> text.append("  ").append(m).append(n));
            return EvaluationOptions.Outcome.printing(text.toString());
        });
    }
}

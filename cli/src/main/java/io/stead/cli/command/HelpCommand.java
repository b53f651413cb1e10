package io.stead.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code stead help [COMMAND]}: the usage of a command, or of stead. It does what picocli's own
 * {@code HelpCommand} does, but its model is built in code: picocli reads that class's
 * annotations by reflection, and the proxies the JDK makes for them cost about 40 ms of every
 * run that lists the commands ({@code stead}, {@code --help}, {@code --version}; profiled).
 */
final class HelpCommand implements Callable<Integer>, CommandLine.IHelpCommandInitializable2 {
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
    private final PositionalParamSpec command = PositionalParamSpec.builder()
            .paramLabel("COMMAND")
            .arity("0..1")
            .type(String.class)
            .description("The COMMAND to display the usage help message for.")
            .build();
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    HelpCommand() {
        spec.name("help");
        spec.helpCommand(true);
        spec.usageMessage().description("Display help information about the specified command.");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
        spec.addPositional(command);
    }

    /** @return the command's picocli model */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        String name = command.getValue();
        if (name == null) {
            parent.usage(out, colors);
            return parent.getCommandSpec().exitCodeOnUsageHelp();
        }
        CommandLine subcommand = parent.getSubcommands().get(name);
        if (subcommand == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        subcommand.usage(out, colors);
        return subcommand.getCommandSpec().exitCodeOnUsageHelp();
    }
}

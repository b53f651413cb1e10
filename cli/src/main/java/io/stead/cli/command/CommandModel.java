package io.stead.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the picocli models of stead's commands in code, through picocli's programmatic API.
 *
 * <p>Why not annotations: picocli reads annotated commands by reflection, and the JDK makes a
 * proxy class for every annotation type it parses. In a cold process that was 110 ms of a
 * 250 ms {@code stead eval} (profiled with async-profiler), more than the evaluation itself.
 * Built in code, the same model costs a few milliseconds and prints the same usage.
 */
final class CommandModel {
    private CommandModel() {
    }

    /**
     * A command with picocli's standard {@code -h/--help} and {@code -V/--version} options.
     *
     * @param name the command's name, as typed
     * @param command what runs when the command line selects it; it returns an {@link ExitCode}
     * @param description the one line {@code stead --help} lists, also heading its own usage
     * @return the model, ready for the command's own options
     */
    static CommandSpec command(String name, Callable<Integer> command, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        spec.versionProvider(new VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /**
     * The {@code FILE...} parameters of the commands that evaluate: one or more configuration
     * files, in order.
     *
     * @return the parameters; their value is a {@code List<Path>}
     */
    static PositionalParamSpec configurationFiles() {
        return PositionalParamSpec.builder()
                .paramLabel("FILE")
                .arity("1..*")
                .required(true)
                .type(List.class)
                .auxiliaryTypes(Path.class)
                .converters(new PathConverter())
                .description("Configuration files (YAML or JSON), in order.")
                .build();
    }

    /**
     * An option that takes no value and is off unless given.
     *
     * @param name its long name
     * @param description its help text
     * @return the option; {@link #isSet} reads it after parsing
     */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
    }

    /**
     * @param flag an option made by {@link #flag}
     * @return whether the command line gave it
     */
    static boolean isSet(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }
}

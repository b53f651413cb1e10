package io.stead.cli.command;

import io.stead.cli.plugins.LoadedPlugins;
import io.stead.cli.plugins.PluginPath;
import io.stead.cli.plugins.PluginRegistry;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command, {@code stead}, and the context its subcommands share: the console, the
 * environment and the plugins. Subcommands reach it with {@code @ParentCommand}.
 *
 * <p>To add a command: write it beside {@link PluginsCommand} (a {@code Callable<Integer>}
 * returning an {@link ExitCode}, with {@code mixinStandardHelpOptions} and this
 * {@link VersionProvider}, mixing in {@link PluginDirOptions} if it loads plugins) and list it in
 * {@code subcommands} below. List only commands that work: {@code --help} shows them all.
 */
@Command(name = "stead",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Declarative configuration for systemd hosts and their containers.",
        subcommands = {
            BuildCommand.class,
            EvalCommand.class,
            OptionCommand.class,
            PluginsCommand.class,
            HelpCommand.class,
        })
public final class SteadCommand implements Callable<Integer> {
    private final Console console;
    private final Map<String, String> environment;
    private final PluginRegistry registry;

    @Mixin(name = PluginDirOptions.NAME)
    private PluginDirOptions pluginDirs;

    @Spec
    private CommandSpec spec;

    private SteadCommand(Console console, Map<String, String> environment, PluginRegistry registry) {
        this.console = console;
        this.environment = Map.copyOf(environment);
        this.registry = registry;
    }

    /**
     * The whole command line, ready to {@link CommandLine#execute}, which returns the exit code.
     *
     * @param console where output goes
     * @param environment the process environment ({@code STEAD_PLUGIN_PATH} is read from it)
     * @return the command line
     */
    public static CommandLine commandLine(Console console, Map<String, String> environment) {
        SteadCommand root = new SteadCommand(console, environment,
                new PluginRegistry(ModuleLayer.boot()));
        FailureHandler failures = new FailureHandler();
        return new CommandLine(root)
                .setOut(console.out())
                .setErr(console.err())
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
    }

    /** @return where to write */
    public Console console() {
        return console;
    }

    /**
     * Loads the plugins of this run and reports each one that failed on stderr. Call it once
     * per run: each call searches the plugin directories again.
     *
     * @param dirs the calling command's {@code -I} options (which also see the root's)
     * @return the plugins, and the problems already reported
     */
    public LoadedPlugins loadPlugins(PluginDirOptions dirs) {
        LoadedPlugins loaded = registry.load(PluginPath.of(dirs.all(), environment));
        loaded.problems().forEach(problem -> console.err().println("stead: " + problem.message()));
        return loaded;
    }

    /** {@code stead} alone: say how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(console.err());
        return ExitCode.USAGE.code();
    }
}

package io.stead.cli.command;

import io.stead.cli.plugins.LoadedPlugins;
import io.stead.cli.plugins.PluginPath;
import io.stead.cli.plugins.PluginRegistry;
import java.util.LinkedHashMap;
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
 * {@link #COMMANDS}. List only commands that work: {@code --help} shows them all.
 */
@Command(name = "stead",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Declarative configuration for systemd hosts and their containers.")
public final class SteadCommand implements Callable<Integer> {
    /** Every subcommand, by name, in the order {@code --help} lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();
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
        return commandLine(console, environment, new String[0]);
    }

    /**
     * The command line for these arguments. picocli models each command by reflection when it
     * is added, which costs a cold process most of its start-up time (measured: about 140 ms of
     * 270 for a small {@code eval}), so only the command being run is added; the usage
     * ({@code --help}, {@code help}, no command) gets them all.
     *
     * @param console where output goes
     * @param environment the process environment ({@code STEAD_PLUGIN_PATH} is read from it)
     * @param args the arguments it will execute
     * @return the command line
     */
    public static CommandLine commandLine(Console console, Map<String, String> environment, String[] args) {
        SteadCommand root = new SteadCommand(console, environment,
                new PluginRegistry(ModuleLayer.boot()));
        FailureHandler failures = new FailureHandler();
        CommandLine line = new CommandLine(root);
        String invoked = invokedCommand(args);
        COMMANDS.forEach((name, command) -> {
            if (invoked == null || invoked.equals(name)) {
                line.addSubcommand(name, command);
            }
        });
        return line.setOut(console.out())
                .setErr(console.err())
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
    }

    /** The subcommand the arguments run, or null when that takes every command to know. */
    private static String invokedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-I") || a.equals("--plugin-dir")) {
                i++; // its value
            } else if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        out.put("build", BuildCommand.class);
        out.put("eval", EvalCommand.class);
        out.put("option", OptionCommand.class);
        out.put("plugins", PluginsCommand.class);
        out.put("help", HelpCommand.class);
        return java.util.Collections.unmodifiableMap(out);
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

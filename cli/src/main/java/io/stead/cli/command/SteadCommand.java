package io.stead.cli.command;

import io.stead.cli.plugins.LoadedPlugins;
import io.stead.cli.plugins.PluginPath;
import io.stead.cli.plugins.PluginProblem;
import io.stead.cli.plugins.PluginRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root command, {@code stead}, and the context its subcommands share: the console, the
 * environment and the plugins. Subcommands are given it when they are made.
 *
 * <p>To add a command: write it beside {@link PluginsCommand} (a {@code Callable<Integer>}
 * returning an {@link ExitCode}, whose model {@link CommandModel#command} starts, with
 * {@link PluginDirOptions} if it loads plugins) and list it in {@link #COMMANDS} and
 * {@link #command}. List only
 * commands that work: {@code --help} shows them all.
 */
public final class SteadCommand implements Callable<Integer> {
    /** Every subcommand, in the order {@code --help} lists them; {@link #command} makes each. */
    private static final List<String> COMMANDS = List.of("build", "eval", "option", "plugins", "help");
    private final Console console;
    private final Map<String, String> environment;
    private final PluginRegistry registry;
    private final CommandSpec spec = CommandModel.command("stead", this,
            "Declarative configuration for systemd hosts and their containers.");
    private final PluginDirOptions pluginDirs = PluginDirOptions.addTo(spec, null);

    private SteadCommand(Console console, Map<String, String> environment, PluginRegistry registry) {
        // scripts branch on them: say what each means where the commands are listed
        spec.usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(ExitCode.usageList());
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
     * The command line for these arguments. Only the command being run is added (the usage,
     * for {@code --help}, {@code help} or no command, gets them all): each model costs a little
     * in a cold JVM.
     *
     * @param console where output goes
     * @param environment the process environment ({@code STEAD_PLUGIN_PATH} is read from it)
     * @param args the arguments it will execute
     * @return the command line
     */
    public static CommandLine commandLine(Console console, Map<String, String> environment, String[] args) {
        SteadCommand root = new SteadCommand(console, environment, new PluginRegistry(ModuleLayer.boot()));
        FailureHandler failures = new FailureHandler();
        CommandLine line = new CommandLine(root.spec);
        String invoked = invokedCommand(args);
        for (String name : COMMANDS) {
            if (invoked == null || invoked.equals(name)) {
                line.addSubcommand(name, command(name, root));
            }
        }
        return line.setOut(console.out())
                .setErr(console.err())
                .setExecutionStrategy(new HelpWithUnmatched())
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
                return COMMANDS.contains(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }

    /** A subcommand's model (a switch, not a map of lambdas: each lambda is linked on first use). */
    private static Object command(String name, SteadCommand stead) {
        return switch (name) {
            case "build" -> new BuildCommand(stead).spec();
            case "eval" -> new EvalCommand(stead).spec();
            case "option" -> new OptionCommand(stead).spec();
            case "plugins" -> new PluginsCommand(stead).spec();
            case "help" -> new HelpCommand().spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** @return where to write */
    Console console() {
        return console;
    }

    /** @return the root command's {@code -I} option, which every subcommand's extends */
    PluginDirOptions pluginDirs() {
        return pluginDirs;
    }

    /**
     * Loads the plugins of this run and reports each one that failed on stderr. Call it once
     * per run: each call searches the plugin directories again.
     *
     * @param dirs the calling command's {@code -I} options (which also see the root's)
     * @return the plugins, and the problems already reported
     */
    LoadedPlugins loadPlugins(PluginDirOptions dirs) {
        LoadedPlugins loaded = registry.load(PluginPath.of(dirs.all(), environment));
        for (PluginProblem problem : loaded.problems()) {
            console.err().println("stead: " + problem.message());
        }
        return loaded;
    }

    /** {@code stead} alone: say how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(console.err());
        return ExitCode.USAGE.code();
    }
}

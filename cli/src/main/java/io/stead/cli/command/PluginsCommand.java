package io.stead.cli.command;

import io.stead.cli.plugins.DeclaredOption;
import io.stead.cli.plugins.LoadedPlugins;
import io.stead.cli.plugins.OptionRecorder;
import io.stead.api.ConfigException;
import io.stead.evaluator.Evaluator;
import io.stead.evaluator.PluginSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stead plugins}: what was loaded, from where, and the options each module declares,
 * without evaluating any configuration. It exits with {@link ExitCode#PLUGIN_ERROR} if any plugin
 * failed to load or to declare its options, so a plugin author can use it as a check.
 */
final class PluginsCommand implements Callable<Integer> {
    private final SteadCommand stead;
    private final CommandSpec spec = CommandModel.command("plugins", this,
            "List the loaded plugins: name, version, jar, and the options each declares.");
    private final PluginDirOptions pluginDirs;

    PluginsCommand(SteadCommand stead) {
        this.stead = stead;
        this.pluginDirs = PluginDirOptions.addTo(spec, stead.pluginDirs());
    }

    /** @return the command's picocli model */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        LoadedPlugins loaded = stead.loadPlugins(pluginDirs);
        PrintWriter out = stead.console().out();
        boolean failed = !loaded.problems().isEmpty();
        if (loaded.plugins().isEmpty()) {
            out.println("no plugins loaded");
        }
        List<String> undeclared = new ArrayList<>();
        for (PluginSource plugin : loaded.plugins()) {
            undeclared.addAll(print(plugin, out));
        }
        failed |= !undeclared.isEmpty();
        // the modules must also run and fit together: the evaluator records each (naming the
        // plugin's source line when its code throws, as an evaluation would) and refuses two
        // declaring one option (naming both jars)
        try {
            Evaluator.create(loaded.plugins()).checkModules();
            // (a module whose options threw above but not now: say what it threw then)
            undeclared.forEach(stead.console().err()::println);
        } catch (ConfigException e) {
            stead.console().err().println("stead: " + e.getMessage());
            failed = true;
        }
        return (failed ? ExitCode.PLUGIN_ERROR : ExitCode.OK).code();
    }

    /** Prints one plugin; answers what went wrong if it fails to declare its options, else nothing. */
    private List<String> print(PluginSource plugin, PrintWriter out) {
        // a plugin's own texts: one that fails is said so, and the listing goes on
        out.println(said(plugin.module()::name) + " " + said(plugin.module()::version) + " (" + plugin.location()
                + ")");
        String description = said(plugin.module()::description);
        if (!description.isBlank()) {
            out.println("  " + description.strip());
        }
        List<DeclaredOption> options;
        try {
            options = OptionRecorder.optionsOf(plugin.module());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return List.of("stead: plugin " + plugin.module().name() + " ("
                    + plugin.location() + ") failed to declare its options: " + e);
        }
        if (options.isEmpty()) {
            out.println("  no options");
        }
        for (DeclaredOption option : options) {
            out.println("  " + option.path() + ": " + option.type() + (option.subOptions() == null ? ""
                    : " (its options: stead option '" + option.subOptions() + "')"));
        }
        return List.of();
    }

    /**
     * A plugin's text, such as its description, on one line: "(none)" for null, "(failed: ...)"
     * if its code throws, control characters escaped (a newline in a name printed a second line
     * that read as another plugin).
     */
    private static String said(java.util.function.Supplier<String> text) {
        String value;
        try {
            value = text.get();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            value = "(failed: " + e + ")";
        }
        return value == null ? "(none)" : escaped(value);
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}

package io.stead.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The global {@code -I/--plugin-dir} option, mixed into the root command and into every
 * command that loads plugins, so that {@code stead -I DIR plugins} and
 * {@code stead plugins -I DIR} mean the same. Mix it in under the name {@link #NAME}.
 */
public final class PluginDirOptions {
    /** The name under which commands mix this in; used to find the enclosing commands' values. */
    public static final String NAME = "pluginDirs";

    // picocli's inherited options (scope = INHERIT) drop the values given before the
    // subcommand once the subcommand repeats the option, so each command keeps its own list
    // and all() joins them
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = {"-I", "--plugin-dir"}, paramLabel = "DIR",
            description = "Also load the plugin jars in DIR (repeatable). "
                    + "STEAD_PLUGIN_PATH adds more, colon-separated.")
    private List<Path> dirs = new ArrayList<>();

    /**
     * The directories given on the command line to this command and every command enclosing it,
     * outermost first.
     *
     * @return the plugin directories, in command-line order
     */
    public List<Path> all() {
        List<List<Path>> chain = new ArrayList<>();
        for (CommandSpec command = mixee; command != null; command = command.parent()) {
            CommandSpec mixin = command.mixins().get(NAME);
            if (mixin != null) {
                chain.add(0, ((PluginDirOptions) mixin.userObject()).dirs);
            }
        }
        List<Path> out = new ArrayList<>();
        chain.forEach(out::addAll);
        return out;
    }
}

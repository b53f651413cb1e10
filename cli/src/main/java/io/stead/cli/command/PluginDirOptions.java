package io.stead.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The global {@code -I/--plugin-dir} option, given to the root command and to every command
 * that loads plugins, so that {@code stead -I DIR plugins} and {@code stead plugins -I DIR}
 * mean the same.
 */
final class PluginDirOptions {
    // picocli's inherited options (scope = INHERIT) drop the values given before the
    // subcommand once the subcommand repeats the option, so each command keeps its own list
    // and all() joins them with the enclosing command's
    private final PluginDirOptions enclosing;
    private final OptionSpec dirs = OptionSpec.builder("-I", "--plugin-dir")
            .paramLabel("DIR")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .converters(new PathConverter())
            .description("Also load the plugin jars in DIR (repeatable). "
                    + "STEAD_PLUGIN_PATH adds more, colon-separated.")
            .build();

    private PluginDirOptions(PluginDirOptions enclosing) {
        this.enclosing = enclosing;
    }

    /**
     * Adds the option to a command.
     *
     * @param command the command's model
     * @param enclosing the enclosing command's option, or null for the root command
     * @return the option's values for that command
     */
    static PluginDirOptions addTo(CommandSpec command, PluginDirOptions enclosing) {
        PluginDirOptions options = new PluginDirOptions(enclosing);
        command.addOption(options.dirs);
        return options;
    }

    /**
     * The directories given on the command line to this command and every command enclosing it,
     * outermost first.
     *
     * @return the plugin directories, in command-line order
     */
    List<Path> all() {
        List<Path> out = enclosing == null ? new ArrayList<>() : enclosing.all();
        List<Path> own = dirs.getValue();
        if (own != null) {
            out.addAll(own);
        }
        return out;
    }
}

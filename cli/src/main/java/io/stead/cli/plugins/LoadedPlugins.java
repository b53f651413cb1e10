package io.stead.cli.plugins;

import io.stead.evaluator.PluginSource;
import java.util.List;

/**
 * What the {@link PluginRegistry} found: the service modules that loaded, sorted by name, and
 * the problems with those that did not.
 *
 * @param plugins the loaded modules, sorted by {@code name()}
 * @param problems one per jar, directory or module that failed, in discovery order
 */
public record LoadedPlugins(List<PluginSource> plugins, List<PluginProblem> problems) {

    /**
     * @param plugins copied
     * @param problems copied
     */
    public LoadedPlugins {
        plugins = List.copyOf(plugins);
        problems = List.copyOf(problems);
    }
}

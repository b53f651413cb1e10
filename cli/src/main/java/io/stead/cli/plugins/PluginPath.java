package io.stead.cli.plugins;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin directories of one run: those given with {@code -I}, in order, then those of the
 * {@value #VARIABLE} environment variable (separated like {@code PATH}). A directory named twice
 * is searched once, where it first appears.
 */
public final class PluginPath {
    /** The environment variable that lists plugin directories. */
    public static final String VARIABLE = "STEAD_PLUGIN_PATH";

    private PluginPath() {
    }

    /**
     * @param fromCommandLine the {@code -I} directories, in order
     * @param environment the process environment (only {@value #VARIABLE} is read)
     * @return the directories to search, in order, without repeats
     */
    public static List<Path> of(List<Path> fromCommandLine, Map<String, String> environment) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path dir : fromCommandLine) {
            dirs.add(dir.toAbsolutePath().normalize());
        }
        String variable = environment.get(VARIABLE);
        if (variable != null) {
            for (String entry : variable.split(File.pathSeparator)) {
                // an empty entry (as in "a::b" or a trailing colon) names no directory
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry.strip()).toAbsolutePath().normalize());
                }
            }
        }
        return new ArrayList<>(dirs);
    }
}

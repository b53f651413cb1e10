package io.stead.cli.plugins;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a plugin jar, a module on the module path, or a whole plugin directory was not loaded.
 *
 * @param location the jar, module or directory at fault, as the user would find it
 * @param directory whether {@code location} is a plugin directory rather than one plugin
 * @param reason why, in one line
 */
public record PluginProblem(String location, boolean directory, String reason) {

    /**
     * @param location not null
     * @param directory whether the location is a directory
     * @param reason not null; line breaks are folded so that the message stays on one line
     */
    public PluginProblem {
        Objects.requireNonNull(location, "location");
        reason = Objects.requireNonNull(reason, "reason").strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /**
     * @param location the jar or module at fault
     * @param reason why
     * @return the problem
     */
    static PluginProblem plugin(String location, String reason) {
        return new PluginProblem(location, false, reason);
    }

    /**
     * @param dir the plugin directory at fault
     * @param reason why
     * @return the problem
     */
    static PluginProblem directory(Path dir, String reason) {
        return new PluginProblem(dir.toString(), true, reason);
    }

    /** @return the message for the user, such as {@code cannot load plugin /p/x.jar: ...} */
    public String message() {
        return (directory ? "cannot load plugins from " : "cannot load plugin ") + location + ": "
                + reason;
    }
}

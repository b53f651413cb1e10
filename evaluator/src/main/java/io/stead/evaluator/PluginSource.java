package io.stead.evaluator;

import io.stead.api.ServiceModule;
import java.util.Objects;

/**
 * A loaded service module and where it came from, for messages.
 *
 * @param module the module
 * @param location the jar or module it was loaded from, such as {@code /opt/plugins/hello.jar}
 *     or {@code builtin}
 */
public record PluginSource(ServiceModule module, String location) {
    /**
     * @param module not null
     * @param location not null
     */
    public PluginSource {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(location, "location");
    }
}

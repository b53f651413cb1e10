package io.stead.evaluator.internal.eval;

import io.stead.api.Config;
import java.util.List;
import java.util.function.Function;

/**
 * The value that the core module defines for a system's {@code warnings} option: a warning for
 * each definition of a renamed option in the system's own configuration that counts, as
 * NixOS's rename modules define {@code warnings} when the old option is defined. So
 * {@code stead eval --attr warnings} shows them, as NixOS's {@code config.warnings} does.
 */
public final class SystemRenameWarnings implements Function<Config, Object> {
    @Override
    public Object apply(Config config) {
        // the evaluator calls computed values with the configuration they belong to
        if (config instanceof PluginReads reads) {
            ModuleScope system = reads.scope();
            return system.context().systemRenameWarnings(system.path());
        }
        return List.of();
    }
}

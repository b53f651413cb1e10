package io.stead.cli.plugins;

import io.stead.api.ServiceModule;
import io.stead.evaluator.PluginSource;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The service modules that ship with stead: those of a module layer (the boot layer, which the
 * launcher fills from {@code cli/target/modules}), found with {@link ServiceLoader}.
 */
final class BuiltinPlugins {
    /** The location of a module that has no jar, such as one linked into a runtime image. */
    static final String BUILTIN = "builtin";

    private BuiltinPlugins() {
    }

    /**
     * @param layer the layer to search, with its parents
     * @param problems receives the modules that fail to start
     * @return the modules that started, in service-loader order
     */
    static List<PluginSource> discover(ModuleLayer layer, List<PluginProblem> problems) {
        List<ServiceLoader.Provider<ServiceModule>> providers;
        try {
            providers = ServiceLoader.load(layer, ServiceModule.class).stream().toList();
        } catch (ServiceConfigurationError e) {
            problems.add(PluginProblem.plugin(BUILTIN, PluginLoadException.describe(e)));
            return List.of();
        }
        // loops, not stream pipelines, here and below: every run starts here, in a cold JVM,
        // where each lambda's first use is linked at a cost (profiled: 1 ms for these)
        List<PluginSource> started = new ArrayList<>();
        for (ServiceLoader.Provider<ServiceModule> provider : providers) {
            String location = locationOf(provider.type().getModule());
            try {
                started.add(new PluginSource(provider.get(), location));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(PluginProblem.plugin(location, "its provider "
                        + provider.type().getName() + " failed to start: "
                        + PluginLoadException.rootCause(e)));
            }
        }
        return List.copyOf(started);
    }

    /** The jar a module was loaded from, or {@value #BUILTIN} when it has none. */
    private static String locationOf(Module module) {
        if (module.getLayer() == null) {
            return BUILTIN;
        }
        Optional<ResolvedModule> resolved = module.getLayer().configuration().findModule(module.getName());
        Optional<URI> jar = resolved.isPresent() ? resolved.get().reference().location() : Optional.empty();
        return jar.isPresent() && "file".equals(jar.get().getScheme()) ? Path.of(jar.get().getPath()).toString()
                : BUILTIN;
    }
}

package io.stead.cli.plugins;

import io.stead.api.ServiceModule;
import io.stead.evaluator.PluginSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

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
    static List<PluginSource> discover(ModuleLayer layer, Consumer<PluginProblem> problems) {
        List<ServiceLoader.Provider<ServiceModule>> providers;
        try {
            providers = ServiceLoader.load(layer, ServiceModule.class).stream().toList();
        } catch (ServiceConfigurationError e) {
            problems.accept(PluginProblem.plugin(BUILTIN, PluginLoadException.describe(e)));
            return List.of();
        }
        return providers.stream().<PluginSource>mapMulti((provider, out) -> {
            String location = locationOf(provider.type().getModule());
            try {
                out.accept(new PluginSource(provider.get(), location));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.accept(PluginProblem.plugin(location, "its provider "
                        + provider.type().getName() + " failed to start: "
                        + PluginLoadException.rootCause(e)));
            }
        }).toList();
    }

    /** The jar a module was loaded from, or {@value #BUILTIN} when it has none. */
    private static String locationOf(Module module) {
        if (module.getLayer() == null) {
            return BUILTIN;
        }
        return module.getLayer().configuration().findModule(module.getName())
                .flatMap(resolved -> resolved.reference().location())
                .filter(uri -> "file".equals(uri.getScheme()))
                .map(URI::getPath)
                .map(Path::of)
                .map(Path::toString)
                .orElse(BUILTIN);
    }
}

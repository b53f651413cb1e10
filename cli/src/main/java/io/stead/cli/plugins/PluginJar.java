package io.stead.cli.plugins;

import io.stead.api.ServiceModule;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Loads the service modules of one plugin jar into a module layer of its own, a child of the
 * layer that holds the API. A layer per jar means one broken jar cannot keep the others from
 * resolving, and two plugins may bring different versions of one library. A jar without
 * {@code module-info.class} becomes an automatic module whose providers are those of its
 * {@code META-INF/services}.
 */
final class PluginJar {
    private static final String SERVICE = ServiceModule.class.getName();

    private PluginJar() {
    }

    /**
     * @param jar the jar file
     * @param parent the layer that holds {@code io.stead.api} (normally the boot layer)
     * @return the jar's service modules, instantiated, at least one
     * @throws PluginLoadException saying why the jar cannot be used
     */
    static List<ServiceModule> load(Path jar, ModuleLayer parent) throws PluginLoadException {
        ModuleFinder finder = ModuleFinder.of(jar);
        ModuleReference module = find(finder);
        requireProvider(module.descriptor());
        ApiVersionCheck.check(module);
        return instantiate(define(parent, finder, module.descriptor().name()));
    }

    private static ModuleReference find(ModuleFinder finder) throws PluginLoadException {
        try {
            Set<ModuleReference> found = finder.findAll();
            if (found.isEmpty()) {
                throw new PluginLoadException("not a jar file");
            }
            return found.iterator().next();
        } catch (FindException e) {
            throw new PluginLoadException("not a usable module jar: "
                    + PluginLoadException.describe(e));
        }
    }

    private static void requireProvider(ModuleDescriptor descriptor) throws PluginLoadException {
        boolean provides = descriptor.provides().stream().anyMatch(p -> p.service().equals(SERVICE));
        if (!provides) {
            throw new PluginLoadException("provides no " + SERVICE + " (declare it "
                    + (descriptor.isAutomatic()
                            ? "in META-INF/services/" + SERVICE
                            : "with 'provides " + SERVICE + " with ...' in module-info.java")
                    + ")");
        }
    }

    private static ModuleLayer define(ModuleLayer parent, ModuleFinder finder, String name)
            throws PluginLoadException {
        try {
            Configuration configuration =
                    parent.configuration().resolve(finder, ModuleFinder.of(), Set.of(name));
            return parent.defineModulesWithOneLoader(configuration,
                    ClassLoader.getSystemClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            throw new PluginLoadException("cannot be resolved: " + PluginLoadException.describe(e));
        }
    }

    private static List<ServiceModule> instantiate(ModuleLayer layer) throws PluginLoadException {
        List<ServiceLoader.Provider<ServiceModule>> providers;
        try {
            // a layer's service loader also sees the parent layers' providers: keep the jar's
            providers = ServiceLoader.load(layer, ServiceModule.class).stream()
                    .filter(p -> p.type().getModule().getLayer() == layer)
                    .toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginLoadException("its providers cannot be loaded: "
                    + PluginLoadException.describe(e));
        }
        List<ServiceModule> modules = new ArrayList<>();
        for (ServiceLoader.Provider<ServiceModule> provider : providers) {
            try {
                modules.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                throw new PluginLoadException("its provider " + provider.type().getName()
                        + " failed to start: " + PluginLoadException.rootCause(e));
            }
        }
        if (modules.isEmpty()) {
            throw new PluginLoadException("provides no " + SERVICE);
        }
        return modules;
    }
}

package io.stead.cli.plugins;

import io.stead.api.ApiVersion;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Refuses a plugin built against another major version of the plugin API (see
 * {@link ApiVersion}). A modular jar records the API version it was compiled against in its
 * descriptor ({@code requires io.stead.api} has a compiled version); a plain jar may state it in
 * its manifest as {@code Stead-Api-Version}. A plugin that states neither is let through: there
 * is nothing to check, and it will fail with a linkage error if it really does not fit.
 */
final class ApiVersionCheck {
    /** The manifest attribute a plain (non-modular) plugin jar states its API version in. */
    static final String MANIFEST_ATTRIBUTE = "Stead-Api-Version";

    private static final String API_MODULE = "io.stead.api";

    private ApiVersionCheck() {
    }

    /**
     * @param module a plugin jar's module
     * @throws PluginLoadException if it was built for an incompatible API
     */
    static void check(ModuleReference module) throws PluginLoadException {
        Optional<String> version = compiledAgainst(module.descriptor());
        if (version.isEmpty() && module.location().isPresent()
                && "file".equals(module.location().get().getScheme())) {
            version = fromManifest(Path.of(module.location().get()));
        }
        if (version.isPresent() && !ApiVersion.isCompatible(version.get())) {
            throw new PluginLoadException("built for plugin API " + version.get()
                    + ", but this stead has plugin API " + ApiVersion.current()
                    + " (a plugin needs the same major version and no newer minor)");
        }
    }

    /**
     * @param descriptor a module descriptor
     * @return the version of the API module it was compiled against, if recorded
     */
    static Optional<String> compiledAgainst(ModuleDescriptor descriptor) {
        return descriptor.requires().stream()
                .filter(r -> r.name().equals(API_MODULE))
                .findFirst()
                .flatMap(ModuleDescriptor.Requires::rawCompiledVersion);
    }

    private static Optional<String> fromManifest(Path jar) throws PluginLoadException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            Attributes attributes = manifest.getMainAttributes();
            return Optional.ofNullable(attributes.getValue(MANIFEST_ATTRIBUTE)).map(String::strip);
        } catch (IOException e) {
            throw new PluginLoadException("cannot read its manifest: " + e.getMessage());
        }
    }
}

package io.stead.cli.command;

import io.stead.api.ApiVersion;
import java.lang.module.ModuleDescriptor;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code stead --version} prints: stead's own version, read from its module descriptor
 * (Maven compiles it in, so it is never out of step with the pom), and the plugin API version
 * that plugin jars must match.
 */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"stead " + steadVersion(), "plugin API " + ApiVersion.current()};
    }

    /** @return the version of the io.stead.cli module, or {@code unknown} off the module path */
    public static String steadVersion() {
        ModuleDescriptor descriptor = VersionProvider.class.getModule().getDescriptor();
        return descriptor == null ? "unknown" : descriptor.rawVersion().orElse("unknown");
    }
}

package io.stead.api;

/**
 * A service module: the unit of extension of Stead, found with {@link java.util.ServiceLoader}.
 * A plugin jar provides implementations in its {@code module-info.java}
 * ({@code provides io.stead.api.ServiceModule with ...}) and in
 * {@code META-INF/services/io.stead.api.ServiceModule}.
 *
 * <p>Every loaded service module takes part in every evaluation; it stays inactive until its
 * options are set, usually by guarding its definitions with an {@code enable} option (see
 * {@link Definitions#when}). Implementations need a public no-argument constructor and must not
 * keep mutable state.
 */
public interface ServiceModule extends ModuleSpec {

    /**
     * The module's name, unique among loaded modules, used in messages, in
     * {@code disabledModules} and for ordering (modules are ordered by name).
     *
     * @return a short name such as {@code openssh}; never null
     */
    String name();

    /**
     * The module's version, shown by {@code stead plugins}. The default reads the version of
     * the JPMS module (for a plain jar loaded as a plugin, the one in its file name, as in
     * {@code hello-1.2.jar}), else its package's {@code Implementation-Version} where its class
     * loader records one (not in Stead's plugin layers), and answers {@code unknown} without
     * either.
     *
     * @return a version string; never null
     */
    default String version() {
        var descriptor = getClass().getModule().getDescriptor();
        if (descriptor != null && descriptor.rawVersion().isPresent()) {
            return descriptor.rawVersion().get();
        }
        String fromManifest = getClass().getPackage() == null ? null
                : getClass().getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }

    /**
     * One line saying what the module configures, shown by {@code stead plugins}.
     *
     * @return a description; never null
     */
    default String description() {
        return "";
    }
}

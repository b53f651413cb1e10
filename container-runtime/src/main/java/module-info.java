import io.stead.containerruntime.internal.ContainersModule;

/**
 * The container runtime: {@code containers.<name>} as {@code container-<name>.service} units
 * running systemd-nspawn, each container's own system built from its nested configuration.
 */
module io.stead.containerruntime {
    requires transitive io.stead.api;

    exports io.stead.containerruntime;

    provides io.stead.api.ServiceModule with ContainersModule;
}

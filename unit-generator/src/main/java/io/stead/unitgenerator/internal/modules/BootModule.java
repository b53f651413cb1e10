package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.bool;

import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;

/** The base module {@code boot}: whether the system is a container ({@code boot.isContainer}). */
public final class BootModule implements ServiceModule {

    @Override
    public String name() {
        return "boot";
    }

    @Override
    public String description() {
        return "how the system boots: boot.isContainer";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("boot.isContainer", bool()).withDefault(false)
                .withDescription("Whether this system runs in a container (systemd-nspawn) rather than "
                        + "on its own kernel; set for containers.<name>.config. Modules read it to leave "
                        + "out what a container does not need."));
    }
}

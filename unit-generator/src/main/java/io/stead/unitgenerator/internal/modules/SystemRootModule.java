package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.path;

import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;

/** The base module {@code system-root}: where the target system's files are ({@code system.root}). */
public final class SystemRootModule implements ServiceModule {

    @Override
    public String name() {
        return "system-root";
    }

    @Override
    public String description() {
        return "the target's root directory: system.root";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("system.root", path()).withDefault("/")
                .withDescription("The directory that is / of the system being built (stead build --root): "
                        + "where installed packages and the units they ship are looked up. Nothing is "
                        + "written there."));
    }
}

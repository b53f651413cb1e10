package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;

import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import io.stead.api.Submodule;
import java.util.List;
import java.util.Map;

/** The base module {@code environment-etc}: files under {@code /etc} ({@code environment.etc}). */
public final class EnvironmentEtcModule implements ServiceModule {

    @Override
    public String name() {
        return "environment-etc";
    }

    @Override
    public String description() {
        return "files under /etc: environment.etc";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("environment.etc", attrsOf(new Submodule(List.of(new EtcFileOptions()))))
                .withDefault(Map.of())
                .withExample(Map.of("issue", Map.of("text", "Welcome.\n")))
                .withDescription("Files of the system's /etc, by path relative to /etc."));
    }
}

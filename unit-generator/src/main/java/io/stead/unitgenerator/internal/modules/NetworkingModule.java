package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.strMatching;

import io.stead.api.Config;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.util.Map;

/** The base module {@code networking}: the host name, written to {@code /etc/hostname}. */
public final class NetworkingModule implements ServiceModule {

    @Override
    public String name() {
        return "networking";
    }

    @Override
    public String description() {
        return "the host name: networking.hostName";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("networking.hostName",
                        strMatching("|[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?"))
                .withDefault("")
                .withExample("web1")
                .withDescription("The host name, written to /etc/hostname. Empty (the default) leaves "
                        + "/etc/hostname to the target, unlike NixOS, whose default is \"nixos\": a "
                        + "Debian host already has a name."));
    }

    @Override
    public void config(Definitions config) {
        config.compute("environment.etc", NetworkingModule::hostnameFile);
    }

    private static Map<String, Object> hostnameFile(Config system) {
        String name = system.string("networking.hostName");
        return name == null || name.isEmpty() ? Map.of() : Map.of("hostname", Map.of("text", name + "\n"));
    }
}

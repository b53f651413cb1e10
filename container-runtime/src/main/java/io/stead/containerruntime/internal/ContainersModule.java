package io.stead.containerruntime.internal;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nestedSystem;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.path;
import static io.stead.api.Types.str;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import io.stead.api.Submodule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code containers.<name>}: lightweight systemd-nspawn containers, as NixOS's containers. A
 * container's {@code config} is a whole Stead system (every service module takes part); it runs
 * as {@code container-<name>.service}, with its own root, the host's {@code /usr} bound
 * read-only, and the host's network.
 */
public final class ContainersModule implements ServiceModule {

    @Override
    public String name() {
        return "containers";
    }

    @Override
    public String description() {
        return "systemd-nspawn containers, each a whole Stead system (containers.<name>).";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("containers", attrsOf(new Submodule(List.of(new Container()))))
                .withDefault(Map.of())
                .withDescription("Containers, each running as container-<name>.service: a system of its own"
                        + " sharing the host's kernel, /usr and network."));
        // the seed's name for this option
        options.rename("systemd.containers", "containers");
    }

    @Override
    public void config(Definitions config) {
        config.compute("systemd.services", ContainersModule::services);
    }

    /** One service per container. */
    private static Map<String, Object> services(Config system) {
        Map<String, Object> out = new TreeMap<>();
        for (String name : system.attrs("containers").keySet()) {
            Config container = system.at("containers." + OptionPath.quote(name));
            out.put(ContainerUnit.serviceName(name), ContainerUnit.service(name, container));
        }
        return out;
    }

    /** The options of one container. */
    private static final class Container implements ModuleSpec {
        @Override
        public void options(Options o) {
            o.add(Option.of("autoStart", bool()).withDefault(false)
                    .withDescription("Whether the container starts at boot (wanted by multi-user.target)."));
            o.add(Option.of("config", nestedSystem()).withDefault(Map.of())
                    .withDescription("The container's own configuration, a Stead system: the same options as"
                            + " the host's, e.g. services.openssh.enable."));
            o.add(Option.of("extraFlags", listOf(str())).withDefault(List.of())
                    .withDescription("Extra command-line arguments for systemd-nspawn."));
            o.add(Option.of("path", nullOr(path())).withDefault(null)
                    .withDescription("A system tree built separately (stead build -o PATH) to run instead of"
                            + " config, so the container's configuration is managed apart from the host's."));
            o.add(Option.of("root", path())
                    .withDefault(Definition.computed(c -> "/var/lib/containers/" + c.name()))
                    .withDescription("The container's root directory."));
        }

        @Override
        public void config(Definitions c) {
            // a container has no kernel or boot loader of its own
            c.set("config.boot.isContainer", Definition.mkDefault(true));
        }
    }
}

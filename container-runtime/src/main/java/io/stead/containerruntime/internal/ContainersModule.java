package io.stead.containerruntime.internal;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nestedSystem;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;

import io.stead.api.Config;
import io.stead.api.ConfigException;
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

    /**
     * A container's name becomes a unit name (container-NAME.service) and its machine name, which
     * systemd-nspawn requires to be a valid host name (a label of letters, digits and '-', not
     * first or last, at most 64 characters; NixOS also refuses '_'); its paths go into a shell
     * script and a command line: they are kept to characters that need no quoting in either.
     */
    private static final String NAME = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,62}[a-zA-Z0-9])?";
    private static final String SAFE_PATH = "/[a-zA-Z0-9._+/-]*";

    @Override
    public void config(Definitions config) {
        config.compute("systemd.services", ContainersModule::services);
    }

    /**
     * Refuses a container whose name, root or flags cannot be used, naming the option: the
     * evaluator adds its definitions, with their lines.
     */
    private static void check(Map<String, Config> containers) {
        Map<String, String> roots = new TreeMap<>();
        for (Map.Entry<String, Config> container : containers.entrySet()) {
            String name = container.getKey();
            if (!name.matches(NAME)) {
                OptionPath path = OptionPath.of("containers", name);
                throw new ConfigException(path, "'" + path + "': a container's name must be letters, digits and"
                        + " '-', not first or last (at most 64), since it names its unit container-<name>.service"
                        + " and its machine, whose name systemd-nspawn requires to be a valid host name.");
            }
            checkOneSystem(name, container.getValue());
            roots.put(name, container.getValue().string("root"));
            for (Object flag : container.getValue().list("extraFlags")) {
                String text = String.valueOf(flag);
                if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0) {
                    // they go on the one line of the service's ExecStart=, which systemd ends there
                    OptionPath path = OptionPath.of("containers", name, "extraFlags");
                    throw new ConfigException(path, "'" + path + "': a flag cannot hold a line break or a NUL"
                            + " character, since the flags are written on one line of the container's service;"
                            + " give each flag as an element of its own.");
                }
            }
        }
        ContainerRoots.Problem root = ContainerRoots.firstProblem(roots);
        if (root != null) {
            throw new ConfigException(root.options(), root.message());
        }
    }

    /**
     * Refuses a container given both a system to build ({@code config}) and one built apart
     * ({@code path}): only one runs, and the other would be dropped without a word. In NixOS,
     * {@code path} is defined from {@code config} when that is defined, so the two conflict.
     */
    private static void checkOneSystem(String name, Config container) {
        if (container.get("path") != null && container.isDefined("config")) {
            OptionPath path = OptionPath.of("containers", name, "path");
            OptionPath config = OptionPath.of("containers", name, "config");
            throw new ConfigException(List.of(path, config), "The option '" + path + "' has conflicting"
                    + " definition values: a container runs either the system that '" + config + "' configures"
                    + " or one built apart at '" + path + "' (NixOS defines path from config); define only one"
                    + " of them.");
        }
    }

    /** One service per container. */
    private static Map<String, Object> services(Config system) {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Config> containers = system.submodules("containers");
        check(containers);
        for (Map.Entry<String, Config> container : containers.entrySet()) {
            out.put(ContainerUnit.serviceName(container.getKey()), ContainerUnit.service(container.getKey(),
                    container.getValue()));
        }
        return out;
    }

    /** The options of one container. */
    private static final class Container implements ModuleSpec {
        @Override
        public void options(Options o) {
            o.add(Option.of("autoStart", bool()).withDefault(false)
                    .withDescription("Whether the container starts at boot (wanted by multi-user.target)."));
            o.add(Option.of("config", nestedSystem(new ContainerSystem())).withDefault(Map.of())
                    .withDescription("The container's own configuration, a Stead system: the same options as"
                            + " the host's, e.g. services.openssh.enable."));
            o.add(Option.of("extraFlags", listOf(str())).withDefault(List.of())
                    .withDescription("Extra command-line arguments for systemd-nspawn."));
            o.add(Option.of("path", nullOr(strMatching(SAFE_PATH))).withDefault(null)
                    .withDescription("A system tree built separately (stead build -o PATH) to run instead of"
                            + " config, so the container's configuration is managed apart from the host's;"
                            + " not with config."));
            o.add(Option.of("root", strMatching(SAFE_PATH))
                    .withDefault(Definition.computed(c -> "/var/lib/containers/" + c.name()))
                    .withDescription("The container's root directory."));
        }
    }
}

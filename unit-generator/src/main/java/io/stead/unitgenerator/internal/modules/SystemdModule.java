package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.pkg;
import static io.stead.api.Types.str;

import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import io.stead.api.Submodule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The base module {@code systemd}: units as options ({@code systemd.services}, ...,
 * {@code systemd.units}), the packages whose units are used ({@code systemd.packages}), and the
 * escape hatch for unit keys newer than Stead's catalogue ({@code systemd.extraUnitKeys}).
 * NixOS's {@code nixos/modules/system/boot/systemd.nix} is the model.
 */
public final class SystemdModule implements ServiceModule {

    @Override
    public String name() {
        return "systemd";
    }

    @Override
    public String description() {
        return "systemd units: services, sockets, timers, targets, paths, mounts, slices, units, packages";
    }

    @Override
    public void options(Options options) {
        Map<String, Option> declared = new TreeMap<>();
        declared.put("extraUnitKeys", Option.of("extraUnitKeys", attrsOf(listOf(str()))).withDefault(Map.of())
                .withExample(Map.of("Service", List.of("MemoryZSwapMax")))
                .withDescription("Unit file keys to accept although the catalogue of systemd's keys that "
                        + "Stead ships (from systemd 252) does not list them, by section: for keys of a "
                        + "newer systemd on the target. Every other unknown key is refused; keys "
                        + "starting with X- are always accepted."));
        for (String kind : UnitKindOptions.kinds()) {
            declared.put(kind, Option.of(kind, attrsOf(new Submodule(UnitKindOptions.of(kind))))
                    .withDefault(Map.of())
                    .withDescription(kindDescription(kind)));
        }
        declared.put("packages", Option.of("packages", listOf(pkg())).withDefault(List.of())
                .withDescription("Packages whose units systemd should use: a directory package's "
                        + "lib/systemd/system, or a Debian package's unit files. A unit configured here "
                        + "that such a package ships is customised by a drop-in rather than replaced; "
                        + "a package's units outside systemd's search path are linked into "
                        + "/etc/systemd/system."));
        declared.put("units", Option.of("units",
                        attrsOf(new Submodule(List.of(new SharedUnitOptions(), new ConcreteUnitOptions()))))
                .withDefault(Map.of())
                .withDescription("Units given by their full name and text, such as "
                        + "systemd.units.\"foo.service\".text."));
        Options systemd = options.under("systemd");
        declared.values().forEach(systemd::add);
    }

    @Override
    public void config(Definitions config) {
        config.compute("systemd.timers", StartAtTimers::of);
    }

    private static String kindDescription(String kind) {
        if (kind.equals("mounts")) {
            return "Mount units, named after their where option.";
        }
        return "The system's " + kind.substring(0, kind.length() - 1) + " units, by name without the "
                + "." + kind.substring(0, kind.length() - 1) + " suffix.";
    }
}

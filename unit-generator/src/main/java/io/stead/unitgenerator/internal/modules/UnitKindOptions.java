package io.stead.unitgenerator.internal.modules;

import io.stead.api.ModuleSpec;
import java.util.ArrayList;
import java.util.List;

/** The submodules of each structured unit kind: what {@code systemd.<kind>.<name>} declares. */
public final class UnitKindOptions {
    private UnitKindOptions() {
    }

    /**
     * @param kind the option's name under {@code systemd}, such as {@code services}
     * @return the modules of one unit of that kind
     */
    public static List<ModuleSpec> of(String kind) {
        List<ModuleSpec> out = new ArrayList<>(List.of(new SharedUnitOptions(), new CommonUnitOptions()));
        switch (kind) {
            case "services" -> out.add(new ServiceUnitOptions());
            case "sockets" -> out.add(new SocketUnitOptions());
            case "timers" -> out.add(new SectionOptions("timerConfig", "Timer", "systemd.timer(5), systemd.time(7)"));
            case "targets" -> { }
            case "paths" -> out.add(new SectionOptions("pathConfig", "Path", "systemd.path(5)"));
            case "mounts" -> out.add(new MountUnitOptions());
            case "slices" -> out.add(new SectionOptions("sliceConfig", "Slice", "systemd.slice(5), systemd.resource-control(5)"));
            default -> throw new IllegalArgumentException("no unit kind " + kind);
        }
        return List.copyOf(out);
    }

    /** @return the option names of the structured unit kinds, alphabetically */
    public static List<String> kinds() {
        return List.of("mounts", "paths", "services", "slices", "sockets", "targets", "timers");
    }
}

package io.stead.unitgenerator.internal.modules;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timers that services' {@code startAt} implies, computed into {@code systemd.timers} as
 * NixOS does: for each enabled service with calendar events, a timer of the same name, wanted by
 * {@code timers.target}, with {@code OnCalendar=} set to them.
 */
final class StartAtTimers {
    private StartAtTimers() {
    }

    /**
     * @param system the system configuration
     * @return the timers, by name
     */
    static Map<String, Object> of(Config system) {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Config> services = system.submodules("systemd.services");
        if (services == null) {
            return out;
        }
        for (Map.Entry<String, Config> each : services.entrySet()) {
            String name = each.getKey();
            Config service = each.getValue();
            List<String> events = ConfigReads.strings(service, "startAt");
            // (a template's timer would start no instance: the build refuses startAt there)
            if (service.bool("enable") && !events.isEmpty() && !name.endsWith("@")) {
                out.put(name, Map.of("wantedBy", List.of("timers.target"),
                        "timerConfig", Map.of("OnCalendar", events)));
            }
        }
        return out;
    }
}

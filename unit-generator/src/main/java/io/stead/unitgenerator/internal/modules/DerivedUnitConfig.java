package io.stead.unitgenerator.internal.modules;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code [Unit]} settings a unit's own options imply, computed into its {@code unitConfig}
 * as NixOS's {@code unitConfig} module does: {@code Description=} from {@code description},
 * {@code After=} from {@code after} (names joined with spaces on one line), and so on. Only what
 * is set appears.
 */
public final class DerivedUnitConfig {
    private static final Map<String, String> DEPENDENCIES = Map.of(
            "requires", "Requires", "wants", "Wants", "requisite", "Requisite", "after", "After",
            "before", "Before", "bindsTo", "BindsTo", "partOf", "PartOf", "conflicts", "Conflicts",
            "onFailure", "OnFailure", "onSuccess", "OnSuccess");

    private DerivedUnitConfig() {
    }

    /** @return the dependency options and the [Unit] key each becomes ({@code after} -> {@code After}) */
    public static Map<String, String> dependencyKeys() {
        return DEPENDENCIES;
    }

    /**
     * @param unit the unit's configuration
     * @return the implied {@code [Unit]} settings, by key
     */
    static Map<String, Object> of(Config unit) {
        Map<String, Object> out = new TreeMap<>();
        DEPENDENCIES.forEach((option, key) -> joined(out, key, ConfigReads.strings(unit, option)));
        String description = unit.string("description");
        if (description != null && !description.isEmpty()) {
            out.put("Description", description);
        }
        // URIs are literal: systemd would replace "%20" as a specifier and drop the whole line
        List<String> documentation = ConfigReads.strings(unit, "documentation");
        if (!documentation.isEmpty()) {
            out.put("Documentation", Specifiers.literal(String.join(" ", documentation)));
        }
        if (unit.isDefined("startLimitIntervalSec")) {
            out.put("StartLimitIntervalSec", String.valueOf(unit.get("startLimitIntervalSec")));
        }
        if (unit.isDefined("startLimitBurst")) {
            out.put("StartLimitBurst", String.valueOf(unit.get("startLimitBurst")));
        }
        List<String> restart = ConfigReads.strings(unit, "restartTriggers");
        if (!restart.isEmpty()) {
            out.put("X-Restart-Triggers", TriggerHash.of(restart));
        }
        List<String> reload = ConfigReads.strings(unit, "reloadTriggers");
        if (!reload.isEmpty()) {
            out.put("X-Reload-Triggers", TriggerHash.of(reload));
        }
        return out;
    }

    private static void joined(Map<String, Object> out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.put(key, String.join(" ", values));
        }
    }
}

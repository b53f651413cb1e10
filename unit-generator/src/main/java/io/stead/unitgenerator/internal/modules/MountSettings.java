package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code [Mount]} settings a mount's options imply, computed into its {@code mountConfig}.
 * {@code what} and {@code where} are taken literally: systemd replaces specifiers in
 * {@code What=} and {@code Where=} ({@code %b} is the boot ID), so a {@code %} is written
 * {@code %%}. Where= must also name the same path as the unit's name, which is escaped from the
 * literal {@code where}: {@code /srv/100%bad} as written was refused ("Where= setting doesn't
 * match unit name").
 */
final class MountSettings {
    private MountSettings() {
    }

    /**
     * @param mount the mount's configuration
     * @return What= and Where=, and Type= and Options= when set
     */
    static Map<String, Object> of(Config mount) {
        Map<String, Object> out = new TreeMap<>();
        out.put("What", Specifiers.literal(mount.string("what")));
        out.put("Where", Specifiers.literal(mount.string("where")));
        String type = mount.string("type");
        if (type != null && !type.isEmpty()) {
            out.put("Type", type);
        }
        String options = mount.string("options");
        if (options != null && !options.isEmpty()) {
            out.put("Options", options);
        }
        return out;
    }
}

package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import java.util.Map;
import java.util.TreeMap;

/** The {@code [Mount]} settings a mount's options imply, computed into its {@code mountConfig}. */
final class MountSettings {
    private MountSettings() {
    }

    /**
     * @param mount the mount's configuration
     * @return What= and Where=, and Type= and Options= when set
     */
    static Map<String, Object> of(Config mount) {
        Map<String, Object> out = new TreeMap<>();
        out.put("What", mount.string("what"));
        out.put("Where", mount.string("where"));
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

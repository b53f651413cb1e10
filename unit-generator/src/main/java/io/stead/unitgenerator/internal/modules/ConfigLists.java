package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import java.util.List;

/** Reads list values of a configuration as strings. */
final class ConfigLists {
    private ConfigLists() {
    }

    /**
     * @param config a configuration
     * @param path a list option (or a string option that may also be a list, such as startAt)
     * @return its elements as strings; empty when null
     */
    static List<String> strings(Config config, String path) {
        Object value = config.get(path);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("'" + path + "' is a " + value.getClass().getSimpleName()
                + ", not a list");
    }
}

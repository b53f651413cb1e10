package io.stead.unitgenerator.internal.config;

import io.stead.api.Config;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads option values the way the builder and the base modules need them, with the declared
 * defaults standing in for null: an absent list is empty, an absent attribute set is empty.
 */
public final class ConfigReads {
    private ConfigReads() {
    }

    /**
     * @param config a configuration
     * @param path a boolean option
     * @param fallback its value when null
     * @return the value
     */
    public static boolean bool(Config config, String path, boolean fallback) {
        Boolean value = config.as(path, Boolean.class);
        return value == null ? fallback : value;
    }

    /**
     * @param config a configuration
     * @param path a list option (or a string option that may also be a list, such as startAt)
     * @return its elements as strings; empty when null
     */
    public static List<String> strings(Config config, String path) {
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

    /**
     * @param config a configuration
     * @param path an attribute set option
     * @return its value, sorted; empty when null
     */
    public static Map<String, Object> attrs(Config config, String path) {
        Map<String, Object> value = config.attrs(path);
        return value == null ? Map.of() : new TreeMap<>(value);
    }

    /**
     * @param config a configuration
     * @param path the path of an attribute set of submodules
     * @return its instances by name, or none if it is null
     */
    public static Map<String, Config> submodules(Config config, String path) {
        Map<String, Config> value = config.submodules(path);
        return value == null ? Map.of() : value;
    }
}

package io.stead.unitgenerator.testkit;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link Config} over plain nested maps, holding already evaluated values as the api describes
 * them (Boolean, Long, String, List, sorted Map, SystemPackage, null; a submodule is a Map that
 * is also a Config). Every value present counts as defined.
 */
public final class MapConfig extends AbstractMap<String, Object> implements Config {
    private final Map<String, Object> values;
    private final String name;

    private MapConfig(Map<String, Object> values, String name) {
        this.values = values;
        this.name = name;
    }

    /**
     * @param values nested maps; Integer values are read as Long, nested maps become configs
     * @return the top-level configuration
     */
    public static MapConfig of(Map<String, ?> values) {
        return new MapConfig(normalize(values), null);
    }

    @Override
    public Object get(String path) {
        Object current = this;
        for (String segment : OptionPath.parse(path).segments()) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(segment)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean isDefined(String path) {
        List<String> segments = OptionPath.parse(path).segments();
        Object current = this;
        for (String segment : segments) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(segment)) {
                return false;
            }
            current = map.get(segment);
        }
        return true;
    }

    @Override
    public Config at(String path) {
        Object value = get(path);
        if (value instanceof Config config) {
            return config;
        }
        throw new IllegalStateException("'" + path + "' is not a submodule value");
    }

    @Override
    public String name() {
        if (name == null) {
            throw new IllegalStateException("a top-level configuration has no name");
        }
        return name;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalize(Map<String, ?> values) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m
                ? new MapConfig(normalize((Map<String, ?>) m), k) : normalizeValue(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object normalizeValue(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(e -> e instanceof Map<?, ?> m
                    ? new MapConfig(normalize((Map<String, ?>) m), null) : normalizeValue(e)).toList();
        }
        return v;
    }
}

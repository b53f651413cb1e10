package io.stead.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The instances of an {@code attrsOf submodule} value seen as configurations: a view of the
 * value, so each instance is still computed when it is first read, and one that is not a
 * submodule's configuration is refused with the path it is at.
 */
final class SubmoduleMap extends AbstractMap<String, Config> {
    private final String path;
    private final Map<String, Object> value;

    SubmoduleMap(String path, Map<String, Object> value) {
        this.path = path;
        this.value = value;
    }

    @Override
    public Config get(Object key) {
        return key instanceof String name && value.containsKey(name) ? config(name, value.get(name)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return value.containsKey(key);
    }

    @Override
    public int size() {
        return value.size();
    }

    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(value.keySet());
    }

    @Override
    public Set<Entry<String, Config>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Config>> iterator() {
                Iterator<String> names = value.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, Config> next() {
                        String name = names.next();
                        return new SimpleImmutableEntry<>(name, config(name, value.get(name)));
                    }
                };
            }

            @Override
            public int size() {
                return value.size();
            }
        };
    }

    private Config config(String name, Object instance) {
        if (instance instanceof Config c) {
            return c;
        }
        String at = path + "." + OptionPath.quote(name);
        throw new IllegalStateException("'" + at + "' is " + (instance == null ? "null"
                : "a " + instance.getClass().getSimpleName()) + ", not a submodule's configuration");
    }
}

package io.stead.api.tree;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of a built system, mirroring the target root: a pure value produced from a
 * configuration, which can be written, diffed, installed or rolled back. Entries are kept
 * sorted by path, so equal trees iterate identically.
 */
public final class SystemTree {
    private final Map<String, TreeEntry> entries;

    private SystemTree(Map<String, TreeEntry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /**
     * @param entries the entries; two entries with one path are an error
     * @return the tree
     */
    public static SystemTree of(Collection<TreeEntry> entries) {
        Map<String, TreeEntry> map = new TreeMap<>();
        for (TreeEntry e : entries) {
            TreeEntry previous = map.putIfAbsent(e.path(), e);
            if (previous != null && !previous.equals(e)) {
                throw new IllegalArgumentException("two different entries for " + e.path());
            }
        }
        return new SystemTree(map);
    }

    /** @return the entries, sorted by path */
    public Collection<TreeEntry> entries() {
        return entries.values();
    }

    /**
     * @param path a relative path
     * @return the entry there, if any
     */
    public Optional<TreeEntry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SystemTree t && t.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}

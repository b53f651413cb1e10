package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.api.tree.TreeEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a tree being assembled, each with the option that asked for it, so that two
 * options writing one path differently are reported by name.
 */
final class TreeEntries {
    private record Owned(TreeEntry entry, OptionPath owner) {
    }

    private final Map<String, Owned> byPath = new HashMap<>();
    private final List<TreeEntry> inOrder = new ArrayList<>();
    private final Problems problems;

    TreeEntries(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param entry an entry
     * @param owner the option it comes from
     */
    void add(TreeEntry entry, OptionPath owner) {
        Owned previous = byPath.get(entry.path());
        if (previous == null) {
            byPath.put(entry.path(), new Owned(entry, owner));
            inOrder.add(entry);
        } else if (!previous.entry().equals(entry)) {
            problems.add(owner, "writes /" + entry.path() + ", which '" + previous.owner()
                    + "' writes differently.");
        }
    }

    /**
     * @param path a tree path
     * @return whether an entry is there
     */
    boolean has(String path) {
        return byPath.containsKey(path);
    }

    /** @return the entries, in the order they were added */
    List<TreeEntry> all() {
        return List.copyOf(inOrder);
    }
}

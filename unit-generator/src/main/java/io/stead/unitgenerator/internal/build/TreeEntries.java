package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.api.tree.TreeEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a tree being assembled, each with the option that asked for it, so that two
 * options writing one path differently are reported by name, and so are a file (or link) and
 * an entry inside it: names such as environment.etc."a/b" beside environment.etc.a hold a '/',
 * and the tree could not be written ("FileAlreadyExistsException", naming no option).
 */
final class TreeEntries {
    private record Owned(TreeEntry entry, OptionPath owner) {
    }

    private final Map<String, Owned> byPath = new HashMap<>();
    // each directory that entries need, with the option of the first entry inside it
    private final Map<String, OptionPath> directories = new HashMap<>();
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
        if (FileNames.hasTooLongName(entry.path())) {
            problems.add(owner, "writes /" + entry.path() + ", where a name is longer than " + FileNames.NAME_MAX
                    + " bytes, which no Linux file system takes.");
            return;
        }
        if (!fitsTheDirectories(entry.path(), owner)) {
            return;
        }
        Owned previous = byPath.get(entry.path());
        if (previous == null) {
            for (int slash = entry.path().indexOf('/'); slash >= 0; slash = entry.path().indexOf('/', slash + 1)) {
                directories.putIfAbsent(entry.path().substring(0, slash), owner);
            }
            byPath.put(entry.path(), new Owned(entry, owner));
            inOrder.add(entry);
        } else if (!previous.entry().equals(entry)) {
            problems.add(owner, "writes /" + entry.path() + ", which '" + previous.owner()
                    + "' writes differently.");
        }
    }

    /** Whether no entry is a directory of this path, nor this path a directory of entries; a problem if not. */
    private boolean fitsTheDirectories(String path, OptionPath owner) {
        OptionPath inside = directories.get(path);
        if (inside != null) {
            problems.add(owner, "writes /" + path + ", a directory of what '" + inside + "' writes.");
            return false;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            Owned file = byPath.get(path.substring(0, slash));
            if (file != null) {
                problems.add(owner, "writes /" + path + ", inside /" + file.entry().path() + ", which '"
                        + file.owner() + "' writes as a file or link.");
                return false;
            }
        }
        return true;
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

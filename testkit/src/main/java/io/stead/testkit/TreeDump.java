package io.stead.testkit;

import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.TreeManifest;

/**
 * A system tree as one text, for golden files: each entry's header (path, kind, mode or link
 * target, the upstream unit a drop-in customises), then a file's text.
 */
public final class TreeDump {
    private TreeDump() {
    }

    /**
     * @param tree a tree
     * @return its dump
     */
    public static String of(SystemTree tree) {
        StringBuilder out = new StringBuilder();
        for (TreeEntry e : tree.entries()) {
            out.append("== ").append(e.path()).append(" (").append(TreeManifest.kindName(e.kind()));
            if (e.isLink()) {
                out.append(") -> ").append(e.linkTarget()).append('\n');
                continue;
            }
            out.append(", ").append(String.format("%04o", e.mode()));
            if (e.customises() != null) {
                out.append(", customises ").append(e.customises());
            }
            out.append(")\n").append(e.content());
            if (!e.content().endsWith("\n")) {
                out.append("\\ no newline at end\n");
            }
        }
        return out.toString();
    }
}

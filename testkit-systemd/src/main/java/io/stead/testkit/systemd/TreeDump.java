package io.stead.testkit.systemd;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.util.Locale;

/**
 * A system tree as one text, for golden files: each entry's header (path, kind, mode or link
 * target, the upstream unit a drop-in customises), then a file's text. Kinds are named as the
 * generator's manifest names them ({@code drop-in}, {@code etc-file}, ...), spelled out here
 * because this kit sits below the generator.
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
            out.append("== ").append(e.path()).append(" (").append(kindName(e.kind()));
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

    private static String kindName(EntryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

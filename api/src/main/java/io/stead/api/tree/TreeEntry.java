package io.stead.api.tree;

import java.util.Objects;

/**
 * One file or link of a {@link SystemTree}.
 *
 * @param path the path relative to the tree's root, such as {@code etc/ssh/sshd_config}
 * @param kind what it is
 * @param content the text of a file; null for a link
 * @param linkTarget the target of a link; null for a file
 * @param mode the permission bits of a file, such as {@code 0644}; 0 for a link
 * @param customises for a drop-in, the absolute path of the upstream unit it customises;
 *     otherwise null
 */
public record TreeEntry(String path, EntryKind kind, String content, String linkTarget, int mode,
                        String customises) {

    /**
     * @param path relative, no leading slash
     * @param kind not null
     * @param content exactly one of content and linkTarget is set
     * @param linkTarget see content
     * @param mode permission bits
     * @param customises nullable
     */
    public TreeEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (path.startsWith("/") || path.isEmpty()) {
            throw new IllegalArgumentException("tree paths are relative: " + path);
        }
        if ((content == null) == (linkTarget == null)) {
            throw new IllegalArgumentException("an entry is a file or a link: " + path);
        }
    }

    /**
     * @param path relative path
     * @param kind what it is
     * @param content text
     * @param mode permission bits
     * @return a file entry
     */
    public static TreeEntry file(String path, EntryKind kind, String content, int mode) {
        return new TreeEntry(path, kind, content, null, mode, null);
    }

    /**
     * @param path relative path
     * @param kind what it is
     * @param target where it points
     * @return a link entry
     */
    public static TreeEntry link(String path, EntryKind kind, String target) {
        return new TreeEntry(path, kind, null, target, 0, null);
    }

    /**
     * @param path relative path
     * @param content text
     * @param upstream absolute path of the upstream unit customised
     * @return a drop-in entry
     */
    public static TreeEntry dropIn(String path, String content, String upstream) {
        return new TreeEntry(path, EntryKind.DROP_IN, content, null, 0644, upstream);
    }

    /** @return whether this entry is a symbolic link */
    public boolean isLink() {
        return linkTarget != null;
    }
}

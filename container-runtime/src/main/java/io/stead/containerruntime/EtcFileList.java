package io.stead.containerruntime;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.TreeEntry;
import java.util.Collection;
import java.util.Optional;

/**
 * {@code /etc/stead/etc-files} of a system that has containers, and of each container's system:
 * the paths, relative to {@code /etc}, of every file and link its tree puts under {@code /etc},
 * each ended by a NUL (a path may hold a line feed). A container's start reads them (see
 * {@code ContainerUnit}) to keep its {@code /etc} its own system's: the host's list, to leave the
 * host's own files (its users' keys, its accounts file) out of the container's copy of the
 * host's {@code /etc}; the container's, to remove the files an earlier system of the container
 * had and its new one has not.
 */
final class EtcFileList {
    /** The list's path in a tree. */
    static final String PATH = "etc/stead/etc-files";

    private EtcFileList() {
    }

    /**
     * @param entries a system's tree entries
     * @return the list's entry, or none when the tree puts nothing under /etc
     */
    static Optional<TreeEntry> of(Collection<TreeEntry> entries) {
        StringBuilder list = new StringBuilder();
        entries.stream().map(TreeEntry::path).filter(p -> p.startsWith("etc/") && !p.equals(PATH)).sorted()
                .forEach(p -> list.append(p, "etc/".length(), p.length()).append('\0'));
        return list.isEmpty() ? Optional.empty()
                : Optional.of(TreeEntry.file(PATH, EntryKind.ETC_FILE, list.toString(), 0644));
    }
}

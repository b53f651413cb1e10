package io.stead.testkit.systemd;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs {@code systemd-analyze verify} on the units of a written tree as the target would load
 * them: in a private mount namespace ({@code unshare -m}, so root is needed), a scratch root
 * gets this machine's {@code /usr} and the tree's {@code etc}, with {@code bin}, {@code sbin},
 * {@code lib}, {@code lib64} linked into {@code usr} as on Debian. So a drop-in is checked
 * against the real Debian unit it customises, and the scripts a unit runs must be in the tree.
 */
public final class SystemdVerify {
    private SystemdVerify() {
    }

    /**
     * @param tree a tree
     * @return the units it writes in full or customises with a drop-in
     */
    public static List<String> unitsOf(SystemTree tree) {
        TreeSet<String> out = new TreeSet<>();
        String prefix = "etc/systemd/system/";
        for (TreeEntry e : tree.entries()) {
            if (!e.path().startsWith(prefix)) {
                continue;
            }
            String rest = e.path().substring(prefix.length());
            if (e.kind() == EntryKind.UNIT) {
                out.add(rest);
            } else if (e.kind() == EntryKind.DROP_IN) {
                out.add(rest.substring(0, rest.indexOf(".d/")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param writtenTree a tree written by the tree writer
     * @param units the units to verify
     * @return what systemd-analyze printed, and its exit code
     */
    public static Processes.Result verify(Path writtenTree, List<String> units) {
        try {
            Path root = Files.createTempDirectory("stead-verify-root-");
            try {
                Files.createDirectory(root.resolve("usr"));
                Files.createDirectory(root.resolve("etc"));
                for (String dir : List.of("bin", "sbin", "lib", "lib64")) {
                    Files.createSymbolicLink(root.resolve(dir), Path.of("usr", dir));
                }
                List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private",
                        "sh", "-euc", "mount --bind /usr \"$1/usr\"; mount --bind \"$2\" \"$1/etc\"; shift 2; "
                                + "exec systemd-analyze verify \"$@\"", "verify",
                        root.toString(), writtenTree.resolve("etc").toString(), "--root=" + root));
                command.addAll(units);
                Processes.Result result = Processes.run(command, Map.of("SYSTEMD_LOG_COLOR", "0"));
                if (result.output().startsWith("unshare:") || result.output().startsWith("mount:")) {
                    throw new AssertionError("systemd-analyze verify runs in a private mount namespace, "
                            + "which needs root and unshare -m: " + result.output().strip());
                }
                return result;
            } finally {
                deleteScratchRoot(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the scratch root, refusing if a mount point still shows something (the namespace leaked). */
    private static void deleteScratchRoot(Path root) throws IOException {
        for (String mountPoint : List.of("usr", "etc")) {
            try (var left = Files.list(root.resolve(mountPoint))) {
                if (left.findAny().isPresent()) {
                    throw new IllegalStateException(root.resolve(mountPoint) + " is still mounted; leaving "
                            + root + " rather than deleting through a mount");
                }
            }
            Files.delete(root.resolve(mountPoint));
        }
        for (String dir : List.of("bin", "sbin", "lib", "lib64")) {
            Files.delete(root.resolve(dir));
        }
        Files.delete(root);
    }
}

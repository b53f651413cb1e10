package io.stead.unitgenerator.testkit;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs {@code systemd-analyze verify} on the units of a written tree as the target would load
 * them: in a private mount namespace ({@code unshare -m}), a scratch root gets this machine's
 * {@code /usr} and the tree's {@code etc} bind-mounted, with {@code bin}, {@code sbin},
 * {@code lib}, {@code lib64} linked into {@code usr} as on Debian, and the units are verified
 * with {@code --root} of it. So drop-ins are checked against the machine's upstream units, and
 * the scripts the units run must exist in the tree. The mounts vanish with the namespace.
 */
public final class SystemdVerify {
    private SystemdVerify() {
    }

    /**
     * @param tree the tree
     * @return the names of every unit it writes in full or customises with a drop-in
     */
    public static List<String> unitsOf(SystemTree tree) {
        TreeSet<String> out = new TreeSet<>();
        for (TreeEntry e : tree.entries()) {
            if (!e.path().startsWith("etc/systemd/system/")) {
                continue;
            }
            String rest = e.path().substring("etc/systemd/system/".length());
            if (e.kind() == EntryKind.UNIT) {
                out.add(rest);
            } else if (e.kind() == EntryKind.DROP_IN) {
                out.add(rest.substring(0, rest.indexOf(".d/")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param treeDirectory a tree written by the TreeWriter
     * @param units the units to verify
     * @return what systemd-analyze printed, with its exit code
     */
    public static Processes.Result verify(Path treeDirectory, List<String> units) {
        Path root = null;
        try {
            root = Files.createTempDirectory("stead-verify-root-");
            Files.createDirectory(root.resolve("usr"));
            Files.createDirectory(root.resolve("etc"));
            for (String dir : List.of("bin", "sbin", "lib", "lib64")) {
                Files.createSymbolicLink(root.resolve(dir), Path.of("usr", dir));
            }
            List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private",
                    "sh", "-euc", "mount --bind /usr \"$1/usr\"; mount --bind \"$2\" \"$1/etc\"; shift 2; "
                            + "exec systemd-analyze verify \"$@\"", "verify",
                    root.toString(), treeDirectory.resolve("etc").toString(), "--root=" + root));
            command.addAll(units);
            Processes.Result result = Processes.run(command, java.util.Map.of("SYSTEMD_LOG_COLOR", "0"));
            if (result.output().startsWith("unshare:") || result.output().startsWith("mount:")) {
                throw new AssertionError("systemd-analyze verify runs in a private mount namespace, which "
                        + "needs root and unshare -m: " + result.output().strip());
            }
            return result;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (root != null) {
                removeScratchRoot(root);
            }
        }
    }

    private static void removeScratchRoot(Path root) {
        for (String mountPoint : List.of("usr", "etc")) {
            try (Stream<Path> left = Files.list(root.resolve(mountPoint))) {
                if (left.findAny().isPresent()) {
                    throw new IllegalStateException(root.resolve(mountPoint) + " is still mounted; "
                            + "leaving " + root + " in place rather than deleting through a mount");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!Files.isSymbolicLink(dir) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

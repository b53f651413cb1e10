package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last steps of every teardown, shared by {@link TestHost#close()} and {@link StaleHosts}: kill what is
 * left in a guest's cgroups, remove the cgroups, nspawn's propagation directory and the guest's directory.
 * Each step reports what it could not do instead of throwing, so that the later steps still run.
 */
final class Cleanup {
    private static final Path PROPAGATE = Path.of("/run/systemd/nspawn/propagate");
    private static final Path LOCKS = Path.of("/run/systemd/nspawn/locks");

    private Cleanup() {
    }

    /**
     * Kills every process in the guest's cgroups until none is left or the bound passes.
     *
     * @return what could not be done, empty on success
     */
    static List<String> killCgroupProcesses(Cgroups cgroups, String name, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        List<Long> pids = cgroups.pids(name);
        while (!pids.isEmpty()) {
            for (long pid : pids) {
                Procs.of(pid).ifPresent(Procs.Pid::kill);
            }
            if (System.nanoTime() > deadline) {
                return List.of("processes " + pids + " are still in the cgroups of " + name);
            }
            sleep(50);
            pids = cgroups.pids(name).stream().filter(pid -> Procs.of(pid).map(Procs.Pid::alive).orElse(false))
                    .toList();
        }
        return List.of();
    }

    /** Removes the cgroups, retrying briefly while the kernel still counts exiting processes. */
    static List<String> removeCgroups(Cgroups cgroups, String name, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        List<String> problems = cgroups.remove(name);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
            problems = cgroups.remove(name);
        }
        return problems;
    }

    /** nspawn leaves {@code /run/systemd/nspawn/propagate/NAME} behind when it is killed. */
    static List<String> removePropagateDirectory(String name) {
        Path dir = PROPAGATE.resolve(name);
        if (!Files.exists(dir)) {
            return List.of();
        }
        return deleteTree(dir);
    }

    /**
     * nspawn locks the root directory through {@code /run/systemd/nspawn/locks/inode-DEV:INO} and removes
     * that file only when it exits by itself. Call this once nspawn is dead and before the root is deleted
     * (while the inode still belongs to it).
     */
    static List<String> removeImageLock(Path root) {
        Optional<Path> lock = imageLock(root);
        if (lock.isEmpty()) {
            return List.of();
        }
        try {
            Files.deleteIfExists(lock.get());
            return List.of();
        } catch (IOException e) {
            return List.of("cannot remove " + lock.get() + " (" + Cgroups.describe(e) + ")");
        }
    }

    /** @return nspawn's lock file for this directory, when the directory exists */
    static Optional<Path> imageLock(Path root) {
        try {
            long dev = (Long) Files.getAttribute(root, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            long ino = (Long) Files.getAttribute(root, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            return Optional.of(LOCKS.resolve("inode-" + Long.toUnsignedString(dev) + ":" + Long.toUnsignedString(ino)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes a directory tree without following symbolic links, unless something is mounted inside it
     * (deleting through a bind mount would delete the machine's own files).
     */
    static List<String> deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        List<String> mounted = mountsUnder(dir);
        if (!mounted.isEmpty()) {
            return List.of("not deleting " + dir + ": still mounted there: " + mounted);
        }
        List<String> problems = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) {
                        problems.add("cannot delete " + file + " (" + Cgroups.describe(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) {
                    try {
                        Files.deleteIfExists(directory);
                    } catch (IOException failure) {
                        problems.add("cannot delete " + directory + " (" + Cgroups.describe(failure) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("cannot delete " + dir + " (" + Cgroups.describe(e) + ")");
        }
        return problems;
    }

    /** @return the mount points at or below {@code dir} in the JVM's mount namespace */
    static List<String> mountsUnder(Path dir) {
        String prefix = dir.toAbsolutePath().normalize().toString();
        List<String> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String[] fields = line.split(" ");
                if (fields.length > 4) {
                    String mountPoint = unescape(fields[4]);
                    if (mountPoint.equals(prefix) || mountPoint.startsWith(prefix + "/")) {
                        found.add(mountPoint);
                    }
                }
            }
        } catch (IOException e) {
            found.add("(cannot read /proc/self/mountinfo: " + e.getMessage() + ")");
        }
        return found;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestHostException("interrupted", e);
        }
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length()) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

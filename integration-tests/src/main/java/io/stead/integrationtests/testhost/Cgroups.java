package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cgroup hierarchies a guest is started in: one directory {@code stead/NAME} in each hierarchy that
 * systemd uses. On a hybrid host (cgroup v1 with {@code name=systemd}, plus an empty cgroup2 at
 * {@code /sys/fs/cgroup/unified}) that is two directories; on a pure cgroup2 host, one.
 *
 * <p>Each guest needs its own cgroup: with {@code --keep-unit} nspawn creates {@code payload} and
 * {@code supervisor} inside the cgroup it was started in, so two guests started from the same cgroup
 * would share their services' cgroups.
 */
final class Cgroups {
    static final String PARENT = "stead";

    private final List<Path> hierarchies;

    private Cgroups(List<Path> hierarchies) {
        this.hierarchies = List.copyOf(hierarchies);
    }

    /**
     * @return the hierarchies mounted on this machine
     * @throws TestHostException (one sentence) when there is none the harness can use
     */
    static Cgroups detect() {
        List<String> mounts;
        try {
            mounts = Files.readAllLines(Path.of("/proc/self/mounts"));
        } catch (IOException e) {
            throw new TestHostException(Preconditions.PREFIX + "/proc/self/mounts is unreadable ("
                    + e.getMessage() + ").");
        }
        Path systemdV1 = null;
        List<Path> v2 = new ArrayList<>();
        for (String line : mounts) {
            String[] f = line.split(" ");
            if (f.length < 4) {
                continue;
            }
            if (f[2].equals("cgroup2")) {
                v2.add(Path.of(f[1]));
            } else if (f[2].equals("cgroup") && List.of(f[3].split(",")).contains("name=systemd")) {
                systemdV1 = Path.of(f[1]);
            }
        }
        List<Path> found = new ArrayList<>();
        if (systemdV1 != null) {
            found.add(systemdV1);
        }
        found.addAll(v2);
        if (found.isEmpty()) {
            throw new TestHostException(Preconditions.PREFIX + "no cgroup hierarchy for systemd is mounted"
                    + " (neither cgroup2 nor cgroup v1 name=systemd in /proc/self/mounts).");
        }
        return new Cgroups(found);
    }

    /** @return {@code HIERARCHY/stead/NAME} for each hierarchy */
    List<Path> dirs(String name) {
        return hierarchies.stream().map(h -> h.resolve(PARENT).resolve(name)).toList();
    }

    /** @return {@code HIERARCHY/stead} for each hierarchy */
    List<Path> parents() {
        return hierarchies.stream().map(h -> h.resolve(PARENT)).toList();
    }

    /**
     * Creates the guest's cgroup in every hierarchy.
     *
     * @throws TestHostException (one sentence) when a cgroup cannot be created
     */
    void create(String name) {
        for (Path dir : dirs(name)) {
            IOException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    // another harness may remove an empty parent at the same moment: try again
                    Files.createDirectories(dir);
                    last = null;
                    break;
                } catch (IOException e) {
                    last = e;
                }
            }
            if (last != null) {
                throw new TestHostException(Preconditions.PREFIX + "cannot create the cgroup " + dir + " ("
                        + describe(last) + ").");
            }
        }
    }

    /** @return every pid in the guest's cgroups and their descendants */
    List<Long> pids(String name) {
        List<Long> pids = new ArrayList<>();
        for (Path dir : dirs(name)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> procs = Files.walk(dir)) {
                for (Path file : procs.filter(p -> p.getFileName().toString().equals("cgroup.procs")).toList()) {
                    try {
                        for (String line : Files.readAllLines(file)) {
                            if (!line.isBlank()) {
                                pids.add(Long.parseLong(line.strip()));
                            }
                        }
                    } catch (IOException e) {
                        // the cgroup went away while walking: nothing in it any more
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // likewise
            }
        }
        return pids.stream().distinct().toList();
    }

    /**
     * Removes the guest's cgroups, deepest first. They can only be removed once no process is left in them.
     *
     * @return what could not be removed, empty when all is gone
     */
    List<String> remove(String name) {
        List<String> problems = new ArrayList<>();
        for (Path dir : dirs(name)) {
            if (!Files.exists(dir)) {
                continue;
            }
            List<Path> tree;
            try (Stream<Path> walk = Files.walk(dir)) {
                tree = walk.filter(Files::isDirectory).sorted(Comparator.comparingInt(Path::getNameCount).reversed())
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add("cannot list " + dir + ": " + e.getMessage());
                continue;
            }
            for (Path cgroup : tree) {
                try {
                    Files.deleteIfExists(cgroup);
                } catch (IOException e) {
                    problems.add("cannot remove cgroup " + cgroup + " (" + describe(e) + ")");
                }
            }
        }
        // the shared parent goes too when it is empty; another live guest keeps it otherwise
        for (Path parent : parents()) {
            try {
                Files.deleteIfExists(parent);
            } catch (IOException e) {
                // not empty or busy: it belongs to another guest now
            }
        }
        return problems;
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}

package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes what a JVM that died without running its shutdown hooks (SIGKILL, a crash) left behind: the
 * guests it had booted keep running, reparented to PID 1. Every test host writes its owner (pid and start
 * time) into {@code TMP/NAME/owner}; a host whose owner is gone is torn down by the next harness that
 * creates a host. Hosts of live JVMs, and anything not named like a test host, are never touched. A host's
 * directory is made before its cgroups and removed after them, so whatever a dead JVM left has a directory.
 */
final class StaleHosts {
    static final Pattern NAME = Pattern.compile("stead-[0-9a-f]{12}");
    static final String OWNER_FILE = "owner";

    private StaleHosts() {
    }

    /** @return the problems met while reaping; an empty list when there was nothing to do or all went well */
    static List<String> reap(Path tmp, Cgroups cgroups) {
        List<String> problems = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, entry -> NAME.matcher(
                entry.getFileName().toString()).matches() && Files.isDirectory(entry))) {
            for (Path dir : dirs) {
                if (ownerIsGone(dir)) {
                    problems.addAll(tearDown(dir.getFileName().toString(), dir, cgroups));
                }
            }
        } catch (IOException e) {
            problems.add("cannot list " + tmp + ": " + e.getMessage());
        }
        return problems;
    }

    static List<String> tearDown(String name, Path dir, Cgroups cgroups) {
        List<String> problems = new ArrayList<>(Cleanup.killCgroupProcesses(cgroups, name, Duration.ofSeconds(5)));
        problems.addAll(Cleanup.removeCgroups(cgroups, name, Duration.ofSeconds(2)));
        problems.addAll(Cleanup.removePropagateDirectory(name));
        if (problems.isEmpty()) {
            problems.addAll(Cleanup.removeImageLock(dir.resolve("root")));
        }
        if (problems.isEmpty()) {
            problems.addAll(Cleanup.deleteTree(dir));
        }
        return problems;
    }

    private static boolean ownerIsGone(Path dir) {
        Path ownerFile = dir.resolve(OWNER_FILE);
        try {
            if (!Files.exists(ownerFile)) {
                // being created right now, unless it has been like this for a while
                return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minusSeconds(60));
            }
            String[] owner = Files.readString(ownerFile).strip().split(" ");
            Optional<Procs.Pid> process = Procs.of(Long.parseLong(owner[0]));
            return process.isEmpty() || !process.get().alive()
                    || process.get().startTime() != Long.parseLong(owner[1]);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String ownerLine() {
        Procs.Pid self = Procs.self();
        return self.pid() + " " + self.startTime() + "\n";
    }
}

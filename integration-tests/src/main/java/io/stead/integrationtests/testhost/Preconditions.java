package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Whether this machine can boot test hosts. Each failure is one sentence saying why, thrown as a
 * {@link TestHostException} so that the test fails instead of being skipped.
 */
final class Preconditions {
    static final List<String> PROGRAMS = List.of("systemd-nspawn", "nsenter", "setsid", "unshare", "cp");
    /** How every message about a machine that cannot run test hosts starts. */
    static final String PREFIX = "Test hosts cannot run here: ";

    private Preconditions() {
    }

    /** @throws TestHostException when something the harness needs is missing */
    static void check() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new TestHostException(PREFIX + "systemd-nspawn needs Linux, and this is "
                    + System.getProperty("os.name") + ".");
        }
        long uid = effectiveUid();
        if (uid != 0) {
            throw new TestHostException(PREFIX + "the tests run as uid " + uid
                    + ", but booting systemd-nspawn guests needs root.");
        }
        for (String program : PROGRAMS) {
            if (find(program) == null) {
                throw new TestHostException(PREFIX + program + " is not installed (install systemd-container,"
                        + " util-linux and coreutils).");
            }
        }
        ExecResult unshare = Commands.run(Duration.ofSeconds(10), "unshare", "--mount", "--pid", "--uts", "--ipc",
                "--fork", "true");
        if (!unshare.succeeded()) {
            throw new TestHostException(PREFIX + "this machine does not let root create namespaces (unshare said: "
                    + unshare.stderr().strip().replace('\n', ' ') + ").");
        }
        Cgroups.detect();
    }

    /** @return the program's path on the harness's PATH, or null */
    static Path find(String program) {
        for (String dir : Commands.BASE_ENVIRONMENT.get("PATH").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static long effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.substring(4).strip().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TestHostException(PREFIX + "cannot read the effective uid from /proc/self/status ("
                    + e.getMessage() + ").");
        }
        throw new TestHostException(PREFIX + "/proc/self/status has no Uid line.");
    }
}

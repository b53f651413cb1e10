package io.stead.integrationtests.testhost;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code systemd-analyze verify} said about some units. Its exit code is 0 even for unknown keys and
 * values it cannot parse, so every line it prints counts as a finding; {@link #clean()} needs none.
 *
 * @param tree the built tree whose {@code etc/systemd/system} came first on the unit path
 * @param units the units verified
 * @param exitCode systemd-analyze's exit code
 * @param findings every distinct line it printed, in order
 */
public record VerifyReport(Path tree, List<String> units, int exitCode, List<Finding> findings) {

    public VerifyReport {
        units = List.copyOf(units);
        findings = List.copyOf(findings);
    }

    /**
     * One line of systemd-analyze's output.
     *
     * @param file the unit file or drop-in the line is about, when it names one ({@code FILE:LINE: ...})
     * @param line the line in that file, 0 when unknown
     * @param message the line as printed
     */
    public record Finding(Optional<Path> file, int line, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    /** @return true when systemd-analyze exited 0 and printed nothing */
    public boolean clean() {
        return exitCode == 0 && findings.isEmpty();
    }

    /** @return the findings about files inside {@link #tree()} (not about the machine's own units) */
    public List<Finding> findingsInTree() {
        return findings.stream().filter(f -> f.file().map(file -> file.startsWith(tree)).orElse(false)).toList();
    }

    /**
     * @return this report, when clean
     * @throws AssertionError listing the findings otherwise
     */
    public VerifyReport assertClean() {
        if (!clean()) {
            throw new AssertionError(describe());
        }
        return this;
    }

    /** @return a multi-line description: the units, the exit code and the findings */
    public String describe() {
        return "systemd-analyze verify of " + units + " with " + tree + " exited " + exitCode + " with "
                + findings.size() + " finding(s):" + findings.stream().map(f -> "\n  " + f.message())
                .collect(Collectors.joining());
    }
}

package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code systemd-analyze verify} on the build machine (no running systemd needed) over the units of a
 * built tree, with {@code SYSTEMD_UNIT_PATH=TREE/etc/systemd/system:} so that a drop-in in the tree is
 * verified together with the upstream unit it extends. The trailing colon appends the default search path,
 * which includes the machine's own {@code /etc/systemd/system}. {@code --man=no} keeps {@code Documentation=}
 * from running man. Every line of output is a {@link VerifyReport.Finding}.
 */
public final class UnitVerifier {
    private static final Pattern LOCATED = Pattern.compile("^(/[^:]+):(\\d+): (.*)$");
    private static final Set<String> UNIT_SUFFIXES = Set.of(".service", ".socket", ".timer", ".target", ".path",
            ".mount", ".automount", ".swap", ".slice", ".scope", ".device");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private UnitVerifier() {
    }

    /**
     * @param tree a built tree (a root-like directory with {@code etc/systemd/system})
     * @param units unit names ({@code ssh.service}, {@code foo@bar.service}) or paths of unit files
     */
    public static VerifyReport verify(Path tree, List<String> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no units to verify in " + tree);
        }
        Path absolute = tree.toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        command.addAll(units);
        ExecResult result = Commands.run(command,
                Map.of("SYSTEMD_UNIT_PATH", absolute.resolve("etc/systemd/system") + ":"), TIMEOUT, command);
        return new VerifyReport(absolute, units, result.exitCode(), parse(result));
    }

    /** Verifies every unit that the tree defines or extends; see {@link #unitsIn(Path)}. */
    public static VerifyReport verifyTree(Path tree) {
        return verify(tree, unitsIn(tree));
    }

    /**
     * Verifies every unit of a built tree ({@link #unitsIn(Path)}) where the tree has been installed: inside a
     * running test host, whose {@code /etc} holds the tree's files. On the build machine ({@link #verifyTree})
     * a unit whose {@code ExecStart=} names a file of the tree itself (a script under {@code /etc/stead}) is
     * reported as not executable, since the tree is not at {@code /} there; in the guest it is. A finding
     * about a guest file that the tree holds names the tree's file, so {@link VerifyReport#findingsInTree()}
     * works as for {@link #verifyTree}.
     *
     * @param host a running host into which {@code tree} was copied at {@code /}
     * @param tree the built tree
     */
    public static VerifyReport verifyInstalled(TestHost host, Path tree) {
        Path absolute = tree.toAbsolutePath().normalize();
        List<String> units = unitsIn(absolute);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no units to verify in " + tree);
        }
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        command.addAll(units);
        ExecResult result = host.exec(command, TIMEOUT, Map.of());
        List<VerifyReport.Finding> findings = new ArrayList<>();
        for (VerifyReport.Finding finding : parse(result)) {
            Optional<Path> inTree = finding.file()
                    .map(file -> absolute.resolve(file.toString().substring(1)))
                    .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS));
            findings.add(inTree.isPresent() ? new VerifyReport.Finding(inTree, finding.line(), finding.message())
                    : finding);
        }
        return new VerifyReport(absolute, units, result.exitCode(), findings);
    }

    /**
     * @return the units of {@code TREE/etc/systemd/system}: its unit files (not masks) and the units its
     *     drop-in directories ({@code NAME.d/}) extend, sorted; a template {@code foo@.service} is verified as
     *     its instance {@code foo@verify.service}
     */
    public static List<String> unitsIn(Path tree) {
        Path system = tree.resolve("etc/systemd/system");
        Set<String> units = new java.util.TreeSet<>();
        if (!Files.isDirectory(system)) {
            return List.of();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(system)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && name.endsWith(".d")) {
                    name = name.substring(0, name.length() - 2);
                } else if (Files.isSymbolicLink(entry)
                        && Files.readSymbolicLink(entry).toString().equals("/dev/null")) {
                    continue;
                } else if (Files.isDirectory(entry)) {
                    continue; // .wants, .requires
                }
                if (isUnitName(name)) {
                    units.add(name.contains("@.") ? name.replace("@.", "@verify.") : name);
                }
            }
        } catch (IOException e) {
            throw new TestHostException("cannot list " + system + ": " + e.getMessage(), e);
        }
        return List.copyOf(units);
    }

    private static boolean isUnitName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && UNIT_SUFFIXES.contains(name.substring(dot));
    }

    static List<VerifyReport.Finding> parse(ExecResult result) {
        Set<String> lines = new LinkedHashSet<>();
        for (String line : (result.stderr() + "\n" + result.stdout()).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        List<VerifyReport.Finding> findings = new ArrayList<>();
        for (String line : lines) {
            Matcher located = LOCATED.matcher(line);
            findings.add(located.matches()
                    ? new VerifyReport.Finding(Optional.of(Path.of(located.group(1))),
                            Integer.parseInt(located.group(2)), line)
                    : new VerifyReport.Finding(Optional.empty(), 0, line));
        }
        if (findings.isEmpty() && result.exitCode() != 0) {
            findings.add(new VerifyReport.Finding(Optional.empty(), 0,
                    "systemd-analyze verify exited " + result.exitCode() + " without saying why"));
        }
        return findings;
    }
}

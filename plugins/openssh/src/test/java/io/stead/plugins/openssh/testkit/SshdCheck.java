package io.stead.plugins.openssh.testkit;

import io.stead.testkit.systemd.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real sshd on a written tree as its unit would before starting it, without touching
 * this machine: in a private mount namespace ({@code unshare -m}, so root is needed),
 * {@code /etc/ssh} is an empty tmpfs given the tree's {@code etc/ssh} files and {@code /run} a
 * tmpfs with sshd's {@code /run/sshd}. There the tree's pre-start script runs (it makes the host
 * keys and runs {@code sshd -t}), then {@code sshd -T} prints the configuration sshd would use.
 */
public final class SshdCheck {
    private SshdCheck() {
    }

    /**
     * What sshd made of a tree.
     *
     * @param preStartExitCode the pre-start script's exit code
     * @param preStartOutput what it printed
     * @param hostKeys the files the pre-start script left in {@code /etc/ssh}, sorted
     * @param testExitCode the exit code of {@code sshd -T}
     * @param testOutput what {@code sshd -T} printed
     */
    public record Run(int preStartExitCode, String preStartOutput, List<String> hostKeys, int testExitCode,
                      String testOutput) {
        /** Fails unless the pre-start script and {@code sshd -T} succeeded without a word. */
        public void assertAccepted() {
            if (preStartExitCode != 0 || !preStartOutput.isEmpty() || testExitCode != 0) {
                throw new AssertionError("sshd refused the configuration: the pre-start script exited "
                        + preStartExitCode + " saying: " + preStartOutput + "; sshd -T exited " + testExitCode
                        + (testExitCode == 0 ? "" : " saying: " + testOutput));
            }
        }

        /** @return {@code sshd -T}'s output: each keyword (lower case) with its values, in order */
        public Map<String, List<String>> effective() {
            return parse(testOutput.lines().toList());
        }

        /**
         * @param keyword a keyword, lower case
         * @return its only value
         */
        public String value(String keyword) {
            List<String> values = effective().getOrDefault(keyword, List.of());
            if (values.size() != 1) {
                throw new AssertionError("sshd -T gives " + keyword + " " + values.size() + " times: " + values);
            }
            return values.get(0);
        }
    }

    /**
     * @param writtenTree a tree written by the tree writer
     * @param service the service whose pre-start script to run, such as {@code ssh}
     * @param connection for {@code sshd -T -C}: the connection whose configuration to print
     *     (which Match blocks apply to), such as {@code user=alice,host=h,addr=10.0.0.1}
     * @return what happened
     */
    public static Run run(Path writtenTree, String service, String connection) {
        try {
            Path out = Files.createTempDirectory("stead-sshd-check-");
            try {
                String script = "mount -t tmpfs -o mode=0755 tmpfs /etc/ssh; cp -a \"$1/etc/ssh/.\" /etc/ssh/; "
                        + "mount -t tmpfs -o mode=0755 tmpfs /run; mkdir -m 0755 /run/sshd; "
                        + "rc=0; bash \"$1/etc/stead/scripts/$2-pre-start\" >\"$3/pre-start.log\" 2>&1 || rc=$?; "
                        + "echo $rc >\"$3/pre-start.rc\"; "
                        + "ls /etc/ssh | grep '^ssh_host_' >\"$3/host-keys\" || true; "
                        + "rc=0; /usr/sbin/sshd -T -f /etc/ssh/sshd_config -C \"$4\" >\"$3/effective\" 2>&1 || rc=$?; "
                        + "echo $rc >\"$3/effective.rc\"";
                Processes.Result result = Processes.run(List.of("unshare", "-m", "--propagation", "private",
                        "sh", "-euc", script, "sshd-check", writtenTree.toString(), service, out.toString(), connection),
                        Map.of());
                if (result.exitCode() != 0) {
                    throw new AssertionError("the sshd check needs root and unshare -m: " + result.output().strip());
                }
                return new Run(Integer.parseInt(Files.readString(out.resolve("pre-start.rc")).strip()),
                        Files.readString(out.resolve("pre-start.log")),
                        Files.readAllLines(out.resolve("host-keys")),
                        Integer.parseInt(Files.readString(out.resolve("effective.rc")).strip()),
                        Files.readString(out.resolve("effective")));
            } finally {
                for (String file : List.of("pre-start.log", "pre-start.rc", "host-keys", "effective", "effective.rc")) {
                    Files.deleteIfExists(out.resolve(file));
                }
                Files.delete(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            out.computeIfAbsent(keyword, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}

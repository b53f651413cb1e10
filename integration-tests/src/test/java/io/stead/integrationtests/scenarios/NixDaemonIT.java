package io.stead.integrationtests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.ExecResult;
import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.TestHostExtension;
import io.stead.integrationtests.testhost.TestHosts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 3 (issue 6): {@code nix} customises the units Debian's nix-setup-systemd ships (the guest shares
 * the build machine's {@code /usr}, where the package is installed) with an {@code overrides.conf} drop-in:
 * systemd shows the upstream unit followed by the drop-in, reports the overridden values, and the daemon,
 * once restarted, runs with them.
 */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NixDaemonIT {
    private static final String UPSTREAM_UNIT = "/lib/systemd/system/nix-daemon.service";
    private static final String DROP_IN = "/etc/systemd/system/nix-daemon.service.d/overrides.conf";

    private BuiltTree tree;
    private TestHost host;

    @BeforeAll
    void buildAndInstall(TestHosts hosts, @TempDir Path dir) {
        tree = SteadCli.build(dir.resolve("tree"), ScenarioFiles.resource(dir, "nix-daemon.yaml"));
        host = hosts.builder().boot();
        PlainCopyInstall.install(host, tree);
        // the plain copy leaves running units as they are; the daemon started at boot
        host.exec("systemctl", "restart", "nix-daemon.service").assertSuccess();
    }

    @Test
    void everyUnitLoadsVerifiesCleanAndWhatTheTreeWantsIsUp() {
        assertEquals(List.of("nix-daemon.service"), tree.units());
        assertEquals(List.of("nix-daemon.socket"), tree.wantedUnits());
        GuestUnits.assertTreeComesUp(host, tree, Duration.ofSeconds(10));
        GuestUnits.awaitUp(host, "nix-daemon.service", Duration.ofSeconds(10));
    }

    @Test
    void systemctlCatShowsTheUpstreamUnitThenSteadsDropIn() throws IOException {
        String expected = "# " + UPSTREAM_UNIT + "\n" + Files.readString(Path.of("/usr" + UPSTREAM_UNIT))
                + "\n# " + DROP_IN + "\n" + tree.read(DROP_IN);

        assertEquals(expected, host.exec("systemctl", "cat", "--no-pager", "nix-daemon.service").assertSuccess()
                .stdout());
    }

    @Test
    void systemctlShowReportsTheOverriddenValues() {
        Map<String, String> shown = GuestUnits.show(host, "nix-daemon.service", "Nice", "CPUSchedulingPolicy",
                "IOSchedulingClass", "IOSchedulingPriority", "LimitNOFILE", "Environment", "DropInPaths");

        assertEquals("7", shown.get("Nice"));
        assertEquals("3", shown.get("CPUSchedulingPolicy"), "SCHED_BATCH");
        assertEquals("2", shown.get("IOSchedulingClass"), "IOPRIO_CLASS_BE, best-effort");
        assertEquals("6", shown.get("IOSchedulingPriority"));
        assertEquals("1048576", shown.get("LimitNOFILE"));
        assertEquals("CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt", shown.get("Environment"));
        assertEquals(DROP_IN, shown.get("DropInPaths"));
    }

    @Test
    void theRestartedDaemonRunsWithTheOverriddenValues() {
        String pid = GuestUnits.show(host, "nix-daemon.service", "MainPID").get("MainPID");
        assertTrue(pid.matches("[1-9]\\d*"), () -> "nix-daemon runs: MainPID=" + pid);

        assertEquals("7 B", host.exec("ps", "-o", "ni=,cls=", "-p", pid).out().replaceAll(" +", " "),
                "niceness 7, SCHED_BATCH");
        assertEquals("best-effort: prio 6", host.exec("ionice", "-p", pid).out());
        // LimitNOFILE=1048576 for soft and hard limit. A test host lacks CAP_SYS_RESOURCE, so systemd sets
        // the closest it may: its own hard limit, if lower (without the drop-in the soft limit would be 1024)
        long guestHardLimit = openFiles(host, "1")[1];
        long expected = Math.min(1048576, guestHardLimit);
        long[] daemon = openFiles(host, pid);
        assertEquals(List.of(expected, expected), List.of(daemon[0], daemon[1]), "LimitNOFILE (soft, hard)");
    }

    @Test
    void nixReadsTheGeneratedNixConfAndReachesTheDaemon() {
        ExecResult config = host.exec("nix", "--extra-experimental-features", "nix-command", "show-config");
        assertEquals(0, config.exitCode(), config::describe);
        assertTrue(config.stdout().lines().anyMatch(line -> line.equals("max-jobs = 3")), config::describe);

        ExecResult ping = host.exec("nix", "--extra-experimental-features", "nix-command", "store", "ping",
                "--store", "daemon");
        assertEquals(0, ping.exitCode(), ping::describe);
    }

    /** @return the soft and hard limit of open files of a guest process */
    private static long[] openFiles(TestHost host, String pid) {
        String[] fields = host.readFile("/proc/" + pid + "/limits").lines()
                .filter(line -> line.startsWith("Max open files")).findFirst().orElseThrow().split(" +");
        return new long[] {Long.parseLong(fields[3]), Long.parseLong(fields[4])};
    }
}

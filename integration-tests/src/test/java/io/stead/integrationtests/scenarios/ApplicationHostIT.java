package io.stead.integrationtests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.ExecResult;
import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.TestHostExtension;
import io.stead.integrationtests.testhost.TestHosts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 1 (issue 6), an example-like configuration ({@code scenarios/web-host.yaml}): an application with
 * its own user, a setup step, a status socket and a cleanup timer, an administrator with a key, files in
 * {@code /etc}. Built with the real CLI and installed into a booted test host, it comes up as systemd sees
 * it, and each part does its job.
 */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationHostIT {
    private BuiltTree tree;
    private TestHost host;

    @BeforeAll
    void buildAndInstall(TestHosts hosts, @TempDir Path dir) {
        tree = SteadCli.build(dir.resolve("tree"), ScenarioFiles.resource(dir, "web-host.yaml"));
        host = hosts.builder().boot();
        PlainCopyInstall.install(host, tree);
    }

    @Test
    void everyUnitLoadsVerifiesCleanAndWhatTheTreeWantsIsUp() {
        assertEquals(List.of("web-cleanup.timer", "web-status.socket", "web.service"), tree.wantedUnits());
        GuestUnits.assertTreeComesUp(host, tree, Duration.ofSeconds(30));
    }

    @Test
    void sysusersMadeTheDeclaredUsersAndGroups() {
        assertEquals("web:x:850:850:Web application:/var/lib/web:/usr/sbin/nologin",
                host.exec("getent", "passwd", "web").out());
        assertEquals("alice:x:1500:1500:Alice, administrator:/home/alice:/bin/bash",
                host.exec("getent", "passwd", "alice").out());
        assertEquals("alice web", host.exec("id", "-nG", "alice").out());
    }

    @Test
    void theApplicationRunsAsItsUserWithItsEnvironmentAfterItsSetupStep() {
        GuestUnits.awaitUp(host, "web.service", Duration.ofSeconds(30));
        String pid = GuestUnits.show(host, "web.service", "MainPID").get("MainPID");
        assertEquals("web sleep", host.exec("ps", "-o", "user=,comm=", "-p", pid).out().replaceAll(" +", " "));
        assertEquals("web in /var/lib/web with 2 settings\n", host.readFile("/var/lib/web/started"),
                "its script ran as web, with StateDirectory= and APP_CONFIG");
        assertEquals("active", host.exec("systemctl", "is-active", "web-setup.service").out(),
                "pulled in by Requires=");
        assertTrue(host.exists("/run/web/setup-done"));
        assertEquals("web.service", GuestUnits.show(host, "webapp.service", "Id").get("Id"), "an alias");
    }

    @Test
    void theCleanupTimerIsScheduledAndItsServiceWaitsForIt() {
        GuestUnits.awaitUp(host, "web-cleanup.timer", Duration.ofSeconds(10));
        assertFalse(GuestUnits.show(host, "web-cleanup.timer", "NextElapseUSecRealtime")
                .get("NextElapseUSecRealtime").isEmpty(), "web-cleanup.timer has a next elapse");
        assertEquals("inactive", host.exec("systemctl", "is-active", "web-cleanup.service").out());
    }

    @Test
    void aMaskedUpstreamUnitCannotBeStarted() {
        assertEquals("masked", GuestUnits.show(host, "ssh.socket", "LoadState").get("LoadState"));

        ExecResult start = host.exec("systemctl", "start", "ssh.socket");

        assertTrue(start.exitCode() != 0 && start.stderr().contains("Unit ssh.socket is masked."), start::describe);
    }

    @Test
    void etcFilesAndAuthorizedKeysHaveTheirContentAndMode() {
        assertEquals("Welcome to the web host. Changes to /etc are made in Stead.\n", host.readFile("/etc/motd"));
        assertEquals("600 root token=s3cret", host.sh("printf '%s %s ' $(stat -c '%a %U' /etc/web/secret);"
                + " cat /etc/web/secret").out());
        assertEquals("444 " + tree.read("/etc/ssh/authorized_keys.d/alice"),
                host.sh("printf '%s ' $(stat -c %a /etc/ssh/authorized_keys.d/alice);"
                        + " cat /etc/ssh/authorized_keys.d/alice").stdout());
        // /etc/localtime links to a file of the target: the C library reads the zone through it
        assertEquals("CET", host.exec("date", "-d", "2026-01-15 12:00 UTC", "+%Z").out());
    }
}

package io.stead.integrationtests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.ExecResult;
import io.stead.integrationtests.testhost.FreePorts;
import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.TestHostExtension;
import io.stead.integrationtests.testhost.TestHosts;
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
 * Scenario 2 (issue 6): {@code services.openssh} runs sshd through Debian's own {@code ssh.service} with
 * Stead's drop-in, on the configured port, and the real ssh client from outside the guest logs in with the
 * key of {@code users.users.root.openssh.authorizedKeys.keys}, while a password is refused. The test host
 * starts without sshd and without host keys, so everything sshd needs comes from the installed tree.
 */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpensshIT {
    private static final String ALICE_PASSWORD = "correct horse battery staple";

    private Path dir;
    private Path key;
    private int port;
    private BuiltTree tree;
    private TestHost host;
    private boolean hadHostKeyBeforeInstall;

    @BeforeAll
    void buildAndInstall(TestHosts hosts, @TempDir Path dir) {
        this.dir = dir;
        key = ScenarioFiles.sshKey(dir, "id_ed25519");
        port = FreePorts.tcp();
        Path here = ScenarioFiles.write(dir, "this-run.yaml", """
                services.openssh.ports: [%d]
                services.openssh.listenAddresses: [{addr: 127.0.0.1}]
                users.users.root.openssh.authorizedKeys.keys: ["%s"]
                """.formatted(port, ScenarioFiles.publicKey(key)));
        tree = SteadCli.build(dir.resolve("tree"), ScenarioFiles.resource(dir, "openssh.yaml"), here);
        host = hosts.builder().boot();
        hadHostKeyBeforeInstall = host.exists("/etc/ssh/ssh_host_ed25519_key");

        PlainCopyInstall.install(host, tree);

        GuestUnits.awaitUp(host, "ssh.service", Duration.ofSeconds(30));
        FreePorts.awaitListening(port, Duration.ofSeconds(10));
    }

    @Test
    void sshdRunsFromDebiansUnitWithSteadsDropIn() {
        assertEquals(List.of("ssh.service", "sshd.service"), tree.units(), "ssh.service and its alias sshd.service");
        assertEquals(List.of("ssh.service"), tree.wantedUnits());
        GuestUnits.assertTreeComesUp(host, tree, Duration.ofSeconds(10));
        assertEquals(Map.of("FragmentPath", "/lib/systemd/system/ssh.service",
                        "DropInPaths", "/etc/systemd/system/ssh.service.d/overrides.conf",
                        "ActiveState", "active", "Names", "ssh.service sshd.service"),
                GuestUnits.show(host, "sshd.service", "FragmentPath", "DropInPaths", "ActiveState", "Names"));
    }

    @Test
    void theConfiguredKeyLogsInAndRunsACommandInTheGuest() {
        ExecResult login = SshClient.withKey(key, port, "root", "hostname; id -un; cat /proc/1/comm");

        assertEquals(0, login.exitCode(), login::describe);
        assertEquals(List.of(host.name(), "root", "systemd"), login.stdout().lines().toList());
    }

    @Test
    void anotherKeyIsRefused() {
        Path stranger = ScenarioFiles.sshKey(dir, "stranger_ed25519");

        ExecResult login = SshClient.withKey(stranger, port, "root", "true");

        assertEquals(255, login.exitCode(), login::describe);
        assertTrue(login.stderr().contains("Permission denied (publickey)."), login::describe);
    }

    @Test
    void aPasswordLoginIsRefusedThoughThePasswordIsRight() {
        host.sh("echo 'alice:" + ALICE_PASSWORD + "' | chpasswd").assertSuccess();

        ExecResult login = SshClient.withPassword(ALICE_PASSWORD, dir, port, "alice", "id -un");

        assertEquals(255, login.exitCode(), login::describe);
        // the server offers no method but publickey: no password, no keyboard-interactive
        assertTrue(login.stderr().contains("Permission denied (publickey)."), login::describe);
    }

    /**
     * The control for the test above: the same client, user and password log in to a second sshd with the
     * same configuration but passwords allowed. So the refusal comes from Stead's sshd_config, not from the
     * client or the account.
     */
    @Test
    void thePasswordLogsInWhereTheServerAllowsPasswords() {
        host.sh("echo 'alice:" + ALICE_PASSWORD + "' | chpasswd").assertSuccess();
        int controlPort = FreePorts.tcp();
        host.exec("systemd-run", "--unit=sshd-password-control", "--collect", "/usr/sbin/sshd", "-D", "-e",
                "-f", "/etc/ssh/sshd_config", "-o", "Port=" + controlPort, "-o", "PasswordAuthentication=yes")
                .assertSuccess();
        try {
            FreePorts.awaitListening(controlPort, Duration.ofSeconds(10));

            ExecResult login = SshClient.withPassword(ALICE_PASSWORD, dir, controlPort, "alice", "id -un");

            assertEquals(0, login.exitCode(), login::describe);
            assertEquals("alice\n", login.stdout());
        } finally {
            host.exec("systemctl", "stop", "sshd-password-control.service");
        }
    }

    @Test
    void theHostKeyIsTheOneMadeOnFirstStart() {
        assertFalse(hadHostKeyBeforeInstall, "the test host came without host keys");
        String[] offered = SshClient.scanHostKey(port, "ed25519").assertSuccess().out().split(" ");
        String[] made = host.readFile("/etc/ssh/ssh_host_ed25519_key.pub").strip().split(" ");

        assertEquals("ssh-ed25519", offered[1]);
        assertEquals(made[1], offered[2], "sshd offers the key in /etc/ssh/ssh_host_ed25519_key.pub");
    }
}

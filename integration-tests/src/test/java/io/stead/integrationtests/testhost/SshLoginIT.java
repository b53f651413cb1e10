package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plumbing of the openssh scenario: a guest's sshd on a free port of the shared network, a key made on
 * the build machine, and the real {@code ssh} client logging in from outside the guest.
 */
@ExtendWith(TestHostExtension.class)
class SshLoginIT {

    @Test
    void theRealSshClientLogsIntoAGuestWithAKey(TestHosts hosts, @TempDir Path tmp) {
        Path key = tmp.resolve("id_ed25519");
        Commands.run(Duration.ofSeconds(10), "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "stead-test",
                "-f", key.toString()).assertSuccess();
        int port = FreePorts.tcp();

        TestHost host = hosts.builder().sshd().create();
        host.writeFile("/etc/ssh/sshd_config.d/stead-test.conf", """
                Port %d
                ListenAddress 127.0.0.1
                AuthorizedKeysFile /etc/ssh/authorized_keys.d/%%u
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                """.formatted(port));
        host.copyIn(key.resolveSibling("id_ed25519.pub"), "/etc/ssh/authorized_keys.d/root");
        host.boot();
        assertEquals("running", host.bootState(), host::failedUnits);
        host.awaitActive("ssh.service", Duration.ofSeconds(10));
        FreePorts.awaitListening(port, Duration.ofSeconds(10));

        ExecResult login = ssh(key, port, "BatchMode=yes", "hostname; cat /proc/1/comm; id -un");
        assertEquals(0, login.exitCode(), login::describe);
        assertEquals(List.of(host.name(), "systemd", "root"), login.stdout().lines().toList(),
                "the command ran inside the guest");

        ExecResult password = ssh(null, port, "PreferredAuthentications=password", "true");
        assertNotEquals(0, password.exitCode());
        assertTrue(password.stderr().contains("Permission denied (publickey)."), password::describe);
    }

    @Test
    void freePortsAreFreeAndOutsideTheEphemeralRange() throws IOException {
        int port = FreePorts.tcp();
        String[] ephemeral = Commands.run(Duration.ofSeconds(5), "cat", "/proc/sys/net/ipv4/ip_local_port_range")
                .out().split("\\s+");
        assertTrue(port < Integer.parseInt(ephemeral[0]) || port > Integer.parseInt(ephemeral[1]),
                () -> port + " is outside " + String.join("-", ephemeral));
        try (ServerSocket socket = new ServerSocket(port)) {
            assertEquals(port, socket.getLocalPort());
            FreePorts.awaitListening(port, Duration.ofSeconds(1));
        }
        assertNotEquals(FreePorts.tcp(), FreePorts.tcp(), "drawn at random (a 1 in thousands chance to collide)");
    }

    private static ExecResult ssh(Path key, int port, String option, String command) {
        List<String> ssh = new ArrayList<>(List.of("ssh", "-p", Integer.toString(port), "-F", "/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "ConnectTimeout=5", "-o", "BatchMode=yes", "-o", option));
        if (key != null) {
            ssh.addAll(List.of("-i", key.toString(), "-o", "IdentitiesOnly=yes"));
        }
        ssh.addAll(List.of("root@127.0.0.1", command));
        return Commands.run(ssh, java.util.Map.of(), Duration.ofSeconds(20), ssh);
    }
}

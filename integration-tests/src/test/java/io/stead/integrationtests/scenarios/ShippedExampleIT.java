package io.stead.integrationtests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.ExecResult;
import io.stead.integrationtests.testhost.FreePorts;
import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.TestHostExtension;
import io.stead.integrationtests.testhost.TestHosts;
import io.stead.integrationtests.testhost.UnitVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 1 (issue 6), the shipped {@code examples/host.yaml}: an OpenSSH host that runs a container
 * {@code foo} with its own sshd. Test hosts share the build machine's network, so a second file moves both
 * sshds to free ports on 127.0.0.1 and adds a key of this run to root's; the rest is the example as written.
 */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedExampleIT {
    /** Where {@code stead build} puts the system of the container {@code foo} (its summary lists the files). */
    private static final String CONTAINER_SYSTEM = "var/lib/stead/containers/foo";

    private Path key;
    private int hostPort;
    private int containerPort;
    private BuiltTree tree;
    private TestHost host;

    @BeforeAll
    void buildAndInstall(TestHosts hosts, @TempDir Path dir) {
        Path example = SteadCli.root().resolve("examples/host.yaml");
        assertTrue(Files.isRegularFile(example), example + " is missing");
        key = ScenarioFiles.sshKey(dir, "id_ed25519");
        hostPort = FreePorts.tcp();
        containerPort = FreePorts.tcp();
        String publicKey = ScenarioFiles.publicKey(key);
        Path here = ScenarioFiles.write(dir, "this-machine.yaml", """
                services.openssh:
                  ports: {$force: [%d]}
                  listenAddresses: [{addr: 127.0.0.1}]
                users.users.root.openssh.authorizedKeys.keys: ["%s"]
                containers.foo.config:
                  services.openssh:
                    ports: {$force: [%d]}
                    listenAddresses: [{addr: 127.0.0.1}]
                  users.users.root.openssh.authorizedKeys.keys: ["%s"]
                """.formatted(hostPort, publicKey, containerPort, publicKey));
        tree = SteadCli.build(dir.resolve("tree"), example, here);
        host = hosts.builder().boot();
        PlainCopyInstall.install(host, tree);
    }

    @Test
    void everyUnitLoadsVerifiesCleanAndWhatTheTreeWantsIsUp() {
        assertEquals(List.of("container-foo.service", "ssh.service"), tree.wantedUnits());
        GuestUnits.assertTreeComesUp(host, tree, Duration.ofSeconds(30));
    }

    @Test
    void theHostsSshdTakesTheKey() {
        GuestUnits.awaitUp(host, "ssh.service", Duration.ofSeconds(30));
        FreePorts.awaitListening(hostPort, Duration.ofSeconds(10));

        ExecResult login = SshClient.withKey(key, hostPort, "root", "cat /etc/hostname /proc/1/comm");

        assertEquals("example\nsystemd\n", login.stdout(), login::describe);
    }

    @Test
    void theContainerBootsInsideTheHostAndItsSshdTakesTheKey() {
        FreePorts.awaitListening(containerPort, Duration.ofSeconds(60));

        ExecResult login = SshClient.withKey(key, containerPort, "root",
                "cat /etc/hostname /proc/1/comm; systemd-detect-virt; systemctl is-active ssh.service;"
                        + " systemctl list-units --failed --no-legend --plain");

        assertEquals("foo\nsystemd\nsystemd-nspawn\nactive\n", login.stdout(), login::describe);
    }

    @Test
    void theContainersUnitsVerifyCleanInTheContainer() {
        List<String> units = UnitVerifier.unitsIn(tree.dir().resolve(CONTAINER_SYSTEM));
        assertEquals(List.of("ssh.service", "sshd.service"), units);
        FreePorts.awaitListening(containerPort, Duration.ofSeconds(60));

        ExecResult verify = SshClient.withKey(key, containerPort, "root",
                "systemd-analyze verify --man=no " + String.join(" ", units) + " 2>&1");

        assertEquals(0, verify.exitCode(), verify::describe);
        assertEquals("", verify.stdout(), "systemd-analyze verify in the container");
    }
}

package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One host, booted once for the class (closed in afterAll): boot, commands, files. */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootedHostIT {
    private TestHost host;

    @BeforeAll
    void boot(TestHosts hosts) {
        host = hosts.builder().bindSteadBuild().boot();
    }

    @Test
    void bootsToRunning() {
        assertEquals("running", host.bootState(), host::failedUnits);
        assertEquals("running", host.systemState());
        assertEquals("", host.failedUnits());
        assertTrue(host.bootTime().compareTo(Duration.ofSeconds(10)) < 0, () -> "boot took " + host.bootTime());
        assertEquals("systemd-nspawn", host.exec("systemd-detect-virt").out());
        assertEquals(host.name(), host.exec("hostname").out());
    }

    @Test
    void runsACommandAndReturnsItsOutputAndExitCode() {
        ExecResult result = host.sh("echo out; echo err >&2; exit 3");
        assertEquals(3, result.exitCode());
        assertEquals("out\n", result.stdout());
        assertEquals("err\n", result.stderr());
        assertEquals("systemd", host.exec("cat", "/proc/1/comm").out(), "the command runs in the guest's namespaces");
        assertEquals("/root", host.exec("sh", "-c", "echo $HOME").out());
    }

    @Test
    void aFailingCommandsExitCodeIsReturned() {
        assertEquals(1, host.exec("false").exitCode());
        assertEquals(42, host.sh("exit 42").exitCode());
        ExecResult missing = host.exec("/nonexistent/program");
        assertFalse(missing.succeeded());
        assertThrows(AssertionError.class, missing::assertSuccess);
        assertEquals(3, host.exec("systemctl", "is-active", "no-such.service").exitCode());
    }

    @Test
    void aCommandThatRunsTooLongIsKilled() {
        long start = System.nanoTime();
        TestHostException timeout = assertThrows(TestHostException.class,
                () -> host.exec(Duration.ofMillis(300), "sh", "-c", "echo started; exec sleep 1000"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
        assertTrue(timeout.getMessage().contains("started"), timeout::getMessage);
        assertEquals(1, host.exec("pgrep", "-x", "sleep").exitCode(),
                "the timed-out command is gone from the guest, not even a zombie is left (it would hold up the"
                        + " guest's shutdown)");
    }

    @Test
    void copiesAFileInAndReadsItInside(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("hello.txt");
        Files.writeString(file, "hello from the build machine\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        host.copyIn(file, "/srv/in/hello.txt");
        assertEquals("hello from the build machine", host.exec("cat", "/srv/in/hello.txt").out());
        assertEquals("640", host.exec("stat", "-c", "%a", "/srv/in/hello.txt").out());
        assertEquals("hello from the build machine\n", host.readFile("/srv/in/hello.txt"));

        // /tmp is a tmpfs inside the guest: files go through the guest's mounts
        host.copyIn(file, "/tmp");
        assertEquals("hello from the build machine", host.exec("cat", "/tmp/hello.txt").out());

        host.sh("echo made inside > /run/inside.txt").assertSuccess();
        assertEquals("made inside\n", host.readFile("/run/inside.txt"));
        host.writeFile("/etc/stead-test/secret", "s3cret", "rw-------");
        assertEquals("600 s3cret", host.sh("stat -c %a /etc/stead-test/secret | tr -d '\\n'; echo \" $(cat "
                + "/etc/stead-test/secret)\"").out());
    }

    @Test
    void copiesATreeMergingItIntoTheGuest(@TempDir Path tmp) throws IOException {
        Path tree = tmp.resolve("tree");
        Path system = Files.createDirectories(tree.resolve("etc/systemd/system"));
        Files.writeString(system.resolve("stead-hello.service"), """
                [Service]
                Type=oneshot
                RemainAfterExit=yes
                ExecStart=/bin/sh -c 'echo hello > /run/hello'
                """);
        Files.createDirectories(system.resolve("multi-user.target.wants"));
        Files.createSymbolicLink(system.resolve("multi-user.target.wants/stead-hello.service"),
                Path.of("/etc/systemd/system/stead-hello.service"));
        host.copyIn(tree, "/");
        assertTrue(host.exists("/etc/systemd/system/multi-user.target.wants/stead-hello.service"));
        assertTrue(host.exists("/etc/ssh/sshd_config"), "the merge keeps what was there");
        host.exec("systemctl", "daemon-reload").assertSuccess();
        host.exec("systemctl", "start", "stead-hello.service").assertSuccess();
        assertEquals("hello\n", host.readFile("/run/hello"));
    }

    @Test
    void symbolicLinksNeverLeadOutOfTheGuest() {
        host.sh("ln -sfn /etc /root/etc-link && ln -sfn ../../../../../../etc/hostname /root/up-link").assertSuccess();
        host.writeFile("/root/etc-link/stead-through-link", "inside");
        assertEquals("inside", host.exec("cat", "/etc/stead-through-link").out());
        assertFalse(Files.exists(Path.of("/etc/stead-through-link")), "the build machine's /etc is untouched");
        assertTrue(host.hostPath("/root/up-link").startsWith(Path.of("/proc", Long.toString(host.guestPid()), "root")));
    }

    @Test
    void theSteadBuildAndTheJdkAreVisibleInside() {
        String steadRoot = System.getProperty("stead.root");
        assertEquals(0, host.exec("test", "-d", Path.of(steadRoot).toAbsolutePath().normalize() + "/cli/target")
                .exitCode());
        ExecResult java = host.exec("java", "-version");
        assertEquals(0, java.exitCode(), java::describe);
        assertTrue(java.stderr().contains("17"), java::describe);
        ExecResult write = host.exec("touch", Path.of(steadRoot).toAbsolutePath().normalize() + "/stead-testhost-probe");
        assertTrue(write.stderr().contains("Read-only file system"), write::describe);
        assertTrue(host.exec("touch", "/usr/stead-testhost-probe").stderr().contains("Read-only file system"));
    }
}

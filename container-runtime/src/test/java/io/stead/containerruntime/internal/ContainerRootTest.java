package io.stead.containerruntime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container service's start-up script, run for real on a scratch root. */
class ContainerRootTest {
    @TempDir
    Path work;

    private void prepare(Path root, Path system) throws IOException, InterruptedException {
        prepare(root, system, Path.of("/etc"));
    }

    /** As the service runs it (a bash script, set -e), with {@code hostEtc} as the host's /etc. */
    private void prepare(Path root, Path system, Path hostEtc) throws IOException, InterruptedException {
        String script = ContainerUnit.prepare(root.toString(), system.toString());
        assertTrue(script.contains("host_etc=/etc\n"), script);
        Process p = new ProcessBuilder("bash", "-e", "-c", script.replace("host_etc=/etc\n", "host_etc=" + hostEtc
                + "\n")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void theFirstStartMakesADebianRootSharingUsrWithoutTheHostsUnitsOrIdentity() throws Exception {
        Path root = work.resolve("root");
        Path system = Files.createDirectories(work.resolve("system/etc/ssh"));
        Files.writeString(system.resolve("sshd_config"), "Port 2022\n");
        Files.writeString(work.resolve("system/etc/hostname"), "foo\n");

        prepare(root, work.resolve("system"));

        assertTrue(Files.isDirectory(root.resolve("usr")), "usr/, where the host's /usr is bound");
        assertEquals(Path.of("usr/bin"), Files.readSymbolicLink(root.resolve("bin")));
        assertTrue(Files.isRegularFile(root.resolve("etc/os-release"), LinkOption.NOFOLLOW_LINKS),
                "systemd-nspawn checks a real os-release before /usr is bound");
        assertEquals(0, Files.size(root.resolve("etc/machine-id")), "a machine id of its own, made at boot");
        try (var units = Files.list(root.resolve("etc/systemd/system"))) {
            assertEquals(0, units.count(), "none of the host's units or enablements");
        }
        assertFalse(Files.exists(root.resolve("etc/stead")), "nor the host's own Stead files");
        try (var keys = Files.list(root.resolve("etc/ssh"))) {
            assertTrue(keys.noneMatch(k -> k.getFileName().toString().startsWith("ssh_host_")), "nor its host keys");
        }
        assertTrue(Files.exists(root.resolve("etc/passwd")), "the packages' configuration, PAM and accounts, is there");
        assertEquals("Port 2022\n", Files.readString(root.resolve("etc/ssh/sshd_config")), "the container's own system");
        assertEquals("foo\n", Files.readString(root.resolve("etc/hostname")));
    }

    @Test
    void laterStartsInstallTheNewSystemAndKeepWhatTheContainerMade() throws Exception {
        Path root = work.resolve("root");
        Path system = Files.createDirectories(work.resolve("system/etc"));
        Files.writeString(system.resolve("hostname"), "foo\n");
        prepare(root, work.resolve("system"));
        Files.writeString(root.resolve("etc/made-inside"), "mine\n");
        Files.writeString(system.resolve("hostname"), "bar\n");

        prepare(root, work.resolve("system"));

        assertEquals("bar\n", Files.readString(root.resolve("etc/hostname")));
        assertEquals("mine\n", Files.readString(root.resolve("etc/made-inside")));
    }

    @Test
    void theFirstStartLeavesTheHostsOwnFilesOutOfItsCopyOfTheHostsEtc() throws Exception {
        // the host's root key in /etc/ssh/authorized_keys.d/root let it into the container's sshd
        Path hostEtc = work.resolve("host/etc");
        Files.createDirectories(hostEtc.resolve("ssh/authorized_keys.d"));
        Files.writeString(hostEtc.resolve("ssh/authorized_keys.d/root"), "ssh-ed25519 AAAA host-admin\n");
        Files.writeString(hostEtc.resolve("login.defs"), "UMASK 022\n");
        Files.createDirectories(hostEtc.resolve("sysusers.d"));
        Files.writeString(hostEtc.resolve("sysusers.d/stead.conf"), "u alice 1000\n");
        write(hostEtc.resolve("stead/etc-files"), "ssh/authorized_keys.d/root\0sysusers.d/stead.conf\0");
        Path system = Files.createDirectories(work.resolve("system/etc"));
        Files.writeString(system.resolve("hostname"), "foo\n");

        prepare(work.resolve("root"), work.resolve("system"), hostEtc);

        Path etc = work.resolve("root/etc");
        assertFalse(Files.exists(etc.resolve("ssh/authorized_keys.d/root")), "the host's users' keys");
        assertFalse(Files.exists(etc.resolve("sysusers.d/stead.conf")), "the host's accounts");
        assertEquals("UMASK 022\n", Files.readString(etc.resolve("login.defs")), "the packages' configuration");
    }

    @Test
    void aFileTheContainersEarlierSystemHadAndItsNewOneHasNotIsRemoved() throws Exception {
        // the container's /etc was only ever added to: a service removed from its configuration stayed
        Path root = work.resolve("root");
        Path system = work.resolve("system/etc");
        Files.createDirectories(system.resolve("systemd/system"));
        Files.writeString(system.resolve("systemd/system/hello.service"), "[Service]\nExecStart=/bin/true\n");
        Files.writeString(system.resolve("hostname"), "foo\n");
        write(system.resolve("stead/etc-files"), "hostname\0systemd/system/hello.service\0");
        prepare(root, work.resolve("system"));
        assertTrue(Files.exists(root.resolve("etc/systemd/system/hello.service")));
        Files.writeString(root.resolve("etc/made-inside"), "mine\n");

        Files.delete(system.resolve("systemd/system/hello.service"));
        write(system.resolve("stead/etc-files"), "hostname\0");
        prepare(root, work.resolve("system"));

        assertFalse(Files.exists(root.resolve("etc/systemd/system/hello.service")));
        assertEquals("foo\n", Files.readString(root.resolve("etc/hostname")));
        assertEquals("mine\n", Files.readString(root.resolve("etc/made-inside")), "what the container made stays");
    }

    /** An /etc/stead/etc-files list, as a tree with containers holds one (see ContainersTest). */
    private static void write(Path file, String list) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, list);
    }
}

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
        Process p = new ProcessBuilder("sh", "-e", "-c", ContainerUnit.prepare(root.toString(), system.toString()))
                .redirectErrorStream(true).start();
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
}

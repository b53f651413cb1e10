package io.stead.unitgenerator.internal.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.unitgenerator.testkit.FakeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpkgDatabaseTest {
    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    @Test
    void findsPlainAndArchitectureQualifiedListFiles() {
        new FakeTarget(root).dpkgList("plain.list", "/usr/bin/plain")
                .dpkgList("libfoo1:amd64.list", "/usr/lib/libfoo.so.1")
                .dpkgList("foo:amd64.list", "/usr/bin/foo");
        DpkgDatabase dpkg = new DpkgDatabase(new TargetRoot(root));
        assertEquals(Optional.of("/var/lib/dpkg/info/plain.list"), dpkg.listFile("plain"));
        assertEquals(Optional.of("/var/lib/dpkg/info/foo:amd64.list"), dpkg.listFile("foo"));
        assertEquals(List.of("/usr/lib/libfoo.so.1"), dpkg.files("libfoo1"));
        assertFalse(dpkg.isInstalled("libfoo"), "libfoo1's list does not make libfoo installed");
        assertFalse(dpkg.isInstalled("absent"));
        assertEquals(List.of(), dpkg.files("absent"));
    }

    @Test
    void readsThisMachinesDatabase() {
        DpkgDatabase dpkg = new DpkgDatabase(new TargetRoot(Path.of("/")));
        assertTrue(dpkg.isInstalled("openssh-server"));
        assertTrue(dpkg.files("openssh-server").contains("/lib/systemd/system/ssh.service"));
        assertTrue(dpkg.isInstalled("libc6"), "libc6 is listed as libc6:amd64.list");
    }
}

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

class TargetRootTest {
    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    @Test
    void followsAbsoluteLinksInsideTheRootNotOnThisMachine() {
        new FakeTarget(root).file("/usr/lib/systemd/system/only-in-target.service", "[Service]\n");
        TargetRoot target = new TargetRoot(root);
        assertEquals(Optional.of(root.resolve("usr/lib/systemd/system/only-in-target.service")),
                target.resolve("/lib/systemd/system/only-in-target.service"));
        assertFalse(target.exists("/lib/systemd/system/ssh.service"),
                "this machine's /usr/lib must not be seen through the target's lib -> /usr/lib");
    }

    @Test
    void followsRelativeAndDotDotLinks() {
        new FakeTarget(root).file("/usr/lib/systemd/system/real.service", "x")
                .link("/usr/lib/systemd/system/alias.service", "real.service")
                .link("/etc/up", "../usr/lib/systemd");
        TargetRoot target = new TargetRoot(root);
        assertEquals(Optional.of("x"), target.read("/lib/systemd/system/alias.service"));
        assertTrue(target.isDirectory("/etc/up/system"));
        assertEquals(List.of("alias.service", "real.service"), target.list("/etc/up/system"));
    }

    @Test
    void seesALinkToDevNullAsAnEmptyEntry() {
        new FakeTarget(root).link("/usr/lib/systemd/system/masked.service", "/dev/null");
        TargetRoot target = new TargetRoot(root);
        assertTrue(target.entry("/lib/systemd/system/masked.service").isPresent());
        assertEquals(Optional.of(""), target.read("/lib/systemd/system/masked.service"));
    }

    @Test
    void givesUpOnLinkLoops() {
        new FakeTarget(root).link("/a", "/b").link("/b", "/a");
        assertEquals(Optional.empty(), new TargetRoot(root).resolve("/a/x"));
    }

    @Test
    void cannotClimbAboveTheRoot() {
        new FakeTarget(root).file("/etc/hostname", "target\n").link("/usr/escape", "../../../../etc");
        assertEquals(Optional.of("target\n"), new TargetRoot(root).read("/usr/escape/hostname"));
    }
}

package io.stead.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.testkit.systemd.SystemdVerify;
import io.stead.testkit.systemd.TreeDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit evaluates with the base modules found on the module path, builds, dumps and verifies. */
class TestSystemTest {
    @TempDir
    Path work;

    @Test
    void evaluatesWithTheBaseModulesAndBuildsTheTree() {
        TestSystem system = new TestSystem();
        assertTrue(system.modules().stream().anyMatch(m -> m.module().name().equals("systemd")), system.modules().toString());
        SystemTree tree = TestSystem.build(system.evaluate("""
                systemd.services.hello:
                  description: Hello
                  serviceConfig.ExecStart: /bin/true
                """, work, Path.of("/")));
        assertEquals("""
                == etc/systemd/system/hello.service (unit, 0644)
                [Unit]
                Description=Hello

                [Service]
                ExecStart=/bin/true
                """, TreeDump.of(tree).replaceAll("X-[A-Za-z]+=[^\\n]*\\n", ""));
    }

    @Test
    void dumpsLinksAndMissingFinalNewlines() {
        SystemTree tree = SystemTree.of(List.of(TreeEntry.link("etc/a", EntryKind.LINK, "/dev/null"),
                TreeEntry.file("etc/b", EntryKind.ETC_FILE, "no newline", 0600)));
        assertEquals("== etc/a (link) -> /dev/null\n== etc/b (etc-file, 0600)\nno newline\\ no newline at end\n",
                TreeDump.of(tree));
    }

    @Test
    void verifyReportsWhatSystemdSays() throws Exception {
        SystemTree bad = SystemTree.of(List.of(TreeEntry.file("etc/systemd/system/bad.service", EntryKind.UNIT,
                "[Service]\nExecStart=/bin/true\nNoSuchKey=1\n", 0644)));
        try (ScratchTree written = ScratchTree.write(bad)) {
            assertTrue(Files.isRegularFile(written.directory().resolve("etc/systemd/system/bad.service")));
            String output = SystemdVerify.verify(written.directory(), List.of("bad.service")).output();
            assertTrue(output.contains("Unknown key 'NoSuchKey'"), output);
        }
    }
}

package io.stead.plugins.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.api.tree.TreeEntry;
import io.stead.evaluator.Evaluation;
import io.stead.testkit.TestSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module stays inactive until enabled, and when enabled it defines exactly one of the two
 * units: the package's, or its own.
 */
class EnableTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    private static List<String> paths(Evaluation evaluation) {
        return TestSystem.build(evaluation).entries().stream().map(TreeEntry::path).toList();
    }

    @Test
    void disabledItAddsNothing() {
        Evaluation evaluation = system.evaluate("services.openssh.ports: [2222]\n", work, Path.of("/"));

        assertEquals(List.of(), paths(evaluation));
        assertEquals(List.of(), evaluation.list("systemd.packages"));
    }

    @Test
    void withThePackageItCustomisesSshServiceOnly() {
        Evaluation evaluation = system.evaluate("services.openssh.enable: true\n", work, Path.of("/"));

        assertEquals(true, evaluation.get("services.openssh.usePackageUnit"));
        assertEquals(List.of("ssh"), List.copyOf(evaluation.attrs("systemd.services").keySet()));
        assertEquals(List.of("openssh-server"), evaluation.list("systemd.packages").stream().map(String::valueOf).toList());
        assertEquals(List.of(), List.copyOf(evaluation.attrs("users.users").keySet()));
    }

    @Test
    void withoutThePackageItWritesSshdServiceOnly() throws Exception {
        Path root = Files.createDirectories(work.resolve("root"));

        Evaluation evaluation = system.evaluate("services.openssh.enable: true\n", work, root);

        assertEquals(false, evaluation.get("services.openssh.usePackageUnit"));
        assertEquals(List.of("sshd"), List.copyOf(evaluation.attrs("systemd.services").keySet()));
        assertEquals(List.of(), evaluation.list("systemd.packages"));
        assertEquals(List.of("sshd"), List.copyOf(evaluation.attrs("users.users").keySet()));
    }

    @Test
    void anotherSourceForThePackageIsLookedUpInstead() throws Exception {
        Path root = Files.createDirectories(work.resolve("root"));
        Files.createDirectories(root.resolve("opt/openssh"));

        Evaluation evaluation = system.evaluate("services.openssh.enable: true\n"
                + "packages.sources.openssh: /opt/openssh\n", work, root);

        assertEquals(true, evaluation.get("services.openssh.usePackageUnit"));
        assertEquals(List.of("/opt/openssh"), evaluation.list("systemd.packages").stream().map(String::valueOf).toList());
    }
}

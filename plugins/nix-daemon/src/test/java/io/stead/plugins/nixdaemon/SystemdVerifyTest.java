package io.stead.plugins.nixdaemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.stead.api.tree.SystemTree;
import io.stead.testkit.Golden;
import io.stead.testkit.Processes;
import io.stead.testkit.ScratchTree;
import io.stead.testkit.SystemdVerify;
import io.stead.testkit.TestSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unit and drop-in of every golden case passes {@code systemd-analyze verify} with no
 * warning, checked against the {@code nix-daemon.service} and {@code nix-daemon.socket} of
 * Debian's nix-setup-systemd that they customise.
 */
class SystemdVerifyTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unitsVerifyWithoutWarnings(String name) {
        SystemTree tree = TestSystem.build(system.evaluate(Golden.configuration(name), Golden.root(name, work)));
        List<String> units = SystemdVerify.unitsOf(tree);
        assertFalse(units.isEmpty(), "the case writes no unit");

        try (ScratchTree written = ScratchTree.write(tree)) {
            Processes.Result result = SystemdVerify.verify(written.directory(), units);

            assertEquals(new Processes.Result(0, ""), result, "systemd-analyze verify " + units);
        }
    }
}

package io.stead.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.stead.api.tree.SystemTree;
import io.stead.testkit.systemd.Processes;
import io.stead.testkit.systemd.SystemdVerify;
import io.stead.testkit.systemd.TreeDump;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests every service module wants of its golden cases ({@link Golden}): each builds exactly
 * the tree in its {@code .tree} file, and every unit and drop-in it writes passes
 * {@code systemd-analyze verify} with no warning (drop-ins against the real upstream units they
 * customise). A module's test class extends this and adds nothing:
 * {@code class GoldenCasesTest extends GoldenCaseTests {}}.
 */
public abstract class GoldenCaseTests {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    private SystemTree tree(String name) {
        return TestSystem.build(system.evaluate(Golden.configuration(name), Golden.root(name, work)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsTheGoldenTree(String name) {
        Golden.assertTree(name, TreeDump.of(tree(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unitsVerifyWithoutWarnings(String name) {
        SystemTree tree = tree(name);
        List<String> units = SystemdVerify.unitsOf(tree);
        assertFalse(units.isEmpty(), "the case writes no unit");
        try (ScratchTree written = ScratchTree.write(tree)) {
            assertEquals(new Processes.Result(0, ""), SystemdVerify.verify(written.directory(), units),
                    "systemd-analyze verify " + units);
        }
    }
}

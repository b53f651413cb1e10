package io.stead.plugins.openssh;

import io.stead.testkit.Golden;
import io.stead.testkit.TestSystem;
import io.stead.testkit.TreeDump;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each golden case builds exactly the tree in its {@code .tree} file. */
class GoldenTreeTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsTheGoldenTree(String name) {
        var evaluation = system.evaluate(Golden.configuration(name), Golden.root(name, work));

        Golden.assertTree(name, TreeDump.of(TestSystem.build(evaluation)));
    }
}

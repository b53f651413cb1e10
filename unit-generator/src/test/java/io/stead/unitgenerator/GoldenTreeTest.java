package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.testkit.systemd.TreeDump;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the rendered tree, one case per option family (src/test/golden/NAME.json
 * builds NAME.tree on this machine): services, scripts, change handling, sockets, timers and
 * startAt, targets, paths, mounts, slices, units given as text, /etc files, users, and drop-ins
 * for this machine's Debian units.
 */
class GoldenTreeTest {

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsTheGoldenTree(String name) {
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(GoldenCases.configuration(name)));
        assertEquals(GoldenCases.expectedTree(name), TreeDump.of(tree));
    }
}

package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.api.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assertions and warnings options. */
class AssertionsTest {
    @TempDir
    Path dir;

    @Test
    void failedAssertionsStopWithEveryMessage() {
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  port: {type: int, default: 80}
                config:
                  assertions:
                    - {assertion: false, message: "port must not be 80"}
                    - {assertion: true, message: "fine"}
                    - {assertion: false, message: "second problem"}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> f.eval("a.yaml").checkAssertions());
        assertEquals("Failed assertions (option 'assertions'):\n"
                + "- assertion failed: port must not be 80 (asserted in '" + dir.resolve("a.yaml") + ":5')\n"
                + "- assertion failed: second problem (asserted in '" + dir.resolve("a.yaml") + ":7')",
                e.getMessage());
    }

    @Test
    void aFailedAssertionNamesTheFileAndLineOfItsDefinitionWhicheverModuleItIsIn() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", """
                        assertions:
                          - {assertion: true, message: fine}
                        """)
                .file("b.yaml", """
                        options:
                          ok: {type: bool, default: false}
                        config:
                          assertions:
                            - assertion: {$ref: ok}
                              message: b's own check
                        """);
        ConfigException e = assertThrows(ConfigException.class, () -> f.eval("a.yaml", "b.yaml").checkAssertions());
        assertEquals("Failed assertions (option 'assertions'):\n"
                + "- assertion failed: b's own check (asserted in '" + dir.resolve("b.yaml") + ":5')", e.getMessage());
    }

    @Test
    void holdingAssertionsPass() {
        new Fixture(dir).file("a.yaml", "assertions: [{assertion: true, message: fine}]\n").eval("a.yaml")
                .checkAssertions();
    }

    @Test
    void warningsAreCollectedInOrder() {
        Fixture f = new Fixture(dir).file("a.yaml", "warnings: [first]\n").file("b.yaml", "warnings: [second]\n");
        assertEquals(List.of("second", "first"), f.eval("a.yaml", "b.yaml").warnings());
    }
}

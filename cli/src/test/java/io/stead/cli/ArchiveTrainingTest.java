package io.stead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

    @Test
    void everyTrainingCommandSucceedsOnTheShippedExample(@TempDir Path scratch) throws Exception {
        // a training command that failed early would leave its classes out of the archive,
        // slowing every later run without any error
        Path example = Path.of(System.getProperty("stead.root", ".."), "examples", "host.yaml").toAbsolutePath();
        assertTrue(Files.isRegularFile(example), example.toString());
        Path out = scratch.resolve("out");

        assertEquals(0, ArchiveTraining.train(example.toString(), out.toString(), false));
        assertTrue(Files.isRegularFile(out.resolve("stead-manifest.json")), "the build ran");
    }

    @Test
    void theEvaluationTrainingSucceedsAndBuildsNothing(@TempDir Path scratch) throws Exception {
        Path example = Path.of(System.getProperty("stead.root", ".."), "examples", "host.yaml").toAbsolutePath();
        Path out = scratch.resolve("out");

        assertEquals(0, ArchiveTraining.train(example.toString(), out.toString(), true));
        assertTrue(Files.notExists(out), "no build ran");
    }
}

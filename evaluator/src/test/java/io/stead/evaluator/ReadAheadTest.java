package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files read ahead, before the evaluator exists, evaluate exactly as files read on demand. */
class ReadAheadTest {
    @TempDir
    Path dir;

    private List<Path> write(String... namesAndTexts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path file = dir.resolve(namesAndTexts[i]);
            Files.writeString(file, namesAndTexts[i + 1]);
            files.add(file);
        }
        return files;
    }

    @Test
    void filesReadBeforeTheEvaluatorIsMadeGiveTheSameValues() throws IOException {
        List<Path> files = write(
                "a.yaml", "options:\n  x: {type: listOf str, default: []}\nconfig:\n  x: [a]\nimports: [./c.yaml]\n",
                "b.yaml", "x: {$before: [b]}\n",
                "c.yaml", "x: [c]\n");
        String expected = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files))
                .json(OptionPath.parse("x"), false);

        String actual;
        try (ReadAhead reading = ReadAhead.start(files)) {
            Evaluator evaluator = Evaluator.create(List.of()); // made while the files are read
            actual = evaluator.evaluate(EvaluationRequest.of(files), reading).json(OptionPath.parse("x"), false);
        }

        assertEquals("[\"b\",\"c\",\"a\"]", expected);
        assertEquals(expected, actual);
    }

    @Test
    void theFirstBadFileInCommandLineOrderIsTheOneReported() throws IOException {
        // the second file is small and fails fast; the first, larger, fails later: the error
        // must still be the first file's, as when reading one by one
        StringBuilder big = new StringBuilder("options:\n  x: {type: int, default: 0}\n");
        for (int i = 0; i < 20_000; i++) {
            big.append("# padding ").append(i).append('\n');
        }
        big.append("x: [\n");
        List<Path> files = write("first.yaml", big.toString(), "second.json", "{");

        ConfigException e;
        try (ReadAhead reading = ReadAhead.start(files)) {
            e = assertThrows(ConfigException.class,
                    () -> Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files), reading));
        }

        assertEquals("first.yaml", e.getMessage().replace(dir + "/", "").split(":")[0], e.getMessage());
    }

    @Test
    @Timeout(30) // a queued read that was dropped, not cancelled, would wait forever
    void aReadAheadClosedBeforeTheEvaluationLeavesTheReadingToIt() throws IOException {
        // more files than reader threads, so that some were still queued when it was closed
        List<Path> files = write(
                "a.yaml", "options:\n  x: {type: listOf str, default: []}\n",
                "b.yaml", "x: [b]\n", "c.yaml", "x: [c]\n", "d.yaml", "x: [d]\n", "e.yaml", "x: [e]\n");
        ReadAhead reading = ReadAhead.start(files);
        reading.close();

        Evaluation result = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files), reading);

        assertEquals("[\"e\",\"d\",\"c\",\"b\"]", result.json(OptionPath.parse("x"), false));
    }

    @Test
    void importsAreReadAheadAndEvaluateAsFilesReadOneByOne() throws IOException {
        List<Path> files = write(
                "main.yaml", "options:\n  x: {type: listOf str, default: []}\nimports: [./a.yaml, ./b.yaml]\n",
                "a.yaml", "x: [a]\nimports: [./c.yaml, ./b.yaml]\n",
                "b.yaml", "x: [b]\nimports: [./c.yaml]\n",
                "c.yaml", "x: [c]\n");
        Path main = files.get(0);
        ReadAhead closed = ReadAhead.start(List.of(main));
        closed.close(); // reads nothing ahead: each file is read when reached
        String oneByOne = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(List.of(main)), closed)
                .json(OptionPath.parse("x"), false);

        try (ReadAhead reading = ReadAhead.start(List.of(main))) {
            String ahead = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(List.of(main)), reading)
                    .json(OptionPath.parse("x"), false);
            assertEquals(oneByOne, ahead);
            // (one file named: it is read when reached, and so is the file taken next, a.yaml; the
            // other imports, b and c, in the background, once each)
            assertEquals(Runtime.getRuntime().availableProcessors() < 2 ? 0 : 2, reading.filesReadAhead().size());
        }
        assertEquals(List.of(), closed.filesReadAhead());
        assertEquals("[\"c\",\"b\",\"a\"]", oneByOne);
    }

    @Test
    void theFirstBadImportInBreadthFirstOrderIsTheOneReported() throws IOException {
        // as for files named on the command line: the larger bad import fails later, and is
        // still the one reported
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("# padding ").append(i).append('\n');
        }
        big.append("x: [\n");
        List<Path> files = write("main.yaml", "imports: [./first.yaml, ./second.json]\n",
                "first.yaml", big.toString(), "second.json", "{");

        ConfigException e;
        try (ReadAhead reading = ReadAhead.start(files.subList(0, 1))) {
            e = assertThrows(ConfigException.class,
                    () -> Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files.subList(0, 1)), reading));
        }

        assertEquals("first.yaml", e.getMessage().replace(dir + "/", "").split(":")[0], e.getMessage());
    }

    @Test
    void theLargestFilesAreGivenToTheReadersFirst() throws IOException {
        // a large file given last would be read alone at the end, while the other readers idle
        List<Path> files = write(
                "small.yaml", "options:\n  x: {type: listOf str, default: []}\n",
                "large.yaml", "x: [l]\n" + "# padding\n".repeat(2_000),
                "tiny.yaml", "x: [t]\n",
                "middle.yaml", "x: [m]\n" + "# padding\n".repeat(200));
        String oneByOne = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files))
                .json(OptionPath.parse("x"), false);

        try (ReadAhead reading = ReadAhead.start(files)) {
            String ahead = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files), reading)
                    .json(OptionPath.parse("x"), false);
            assertEquals(oneByOne, ahead);
            assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: nothing is read ahead");
            assertEquals(List.of(files.get(1), files.get(3), files.get(0), files.get(2)),
                    reading.filesReadAhead());
        }
        assertEquals("[\"m\",\"t\",\"l\"]", oneByOne);
    }

    @Test
    void theLargestImportsAreGivenToTheReadersFirstButTheNextFileIsReadWhenReached() throws IOException {
        List<Path> files = write(
                "main.yaml", "options:\n  x: {type: listOf str, default: []}\n"
                        + "imports: [./next.yaml, ./small.yaml, ./large.yaml, ./missing.yaml]\n",
                "next.yaml", "x: [n]\n" + "# padding\n".repeat(5_000),
                "small.yaml", "x: [s]\n",
                "large.yaml", "x: [l]\n" + "# padding\n".repeat(2_000));
        Path main = files.get(0);
        ReadAhead closed = ReadAhead.start(List.of(main));
        closed.close();
        ConfigException oneByOne = assertThrows(ConfigException.class,
                () -> Evaluator.create(List.of()).evaluate(EvaluationRequest.of(List.of(main)), closed));

        try (ReadAhead reading = ReadAhead.start(List.of(main))) {
            ConfigException ahead = assertThrows(ConfigException.class,
                    () -> Evaluator.create(List.of()).evaluate(EvaluationRequest.of(List.of(main)), reading));
            assertEquals(oneByOne.getMessage(), ahead.getMessage());
            assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: nothing is read ahead");
            // the file taken next is read by the evaluation itself, however large; a file that
            // does not exist is left for the evaluation to report
            assertEquals(List.of(files.get(3), files.get(2)), reading.filesReadAhead());
        }
        assertEquals("main.yaml:3: imports './missing.yaml', which does not exist",
                oneByOne.getMessage().replace(dir + "/", ""));
    }

    @Test
    void aFileNotReadAheadIsReadWhenReached() throws IOException {
        List<Path> files = write("a.yaml", "options:\n  x: {type: int, default: 1}\n", "b.yaml", "x: 2\n");

        try (ReadAhead reading = ReadAhead.start(files.subList(0, 1))) {
            Evaluation result = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(files), reading);
            assertEquals("2", result.json(OptionPath.parse("x"), false));
        }
    }
}

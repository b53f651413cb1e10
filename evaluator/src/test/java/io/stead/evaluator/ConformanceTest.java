package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.ValueJson;
import io.stead.evaluator.internal.load.SourceNode;
import io.stead.evaluator.internal.load.SourceReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite: cases translated from the behaviours NixOS's own module-system tests
 * check ({@code lib/tests/modules.sh}), each a set of files, the files named on the command
 * line, an attribute path, and the exact value or the phrases of the error expected. See
 * {@code src/test/resources/conformance/README.md}.
 */
class ConformanceTest {
    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir)) {
            cases = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(cases.size() > 50, "the suite is there");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    @SuppressWarnings("unchecked")
    private void run(Path caseFile) throws IOException {
        Map<String, Object> spec = (Map<String, Object>) plain(new SourceReader().read(caseFile, caseFile.toString()));
        Path root = Files.createDirectories(work.resolve(caseFile.getFileName().toString().replace(".yaml", "")));
        for (Map.Entry<String, Object> f : ((Map<String, Object>) spec.get("files")).entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, (String) f.getValue());
        }
        List<Path> args = new ArrayList<>();
        for (Object a : (List<Object>) spec.get("args")) {
            args.add(root.resolve((String) a));
        }
        OptionPath attr = OptionPath.parse((String) spec.get("attr"));
        if (spec.containsKey("expect")) {
            String expected = ValueJson.write(spec.get("expect"), false);
            String actual;
            Evaluation evaluation;
            try {
                evaluation = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(args));
                actual = evaluation.json(attr, false);
                evaluation.checkAssertions();
            } catch (ConfigException e) {
                fail("expected " + expected + " but evaluation failed:\n" + e.getMessage());
                return;
            }
            assertEquals(expected, actual, (String) spec.get("description"));
            if (spec.containsKey("warnings")) {
                assertEquals(spec.get("warnings"), evaluation.warnings(), (String) spec.get("description"));
            }
        } else {
            ConfigException e = assertThrows(ConfigException.class, () -> {
                Evaluation evaluation = Evaluator.create(List.of()).evaluate(EvaluationRequest.of(args));
                evaluation.json(attr, false);
                evaluation.checkAssertions();
            }, (String) spec.get("description"));
            for (Object phrase : (List<Object>) spec.get("error")) {
                assertTrue(e.getMessage().contains((String) phrase),
                        "the message should contain '" + phrase + "':\n" + e.getMessage());
            }
        }
    }

    private static Object plain(SourceNode node) {
        if (node instanceof SourceNode.Scalar s) {
            return s.value();
        }
        if (node instanceof SourceNode.Sequence seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new TreeMap<>();
        ((SourceNode.Mapping) node).fields().forEach(f -> out.put(f.key(), plain(f.value())));
        return out;
    }
}

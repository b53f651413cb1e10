package io.stead.unitgenerator.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden cases in {@code src/test/golden}: each {@code NAME.json} is a configuration in the
 * shorthand form of a Stead file, and {@code NAME.tree} the
 * {@link io.stead.testkit.systemd.TreeDump} of the tree it builds on this machine (system.root /).
 */
public final class GoldenCases {
    private GoldenCases() {
    }

    /** @return the directory of the golden files */
    public static Path directory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "golden");
    }

    /** @return the names of the cases, sorted */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a case
     * @return its configuration
     */
    public static Map<String, Object> configuration(String name) {
        try {
            return new ObjectMapper().readValue(directory().resolve(name + ".json").toFile(),
                    new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a case
     * @return its expected tree dump
     */
    public static String expectedTree(String name) {
        try {
            return Files.readString(directory().resolve(name + ".tree"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

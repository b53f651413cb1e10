package io.stead.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden cases in {@code src/test/golden}: each {@code NAME.yaml} is a Stead file, and
 * {@code NAME.tree} the {@link io.stead.testkit.systemd.TreeDump} of the tree it builds. Cases
 * at the top are built for this machine ({@code system.root} /, where Debian's packages are
 * installed); cases in {@code empty-root/} for an empty target root, which has no package at
 * all. Run the tests with {@code -Dstead.golden.update=true} to rewrite the {@code .tree} files
 * after a deliberate change, then read their diff before committing them.
 */
public final class Golden {
    private Golden() {
    }

    /** @return the directory of the golden files */
    public static Path directory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "golden");
    }

    /** The directory of the cases built for an empty target root. */
    public static final String EMPTY_ROOT = "empty-root";

    /**
     * @return the names of the cases, sorted, relative to the golden directory (such as
     *     {@code defaults} or {@code empty-root/no-package})
     */
    public static List<String> names() {
        Path emptyRoot = directory().resolve(EMPTY_ROOT);
        try (Stream<Path> files = Stream.concat(Files.list(directory()),
                Files.isDirectory(emptyRoot) ? Files.list(emptyRoot) : Stream.empty())) {
            return files.map(p -> directory().relativize(p).toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a case
     * @return its Stead file
     */
    public static Path configuration(String name) {
        return directory().resolve(name + ".yaml");
    }

    /**
     * @param name a case
     * @return whether it is built for an empty target root rather than this machine
     */
    public static boolean forEmptyRoot(String name) {
        return name.startsWith(EMPTY_ROOT + "/");
    }

    /**
     * @param name a case
     * @param work a scratch directory
     * @return the target root to build it for: / or an empty directory made in {@code work}
     */
    public static Path root(String name, Path work) {
        if (!forEmptyRoot(name)) {
            return Path.of("/");
        }
        try {
            return Files.createDirectories(work.resolve("empty-root"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares a case's tree with its golden file, or rewrites the file when asked to.
     *
     * @param name a case
     * @param actual the dump of the tree it built
     */
    public static void assertTree(String name, String actual) {
        Path file = directory().resolve(name + ".tree");
        try {
            if (Boolean.getBoolean("stead.golden.update")) {
                Files.writeString(file, actual);
                return;
            }
            assertEquals(Files.readString(file), actual, "the tree of " + configuration(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

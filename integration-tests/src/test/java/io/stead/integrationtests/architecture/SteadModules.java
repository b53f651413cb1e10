package io.stead.integrationtests.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Maven modules of the repository, as the root pom lists them, and where their compiled main
 * classes are. The repository root comes from the {@code stead.root} system property, which the
 * pom sets.
 */
final class SteadModules {
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private final Path root;

    private SteadModules(Path root) {
        this.root = root;
    }

    /** @return the modules of the repository this test runs in */
    static SteadModules ofThisBuild() {
        String root = System.getProperty("stead.root");
        if (root == null) {
            throw new IllegalStateException("system property stead.root is not set (the pom sets it)");
        }
        return new SteadModules(Path.of(root).toAbsolutePath().normalize());
    }

    /**
     * @return Stead's own module directories, relative to the root, in pom order: not this one,
     *     nor the third-party libraries the build recompiles ({@code third-party/*})
     */
    List<String> names() {
        try {
            Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            return m.results().map(r -> r.group(1))
                    .filter(name -> !name.equals("integration-tests") && !name.startsWith("third-party/"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param module a module directory, such as {@code plugins/openssh}
     * @return its compiled main classes
     */
    Path classes(String module) {
        return root.resolve(module).resolve("target/classes");
    }

    /**
     * @param module a module directory
     * @return whether it has main Java sources other than {@code module-info.java}
     */
    boolean hasSources(String module) {
        return count(root.resolve(module).resolve("src/main/java"), ".java") > 0;
    }

    /**
     * @param module a module directory
     * @return whether it has compiled main classes other than {@code module-info.class}
     */
    boolean hasClasses(String module) {
        return count(classes(module), ".class") > 0;
    }

    private static long count(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(suffix) && !name.startsWith("module-info."))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

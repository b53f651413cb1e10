package io.stead.integrationtests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./stead} launcher as a user runs it: from another directory, building first if it
 * must (in one line on stderr), then running the CLI with the bundled plugins.
 */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("stead.root")).toAbsolutePath().normalize();

    @TempDir
    Path elsewhere;

    /** What one run printed. */
    private record Result(int code, String out, String err) {
        /** stderr without the launcher's one build line, if it built */
        String errWithoutBuildLine() {
            return err.lines().filter(l -> !l.startsWith("stead: building") && !l.startsWith("stead: sources changed"))
                    .map(l -> l + "\n").reduce("", String::concat);
        }
    }

    private Result stead(String... args) throws IOException, InterruptedException {
        return steadOn(null, args);
    }

    /** Runs the launcher with JAVA_HOME set to a JDK, or as inherited when it is null. */
    private Result steadOn(Path javaHome, String... args) throws IOException, InterruptedException {
        return run(ROOT.resolve("stead").toString(), javaHome, args);
    }

    /** Runs the launcher named as given (a relative name is taken from {@link #elsewhere}). */
    private Result run(String launcher, Path javaHome, String... args) throws IOException, InterruptedException {
        return run(launcher, javaHome, Map.of(), args);
    }

    /** Runs the launcher with these environment variables changed (an empty value removes one). */
    private Result run(String launcher, Path javaHome, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        // the first run may build stead: allow for a slow machine
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "./stead did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionWorksFromAnyDirectory() throws Exception {
        Result run = stead("--version");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("stead \\S+\nplugin API \\d+\\.\\d+\n"), run.out());
        assertEquals("", run.errWithoutBuildLine());
        assertTrue(run.err().lines().count() <= 1, "at most one line about building: " + run.err());
    }

    @Test
    void aRelativePathOrALinkToTheLauncherFindsTheCheckout() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("stead"), ROOT.resolve("stead"));
        Path checkout = Files.createSymbolicLink(elsewhere.resolve("checkout"), ROOT);
        stead("--version"); // builds first if it must

        for (String launcher : List.of(elsewhere.relativize(ROOT.resolve("stead")).toString(), "./stead",
                link.toString(), checkout.resolve("stead").toString())) {
            Result run = run(launcher, null, "eval", ROOT.resolve("examples/host.yaml").toString(), "--attr",
                    "services.openssh.ports", "--json");

            assertEquals(0, run.code(), launcher + ": " + run.err());
            assertEquals("[22]\n", run.out(), launcher);
            assertEquals("", run.err(), launcher + " neither rebuilds nor warns");
        }
    }

    @Test
    void aSourceNewerThanTheBuildIsBuiltFirstAlsoThroughALinkToTheCheckout() throws Exception {
        Path checkout = Files.createSymbolicLink(elsewhere.resolve("checkout"), ROOT);
        stead("--version"); // builds first if it must
        // a pom saved again (same content): the launcher compares times, as make does
        Path pom = ROOT.resolve("cli/pom.xml");
        Files.setLastModifiedTime(pom, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));

        Result run = run(checkout.resolve("stead").toString(), null, "--version");

        assertEquals(0, run.code(), run.err());
        assertEquals("stead: sources changed, rebuilding...\n", run.err());
        assertEquals("", run(checkout.resolve("stead").toString(), null, "--version").err(), "built once");
    }

    @Test
    void aFileNamedBeyondAsciiIsReadUnderTheCLocale() throws Exception {
        // Java names files in the locale's encoding: under C, an import of é.yaml crashed (exit 70)
        Files.writeString(elsewhere.resolve("\u00e9.yaml"), "options:\n  n: {type: int, default: 7}\n");
        Files.writeString(elsewhere.resolve("main.yaml"), "imports: [\"\u00e9.yaml\"]\n");
        Result run = run(ROOT.resolve("stead").toString(), null, Map.of("LC_ALL", "C", "LC_CTYPE", "", "LANG", ""),
                "eval", "main.yaml", "--attr", "n");

        assertEquals(0, run.code(), run.err());
        assertEquals("7", run.out().strip());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Result run = stead("--help");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Commands:") && run.out().contains("  plugins  "), run.out());
    }

    @Test
    void pluginsListsTheBundledModulesAndNamesABrokenJar() throws Exception {
        Path dir = Files.createDirectories(elsewhere.resolve("plugins"));
        Path broken = Files.writeString(dir.resolve("broken.jar"), "not a jar");

        Result run = stead("plugins", "-I", dir.toString());

        assertEquals(3, run.code(), run.err());
        assertTrue(run.errWithoutBuildLine().startsWith("stead: cannot load plugin " + broken + ": "), run.err());
        // the launcher runs a linked image, whose modules are built in; off the image, they are jars
        assertTrue(run.out().contains("\nopenssh 0.1.0 (builtin)\n")
                || run.out().contains("\nopenssh 0.1.0 (" + ROOT.resolve("cli/target/modules")), run.out());
    }

    @Test
    void onJdk25OrLaterTheImageGetsAnAheadOfTimeCacheAndAnotherJavaHomeRelinksIt() throws Exception {
        Optional<Path> jdk25 = jdkOfAtLeast(25);
        assumeTrue(jdk25.isPresent(), "no JDK 25 or later under /usr/lib/jvm");
        Path target = ROOT.resolve("cli/target");
        try {
            Result run = steadOn(jdk25.get(), "eval", ROOT.resolve("examples/host.yaml").toString(),
                    "--attr", "services.openssh.ports", "--json");

            assertEquals(0, run.code(), run.err());
            assertEquals("[22]\n", run.out());
            assertEquals("", run.errWithoutBuildLine());
            assertTrue(javaVersion(target.resolve("image")) >= 25, "the image is linked from JAVA_HOME's JDK");
            assertTrue(Files.size(target.resolve("stead.aot")) > 0, "an AOT cache is made");
            assertTrue(Files.size(target.resolve("stead-eval.aot")) > 0, "and one for eval and option");
            assertFalse(Files.exists(target.resolve("stead.jsa")), "and no class-data archive besides");
        } finally {
            // back to the JDK the other tests run on: the image is linked anew
            Result back = stead("--version");
            assertEquals(0, back.code(), back.err());
        }
        String inherited = System.getenv("JAVA_HOME");
        if (inherited != null && jdkVersion(Path.of(inherited)) < 24) {
            assertTrue(javaVersion(target.resolve("image")) < 25, "relinked from the inherited JDK");
            assertFalse(Files.exists(target.resolve("stead.aot")), "its cache is gone with it");
            assertFalse(Files.exists(target.resolve("stead-eval.aot")), "and the evaluation's");
            assertTrue(Files.size(target.resolve("stead.jsa")) > 0, "and an archive made instead");
        }
    }

    @Test
    void withoutJavaHomeTheImageIsLinkedFromTheNewestInstalledJdk() throws Exception {
        assumeTrue(System.getenv("JAVA_HOME") == null, "JAVA_HOME is set: it chooses the JDK");
        Optional<Path> newest = jdkOfAtLeast(17);
        assumeTrue(newest.isPresent(), "no JDK under /usr/lib/jvm");

        Result run = stead("--version");

        assertEquals(0, run.code(), run.err());
        assertEquals(jdkVersion(newest.get()), javaVersion(ROOT.resolve("cli/target/image")),
                "linked from " + newest.get());
    }

    /** The newest JDK under /usr/lib/jvm of at least this feature release, with jlink. */
    private static Optional<Path> jdkOfAtLeast(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/jlink")))
                    .filter(home -> jdkVersion(home) >= feature)
                    .max(Comparator.comparingInt(LauncherIT::jdkVersion));
        }
    }

    /** A JDK's or runtime image's feature release, from its release file (0 if it has none). */
    private static int jdkVersion(Path home) {
        try {
            return javaVersion(home);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int javaVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return Integer.parseInt(version.split("[.+-]")[0]);
            }
        }
        return 0;
    }

    @Test
    void pluginLocationsKeepTheirSourceLine() throws Exception {
        // messages and `stead option` name a plugin's file and line, read from the class files'
        // line tables: the linked image must keep them
        Result run = stead("option", "services.openssh.ports");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  Declared by: .*!OpensshModule\\.java:\\d+")),
                run.out());
    }
}

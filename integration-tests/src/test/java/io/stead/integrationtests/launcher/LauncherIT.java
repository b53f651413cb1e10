package io.stead.integrationtests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("stead").toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
    void pluginLocationsKeepTheirSourceLine() throws Exception {
        // messages and `stead option` name a plugin's file and line, read from the class files'
        // line tables: the linked image must keep them
        Result run = stead("option", "services.openssh.ports");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  Declared by: .*!OpensshModule\\.java:\\d+")),
                run.out());
    }
}

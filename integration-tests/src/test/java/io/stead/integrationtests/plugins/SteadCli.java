package io.stead.integrationtests.plugins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code stead} command as the build made it: the CLI jar and its module path
 * ({@code cli/target/modules}, the bundled plugins included), run in a JVM of its own, in a
 * working directory of the test's choosing. The launcher script is not used, so that a run never
 * rebuilds Stead.
 */
final class SteadCli {
    /** The repository root, from the {@code stead.root} property that the pom sets. */
    static final Path ROOT = Path.of(System.getProperty("stead.root")).toAbsolutePath().normalize();

    private final Path workingDirectory;

    /** @param workingDirectory where the command runs, and where its output is captured */
    SteadCli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * What one run did.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * @param args the command line after {@code stead}
     * @return what it did
     */
    Result run(String... args) {
        return run(Map.of(), args);
    }

    /**
     * @param environment variables to add (such as {@code STEAD_PLUGIN_PATH})
     * @param args the command line after {@code stead}
     * @return what it did
     */
    Result run(Map<String, String> environment, String... args) {
        Path jar = ROOT.resolve("cli/target/stead-cli-0.1.0.jar");
        Path modules = ROOT.resolve("cli/target/modules");
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(modules),
                "the CLI is not built: run mvn -B verify (or package) first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", jar + ":" + modules, "-m", "io.stead.cli/io.stead.cli.Main"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workingDirectory, "stdout-", ".txt");
            Path err = Files.createTempFile(workingDirectory, "stderr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("STEAD_PLUGIN_PATH");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("stead " + String.join(" ", args) + " did not finish in 2 minutes");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

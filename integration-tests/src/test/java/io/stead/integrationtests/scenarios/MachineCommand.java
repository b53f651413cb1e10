package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.ExecResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program on the build machine, outside every guest (the Stead CLI, the ssh client): bounded, with
 * standard input from /dev/null and both outputs captured in files, so that a program leaving a child
 * behind that holds its output open cannot hang a scenario.
 */
final class MachineCommand {
    private MachineCommand() {
    }

    /** Runs a program with the JVM's environment; see {@link #run(Duration, List, Map)}. */
    static ExecResult run(Duration timeout, List<String> command) {
        return run(timeout, command, Map.of());
    }

    /**
     * @param environment variables added to the JVM's environment
     * @return the result, whatever the exit code
     * @throws AssertionError when the program does not finish within {@code timeout} (it is killed)
     */
    static ExecResult run(Duration timeout, List<String> command, Map<String, String> environment) {
        long start = System.nanoTime();
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("stead-scenario-", ".out");
            err = Files.createTempFile("stead-scenario-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("`" + String.join(" ", command) + "` did not finish within "
                        + timeout.toSeconds() + " s\n--- stdout ---\n" + Files.readString(out)
                        + "\n--- stderr ---\n" + Files.readString(err));
            }
            return new ExecResult(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new AssertionError("cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running `" + String.join(" ", command) + "`", e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; nothing more to do
        }
    }
}

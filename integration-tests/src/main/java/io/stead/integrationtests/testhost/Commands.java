package io.stead.integrationtests.testhost;

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
 * Runs a command on the build machine with a bound, capturing both outputs in temporary files rather than
 * pipes: a command that leaves a background process holding its output open cannot hang the caller.
 */
final class Commands {
    /** The environment every harness command starts with; the JVM's own environment is not passed on. */
    static final Map<String, String> BASE_ENVIRONMENT = Map.of(
            "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME", "/root",
            "LANG", "C.UTF-8",
            "TERM", "dumb",
            "SYSTEMD_PAGER", "",
            "SYSTEMD_COLORS", "0");

    private static final File DEV_NULL = new File("/dev/null");

    private Commands() {
    }

    /**
     * @param command the program and its arguments
     * @param environment variables added to {@link #BASE_ENVIRONMENT}
     * @param timeout how long the command may run before it and all its descendants are killed
     * @param shownCommand the command as reported in the result (e.g. without an nsenter prefix)
     * @throws TestHostException when the command cannot start, times out, or the caller is interrupted
     */
    static ExecResult run(List<String> command, Map<String, String> environment, Duration timeout,
                          List<String> shownCommand) {
        Path out = null;
        Path err = null;
        long start = System.nanoTime();
        try {
            out = Files.createTempFile("stead-testhost-", ".out");
            err = Files.createTempFile("stead-testhost-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(BASE_ENVIRONMENT);
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                killTree(process);
                Thread.currentThread().interrupt();
                throw new TestHostException("interrupted while running `" + String.join(" ", shownCommand) + "`", e);
            }
            if (!finished) {
                killTree(process);
                throw new TestHostException("`" + String.join(" ", shownCommand) + "` did not finish within "
                        + timeout.toMillis() + " ms and was killed\n--- stdout ---\n" + read(out)
                        + "\n--- stderr ---\n" + read(err));
            }
            return new ExecResult(shownCommand, process.exitValue(), read(out), read(err),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new TestHostException("cannot run `" + String.join(" ", shownCommand) + "`: " + e.getMessage(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Runs a command with the base environment, reporting it as given. */
    static ExecResult run(Duration timeout, String... command) {
        return run(List.of(command), Map.of(), timeout, List.of(command));
    }

    /**
     * Kills a process and all its descendants, the descendants first. Order matters for {@code nsenter}:
     * its child lives in the guest's PID namespace, and if nsenter died first that child would be reparented
     * to the build machine's PID 1, stay a zombie nobody reaps, and make the guest's shutdown wait for it.
     */
    static void killTree(Process process) {
        boolean interrupted = Thread.interrupted();
        try {
            List<Procs.Pid> descendants = List.of();
            for (int round = 0; round < 3 && process.isAlive(); round++) {
                descendants = process.descendants().flatMap(handle -> Procs.of(handle.pid()).stream()).toList();
                descendants.forEach(Procs.Pid::kill);
                if (process.waitFor(1, TimeUnit.SECONDS)) {
                    break;
                }
            }
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (descendants.stream().anyMatch(Procs.Pid::alive) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read output: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the system temp directory; nothing more to do
            }
        }
    }
}

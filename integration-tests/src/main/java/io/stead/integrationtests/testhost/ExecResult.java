package io.stead.integrationtests.testhost;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one command that ran to completion, inside a test host ({@link TestHost#exec}) or on the
 * build machine (the harness's own helpers).
 *
 * @param command the command as run, without the {@code nsenter} prefix
 * @param exitCode the exit status; 128 + N when the command was killed by signal N
 * @param stdout everything the command wrote to standard output, decoded as UTF-8
 * @param stderr everything the command wrote to standard error, decoded as UTF-8
 * @param duration wall-clock time from start to exit
 */
public record ExecResult(List<String> command, int exitCode, String stdout, String stderr, Duration duration) {

    public ExecResult {
        command = List.copyOf(command);
    }

    /** @return true when the exit code is 0 */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /** @return {@link #stdout()} without leading and trailing white space */
    public String out() {
        return stdout.strip();
    }

    /**
     * @return this result, when the exit code is 0
     * @throws AssertionError naming the command, its exit code and both outputs otherwise
     */
    public ExecResult assertSuccess() {
        if (exitCode != 0) {
            throw new AssertionError(describe());
        }
        return this;
    }

    /** @return a multi-line description: command, exit code, duration and both outputs */
    public String describe() {
        return "`" + String.join(" ", command) + "` exited " + exitCode + " after " + duration.toMillis() + " ms"
                + "\n--- stdout ---\n" + stdout + (stdout.endsWith("\n") || stdout.isEmpty() ? "" : "\n")
                + "--- stderr ---\n" + stderr;
    }

    @Override
    public String toString() {
        return "ExecResult[" + String.join(" ", command) + " -> " + exitCode + "]";
    }
}

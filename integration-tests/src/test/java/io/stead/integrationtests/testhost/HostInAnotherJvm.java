package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own that boots a test host and never closes it, for the tests of what happens when a JVM
 * ends without closing its hosts. {@code main(RECORD)} writes the host's name, directory and pids into
 * RECORD once the host runs, then waits to be killed.
 */
final class HostInAnotherJvm {
    private HostInAnotherJvm() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        TestHost host = TestHost.builder().boot();
        Path record = Path.of(args[0]);
        Files.writeString(record.resolveSibling(record.getFileName() + ".tmp"), String.join("\n", host.name(),
                host.directory().toString(), Long.toString(host.nspawnPid()), Long.toString(host.guestPid())));
        Files.move(record.resolveSibling(record.getFileName() + ".tmp"), record);
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts the JVM with the given prefix (e.g. {@code setpriv ...}) and the current class path. */
    static Process start(List<String> prefix, String classPath, Path record) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, HostInAnotherJvm.class.getName(), record.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(record.resolveSibling("jvm.log").toFile()).start();
    }

    /** Waits for the record; fails with the JVM's output if it exits or takes too long. */
    static List<String> awaitRecord(Process jvm, Path record, Duration timeout) throws IOException,
            InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(record)) {
            if (!jvm.isAlive() || System.nanoTime() > deadline) {
                jvm.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("the other JVM did not boot a host:\n"
                        + Files.readString(record.resolveSibling("jvm.log")));
            }
            Thread.sleep(50);
        }
        return Files.readAllLines(record);
    }
}

package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code /proc} says about a process. A process is identified by its pid <em>and</em> its start time,
 * so that a recycled pid is never mistaken for the process the harness started; a zombie counts as gone.
 */
final class Procs {
    private Procs() {
    }

    /** A process as the harness remembers it. */
    record Pid(long pid, long startTime) {
        /** @return true while the process exists, has not exited (zombie) and is the same process */
        boolean alive() {
            Optional<String[]> stat = stat(pid);
            return stat.isPresent() && !"Z".equals(stat.get()[0]) && !"X".equals(stat.get()[0])
                    && Long.parseLong(stat.get()[19]) == startTime;
        }

        /** Sends SIGKILL if the process is still this one. */
        void kill() {
            if (alive()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }

        @Override
        public String toString() {
            return Long.toString(pid);
        }
    }

    /** @return the process with this pid as it is now, if it exists */
    static Optional<Pid> of(long pid) {
        OptionalLong start = startTime(pid);
        return start.isPresent() ? Optional.of(new Pid(pid, start.getAsLong())) : Optional.empty();
    }

    /** @return the JVM itself */
    static Pid self() {
        return of(ProcessHandle.current().pid()).orElseThrow();
    }

    /** @return the start time in clock ticks since boot (field 22 of {@code /proc/PID/stat}) */
    static OptionalLong startTime(long pid) {
        return stat(pid).map(fields -> OptionalLong.of(Long.parseLong(fields[19]))).orElse(OptionalLong.empty());
    }

    /** @return the command name ({@code /proc/PID/comm}), if the process exists */
    static Optional<String> comm(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The fields of {@code /proc/PID/stat} after the command name: [0] is the state, [19] the start time. */
    private static Optional<String[]> stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).strip().split(" "));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

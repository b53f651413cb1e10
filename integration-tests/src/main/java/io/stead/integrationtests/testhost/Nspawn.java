package io.stead.integrationtests.testhost;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One {@code systemd-nspawn} process and the guest's systemd under it: how they are started and stopped on
 * a build machine without a system bus (only {@code --register=no --keep-unit} works there).
 */
final class Nspawn {
    /** Exit code of the start script when it cannot move itself into the guest's cgroups. */
    private static final int CGROUP_FAILURE = 97;
    private static final File DEV_NULL = new File("/dev/null");
    private static final Duration POLL = Duration.ofMillis(50);
    private static final System.Logger LOG = System.getLogger(TestHost.class.getName());

    private final String name;
    private final Process process;
    private final List<Path> cgroups;
    private volatile Procs.Pid guest;

    private Nspawn(String name, Process process, List<Path> cgroups) {
        this.name = name;
        this.process = process;
        this.cgroups = cgroups;
    }

    /**
     * Starts nspawn in the guest's own cgroups (created beforehand): a shell writes its pid into each
     * {@code cgroup.procs}, then execs nspawn, so nspawn's {@code payload} and {@code supervisor} cgroups are
     * the guest's alone. {@code setsid} keeps terminal signals away: the harness decides how the guest stops.
     *
     * @param arguments nspawn's arguments after the fixed ones ({@code --register=no --keep-unit ...})
     */
    static Nspawn start(String name, Path root, List<Path> cgroups, List<String> arguments, Path console) {
        List<String> command = new ArrayList<>(List.of("setsid", "sh", "-c",
                "n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1\" || exit " + CGROUP_FAILURE
                        + "; shift; n=$((n-1)); done; exec \"$@\"",
                "sh", Integer.toString(cgroups.size())));
        cgroups.forEach(dir -> command.add(dir.resolve("cgroup.procs").toString()));
        command.addAll(List.of("systemd-nspawn", "--register=no", "--keep-unit", "--quiet", "--link-journal=no",
                "--directory=" + root, "--machine=" + name));
        command.addAll(arguments);
        command.add("--boot");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectOutput(console.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Commands.BASE_ENVIRONMENT);
        // nspawn cannot see the guest's systemd version before /usr is bound and would fall back to
        // cgroup v1 in the guest, where a shutdown soon after an ssh login hangs on user@0.service
        builder.environment().put("SYSTEMD_NSPAWN_UNIFIED_HIERARCHY", "1");
        try {
            return new Nspawn(name, builder.start(), cgroups);
        } catch (IOException e) {
            throw new TestHostException("cannot start systemd-nspawn: " + e.getMessage(), e);
        }
    }

    /** @return nspawn's pid (the start script execs into nspawn, keeping its pid) */
    long pid() {
        return process.pid();
    }

    /** @return the guest's systemd, once {@link #awaitGuest} found it; null before */
    Procs.Pid guest() {
        return guest;
    }

    /** @throws TestHostException when nspawn has exited */
    void requireAlive(String when) {
        if (!process.isAlive()) {
            int code = process.exitValue();
            throw new TestHostException(code == CGROUP_FAILURE
                    ? Preconditions.PREFIX + "cannot move systemd-nspawn into the cgroups " + cgroups + "."
                    : "systemd-nspawn exited with code " + code + " " + when);
        }
    }

    /** Waits until nspawn's child is the guest's systemd, i.e. has exec'd {@code /usr/lib/systemd/systemd}. */
    Procs.Pid awaitGuest(long deadline, Duration bootTimeout) {
        while (true) {
            requireAlive("before the guest's systemd started");
            Optional<Procs.Pid> found = process.children()
                    .filter(child -> Procs.comm(child.pid()).filter("systemd"::equals).isPresent())
                    .findFirst().flatMap(child -> Procs.of(child.pid()));
            if (found.isPresent()) {
                String comm = Procs.comm(process.pid()).orElse("?");
                if (!comm.equals("systemd-nspawn")) {
                    throw new TestHostException("the guest's parent is " + comm + ", not systemd-nspawn");
                }
                guest = found.get();
                return guest;
            }
            if (System.nanoTime() > deadline) {
                throw new TestHostException("the guest's systemd did not start within " + bootTimeout);
            }
            Cleanup.sleep(POLL.toMillis());
        }
    }

    /**
     * Stops the guest: SIGTERM to nspawn, which powers the guest off, and up to {@code timeout} for it to
     * exit; then SIGKILL to the guest's PID 1, which ends its whole PID namespace (killing nspawn alone would
     * leave the guest running, reparented to the machine's PID 1), and to nspawn.
     *
     * @param problems where to add what could not be stopped
     * @return whether the guest powered off by itself
     */
    boolean stop(Duration timeout, List<String> problems) {
        if (guest == null) {
            // no systemd yet (a failed boot): nothing to power off, and nspawn ignores SIGTERM while it sets
            // up; whatever it started is killed through the cgroups afterwards
            process.destroyForcibly();
            awaitExit(problems);
            return false;
        }
        boolean wasAlive = process.isAlive();
        long start = System.nanoTime();
        if (wasAlive) {
            process.destroy();
        }
        while (wasAlive && process.isAlive() && System.nanoTime() - start < timeout.toNanos()) {
            Cleanup.sleep(POLL.toMillis());
        }
        boolean clean = wasAlive && !process.isAlive() && !guest.alive();
        if (guest.alive() || process.isAlive()) {
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            LOG.log(System.Logger.Level.WARNING, () -> "test host " + name + ": the guest still runs " + waited
                    + " ms after SIGTERM to systemd-nspawn (which " + (process.isAlive() ? "still runs" : "exited")
                    + "); killing the guest's systemd (pid " + guest + ") and nspawn");
            guest.kill();
            process.destroyForcibly();
        }
        awaitExit(problems);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (guest.alive() && System.nanoTime() < deadline) {
            Cleanup.sleep(POLL.toMillis());
        }
        if (guest.alive()) {
            problems.add("the guest's systemd (pid " + guest + ") survived SIGKILL");
        }
        return clean;
    }

    private void awaitExit(List<String> problems) {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                problems.add("systemd-nspawn (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted while waiting for systemd-nspawn to exit");
        }
    }
}

package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away systemd host: a copy of the build machine's {@code /etc} in a temporary directory, booted
 * with {@code systemd-nspawn} over the machine's read-only {@code /usr}, sharing the machine's network.
 *
 * <p>Typical use, with {@link TestHostExtension} closing the host and showing its journal on failure:
 * <pre>{@code
 * @ExtendWith(TestHostExtension.class)
 * class SomethingIT {
 *     @Test
 *     void works(TestHosts hosts) {
 *         TestHost host = hosts.builder().bindSteadBuild().boot();
 *         host.writeFile("/etc/systemd/system/hello.service", "...");
 *         host.exec("systemctl", "daemon-reload").assertSuccess();
 *         assertEquals("active", host.exec("systemctl", "is-active", "hello").out());
 *     }
 * }
 * }</pre>
 *
 * <p>Life cycle: {@link Builder#create()} builds the root (files may be written into it before boot),
 * {@link #boot()} starts the guest and waits until {@code systemctl is-system-running} says
 * {@code running} or {@code degraded}, {@link #close()} stops it and removes every trace: processes,
 * cgroups, nspawn's runtime directory and the root. Closing is idempotent and thread-safe; a JVM shutdown
 * hook closes a host its test did not close. Every host has a unique name ({@code stead-} and 12 hex
 * digits), so any number of hosts can run one after another or side by side in one JVM.
 *
 * <p>Guest paths ({@code "/etc/foo"}) in the file methods are resolved as the guest sees them: before
 * boot in the root directory, while running through {@code /proc/GUESTPID/root}, so that {@code /tmp} and
 * {@code /run} (tmpfs in the guest) work too, and symbolic links never lead out of the guest.
 */
public final class TestHost implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration DIAGNOSTICS_TIMEOUT = Duration.ofSeconds(10);
    private static final int JOURNAL_LINES_IN_DIAGNOSTICS = 400;

    private enum Phase { CREATED, BOOTING, RUNNING, CLOSED }

    private final String name;
    private final Path directory;
    private final Path root;
    private final Path console;
    private final Builder options;
    private final Cgroups cgroups;
    private final Thread shutdownHook;

    private volatile Phase phase = Phase.CREATED;
    private volatile Nspawn nspawn;
    private volatile Procs.Pid guestPid;
    private volatile String bootState = "";
    private volatile Duration bootTime = Duration.ZERO;
    private volatile boolean stoppedCleanly;

    private TestHost(String name, Path directory, Builder options, Cgroups cgroups) {
        this.name = name;
        this.directory = directory;
        this.root = directory.resolve("root");
        this.console = directory.resolve("console.log");
        this.options = options;
        this.cgroups = cgroups;
        this.shutdownHook = new Thread(this::closeFromShutdownHook, "stead-testhost-shutdown-" + name);
    }

    /** @return a builder for a host that the caller closes; see {@link TestHosts#builder()} for managed ones */
    public static Builder builder() {
        return new Builder(null);
    }

    // ------------------------------------------------------------------ creation and boot

    private static TestHost create(Builder options) {
        Preconditions.check();
        Cgroups cgroups = Cgroups.detect();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> stale = StaleHosts.reap(tmp, cgroups);
        if (!stale.isEmpty()) {
            throw new TestHostException("cannot remove test hosts left behind by a dead JVM: " + stale);
        }
        TestHost host = null;
        while (host == null) {
            String name = "stead-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
            Path directory = tmp.resolve(name);
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                host = new TestHost(name, directory, options, cgroups);
            } catch (FileAlreadyExistsException e) {
                // a name in use: draw another
            } catch (IOException e) {
                throw new TestHostException("cannot create a directory for a test host in " + tmp + ": "
                        + e.getMessage(), e);
            }
        }
        Runtime.getRuntime().addShutdownHook(host.shutdownHook);
        try {
            Files.writeString(host.directory.resolve(StaleHosts.OWNER_FILE), StaleHosts.ownerLine());
            Files.createDirectory(host.root, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            GuestRoot.create(host.root, options.masks, options.sshd);
        } catch (IOException | RuntimeException | Error e) {
            host.closeAfterFailure(e);
            throw new TestHostException("cannot create the root of test host " + host.name + ": " + e.getMessage(), e);
        }
        if (options.owner != null) {
            options.owner.adopt(host);
        }
        return host;
    }

    /**
     * Boots the guest and waits until {@code systemctl is-system-running} says {@code running} or
     * {@code degraded}, at most {@link Builder#bootTimeout(Duration)}. On failure the host is closed and the
     * exception carries the console output and, when the guest got that far, its journal.
     *
     * @return this host, running
     * @throws TestHostException when the guest does not come up in time
     */
    public synchronized TestHost boot() {
        if (phase != Phase.CREATED) {
            throw new IllegalStateException("test host " + name + " is " + phase.name().toLowerCase(Locale.ROOT)
                    + "; boot() works once, on a created host");
        }
        long start = System.nanoTime();
        long deadline = start + options.bootTimeout.toNanos();
        try {
            cgroups.create(name);
            phase = Phase.BOOTING;
            nspawn = Nspawn.start(name, root, cgroups.dirs(name), nspawnArguments(), console);
            guestPid = nspawn.awaitGuest(deadline, options.bootTimeout);
            bootState = awaitSystemRunning(deadline);
            bootTime = Duration.ofNanos(System.nanoTime() - start);
            phase = Phase.RUNNING;
            return this;
        } catch (RuntimeException | Error e) {
            String diagnostics = diagnostics();
            closeAfterFailure(e);
            if (e instanceof TestHostException && e.getMessage().startsWith(Preconditions.PREFIX)) {
                throw e;
            }
            throw new TestHostException("test host " + name + " did not boot: " + e.getMessage() + "\n" + diagnostics,
                    e);
        }
    }

    private List<String> nspawnArguments() {
        List<String> arguments = new ArrayList<>(List.of("--bind-ro=/usr", "--bind-ro=/var/lib/dpkg"));
        for (Bind bind : options.binds) {
            arguments.add((bind.readOnly ? "--bind-ro=" : "--bind=") + escape(bind.source.toString()) + ":"
                    + escape(bind.target));
        }
        arguments.addAll(options.nspawnArguments);
        return arguments;
    }

    private String awaitSystemRunning(long deadline) {
        String state = "";
        while (true) {
            nspawn.requireAlive("while the guest was booting (last state: " + state + ")");
            state = nsenter(List.of("systemctl", "is-system-running"), Duration.ofSeconds(5), Map.of()).out();
            switch (state) {
                case "running", "degraded" -> {
                    return state;
                }
                case "maintenance", "stopping" ->
                        throw new TestHostException("the guest went to state " + state + " while booting");
                default -> {
                    if (System.nanoTime() > deadline) {
                        throw new TestHostException("the guest was not running within " + options.bootTimeout
                                + " (is-system-running says " + (state.isEmpty() ? "nothing" : state) + ")");
                    }
                    Cleanup.sleep(POLL.toMillis());
                }
            }
        }
    }

    // ------------------------------------------------------------------ running things inside

    /** Runs a command inside the guest with the builder's exec timeout; see {@link #exec(List, Duration, Map)}. */
    public ExecResult exec(String... command) {
        return exec(List.of(command), options.execTimeout, Map.of());
    }

    /** Runs a command inside the guest with the given timeout; see {@link #exec(List, Duration, Map)}. */
    public ExecResult exec(Duration timeout, String... command) {
        return exec(List.of(command), timeout, Map.of());
    }

    /** Runs {@code sh -c script} inside the guest with the builder's exec timeout. */
    public ExecResult sh(String script) {
        return exec(List.of("sh", "-c", script), options.execTimeout, Map.of());
    }

    /**
     * Runs a command inside the guest as root, in all of its namespaces ({@code nsenter -t GUESTPID -a}),
     * with standard input from {@code /dev/null} and a small clean environment (PATH, HOME=/root,
     * LANG=C.UTF-8) plus {@code environment}. A non-zero exit is returned, not thrown.
     *
     * @throws TestHostException when the command does not finish within {@code timeout} (it is killed, and
     *     the message holds its output so far), or when the host is not running
     */
    public ExecResult exec(List<String> command, Duration timeout, Map<String, String> environment) {
        requirePhase(Phase.RUNNING);
        return nsenter(command, timeout, environment);
    }

    private ExecResult nsenter(List<String> command, Duration timeout, Map<String, String> environment) {
        List<String> full = new ArrayList<>(List.of("nsenter", "--target", Long.toString(guestPid.pid()), "--all",
                "--root", "--wd", "--"));
        full.addAll(command);
        return Commands.run(full, environment, timeout, command);
    }

    /** @return what {@code systemctl is-system-running} says now */
    public String systemState() {
        return exec(Duration.ofSeconds(10), "systemctl", "is-system-running").out();
    }

    /**
     * Waits until {@code systemctl is-active UNIT} says {@code active}. {@code is-system-running} may say
     * {@code running} while a unit with {@code Restart=} is still cycling, so check the units that matter.
     *
     * @throws AssertionError with {@code systemctl status UNIT} when the unit is not active in time
     */
    public void awaitActive(String unit, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!exec(Duration.ofSeconds(10), "systemctl", "is-active", unit).out().equals("active")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(unit + " is not active after " + timeout.toMillis() + " ms:\n"
                        + exec(Duration.ofSeconds(10), "systemctl", "status", "--no-pager", "--full", unit).stdout());
            }
            Cleanup.sleep(POLL.toMillis());
        }
    }

    // ------------------------------------------------------------------ files

    /**
     * Copies a file or a directory tree from the build machine into the guest, keeping modes, owners and
     * symbolic links. A directory's <em>contents</em> are merged into {@code guestPath} (like
     * {@code cp -a SOURCE/. guestPath}), so {@code copyIn(builtTree, "/")} installs a built tree. A file goes
     * to {@code guestPath}, or into it when that is an existing directory. Existing files and symbolic links
     * are replaced.
     */
    public void copyIn(Path source, String guestPath) {
        try {
            GuestFiles.copyIn(base(), source, guestPath);
        } catch (IOException e) {
            throw new TestHostException("cannot copy " + source + " to " + guestPath + " in " + name + ": " + e, e);
        }
    }

    /** Writes a UTF-8 file inside the guest (mode 0644), creating parent directories. */
    public void writeFile(String guestPath, String content) {
        writeFile(guestPath, content, "rw-r--r--");
    }

    /**
     * Writes a UTF-8 file inside the guest, creating parent directories.
     *
     * @param permissions e.g. {@code "rw-------"}
     */
    public void writeFile(String guestPath, String content, String permissions) {
        try {
            GuestFiles.write(base(), guestPath, content.getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(hostPath(guestPath), PosixFilePermissions.fromString(permissions));
        } catch (IOException e) {
            throw new TestHostException("cannot write " + guestPath + " in " + name + ": " + e, e);
        }
    }

    /** @return the content of a file inside the guest, decoded as UTF-8 */
    public String readFile(String guestPath) {
        try {
            return new String(Files.readAllBytes(hostPath(guestPath)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TestHostException("cannot read " + guestPath + " in " + name + ": " + e, e);
        }
    }

    /** @return whether the path exists inside the guest (following symbolic links) */
    public boolean exists(String guestPath) {
        return Files.exists(hostPath(guestPath));
    }

    /**
     * @return where a guest path is on the build machine right now: in the root directory before boot, under
     *     {@code /proc/GUESTPID/root} while running. Valid only until the host stops.
     */
    public Path hostPath(String guestPath) {
        return GuestFiles.resolve(base(), guestPath, true);
    }

    private Path base() {
        Phase now = phase;
        if (now == Phase.CREATED) {
            return root;
        }
        if (now == Phase.RUNNING) {
            return Path.of("/proc", Long.toString(guestPid.pid()), "root");
        }
        throw new IllegalStateException("test host " + name + " is " + now.name().toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ diagnostics

    /** @return the guest's journal of this boot ({@code journalctl -b --no-pager}) */
    public String journal() {
        ExecResult journal = exec(Duration.ofSeconds(30), "journalctl", "-b", "--no-pager", "-o", "short-precise");
        return journal.succeeded() ? journal.stdout() : journal.describe();
    }

    /** @return {@code systemctl --failed}: one line per failed unit, empty when none failed */
    public String failedUnits() {
        return exec(Duration.ofSeconds(10), "systemctl", "--failed", "--no-pager", "--no-legend", "--plain").stdout();
    }

    /** @return what nspawn and the guest's console printed so far */
    public String console() {
        try {
            return Files.exists(console) ? new String(Files.readAllBytes(console), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read the console: " + e.getMessage() + ")";
        }
    }

    /**
     * A report for a failed test: name, pids, state, failed units, the end of the journal and the console.
     * Never throws; parts that cannot be had say why.
     */
    public String diagnostics() {
        StringBuilder out = new StringBuilder("==== test host " + name + " (root " + root + ", nspawn pid "
                + nspawnPid() + ", guest pid " + guestPid + ", " + phase.name().toLowerCase(Locale.ROOT) + ")\n");
        boolean guestAlive = guestPid != null && guestPid.alive() && phase != Phase.CLOSED;
        if (guestAlive) {
            out.append("---- systemctl is-system-running: ").append(attempt(() -> nsenter(List.of("systemctl",
                    "is-system-running"), DIAGNOSTICS_TIMEOUT, Map.of()).out())).append('\n');
            out.append("---- systemctl --failed\n").append(attempt(() -> nsenter(List.of("systemctl", "--failed",
                    "--no-pager", "--no-legend", "--plain"), DIAGNOSTICS_TIMEOUT, Map.of()).stdout()));
            out.append("---- journalctl -b (last ").append(JOURNAL_LINES_IN_DIAGNOSTICS).append(" lines)\n")
                    .append(attempt(() -> nsenter(List.of("journalctl", "-b", "--no-pager", "-o", "short-precise",
                            "-n", Integer.toString(JOURNAL_LINES_IN_DIAGNOSTICS)), DIAGNOSTICS_TIMEOUT, Map.of())
                            .stdout()));
        } else {
            out.append("---- the guest is not running: no journal\n");
        }
        out.append("---- console (last 60 lines)\n").append(tail(console(), 60));
        return out.toString();
    }

    private static String attempt(java.util.function.Supplier<String> part) {
        boolean interrupted = Thread.interrupted();
        try {
            return part.get();
        } catch (RuntimeException e) {
            return "(unavailable: " + e.getMessage() + ")\n";
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n", -1);
        int from = Math.max(0, all.length - lines - 1);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }

    // ------------------------------------------------------------------ accessors

    /** @return the unique machine name, {@code stead-} and 12 hex digits; also the guest's host name */
    public String name() {
        return name;
    }

    /** @return the guest's root directory on the build machine (removed on close) */
    public Path root() {
        return root;
    }

    /** @return the directory holding the root and the console log (removed on close) */
    public Path directory() {
        return directory;
    }

    /** @return what {@code is-system-running} said when boot finished: {@code running} or {@code degraded} */
    public String bootState() {
        return bootState;
    }

    /** @return from starting nspawn to {@code running}/{@code degraded} */
    public Duration bootTime() {
        return bootTime;
    }

    /** @return the pid of {@code systemd-nspawn}, or -1 before boot */
    public long nspawnPid() {
        return nspawn == null ? -1 : nspawn.pid();
    }

    /** @return the pid (in the build machine's namespace) of the guest's systemd, or -1 before boot */
    public long guestPid() {
        return guestPid == null ? -1 : guestPid.pid();
    }

    /** @return the cgroup directories the guest was started in (removed on close) */
    public List<Path> cgroupDirectories() {
        return cgroups.dirs(name);
    }

    /** @return after close: whether the guest powered off on SIGTERM, without being killed */
    public boolean stoppedCleanly() {
        return stoppedCleanly;
    }

    /** @return true until {@link #close()} */
    public boolean isOpen() {
        return phase != Phase.CLOSED;
    }

    @Override
    public String toString() {
        return "TestHost[" + name + ", " + phase.name().toLowerCase(Locale.ROOT) + "]";
    }

    private void requirePhase(Phase expected) {
        if (phase != expected) {
            throw new IllegalStateException("test host " + name + " is " + phase.name().toLowerCase(Locale.ROOT) + ", not "
                    + expected.name().toLowerCase(Locale.ROOT));
        }
    }

    // ------------------------------------------------------------------ teardown

    /**
     * Stops the guest and removes everything it left: SIGTERM to nspawn (a clean power-off) and a bounded
     * wait; then SIGKILL to the guest's PID 1 (which ends its whole PID namespace; killing nspawn alone
     * would leave the guest running) and to nspawn; then any process still in its cgroups; then the
     * cgroups, {@code /run/systemd/nspawn/propagate/NAME} and the directory with the root. Every step runs
     * even when an earlier one failed.
     *
     * @throws TestHostException listing whatever could not be removed
     */
    @Override
    public void close() {
        List<String> problems = tearDown();
        if (!problems.isEmpty()) {
            throw new TestHostException("test host " + name + " left things behind: " + String.join("; ", problems));
        }
    }

    private void closeAfterFailure(Throwable failure) {
        List<String> problems = tearDown();
        if (!problems.isEmpty()) {
            failure.addSuppressed(new TestHostException("teardown of " + name + ": " + String.join("; ", problems)));
        }
    }

    private void closeFromShutdownHook() {
        tearDown();
    }

    private synchronized List<String> tearDown() {
        if (phase == Phase.CLOSED) {
            return List.of();
        }
        phase = Phase.CLOSED;
        boolean interrupted = Thread.interrupted();
        List<String> problems = new ArrayList<>();
        try {
            step(problems, () -> {
                if (nspawn != null) {
                    stoppedCleanly = nspawn.stop(options.stopTimeout, problems);
                }
            });
            step(problems, () -> problems.addAll(Cleanup.killCgroupProcesses(cgroups, name, Duration.ofSeconds(5))));
            step(problems, () -> problems.addAll(Cleanup.removeCgroups(cgroups, name, Duration.ofSeconds(2))));
            step(problems, () -> problems.addAll(Cleanup.removePropagateDirectory(name)));
            if (problems.isEmpty()) {
                step(problems, () -> problems.addAll(Cleanup.removeImageLock(root)));
            }
            if (problems.isEmpty()) {
                step(problems, () -> problems.addAll(Cleanup.deleteTree(directory)));
            } else {
                // the next harness after this JVM removes it (StaleHosts)
                problems.add("kept " + directory + " because the guest may still use it");
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: this is the hook, or it will find the host closed
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return problems;
    }

    private static void step(List<String> problems, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            problems.add("teardown step failed: " + e);
            Thread.interrupted(); // an interrupt must not cut the remaining steps short
        }
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace(":", "\\:");
    }

    // ------------------------------------------------------------------ builder

    /** A bind mount from the build machine into the guest. */
    private record Bind(Path source, String target, boolean readOnly) {
    }

    /**
     * What a test host looks like. Obtain one from {@link TestHost#builder()} or, better,
     * {@link TestHosts#builder()}. Not thread-safe; a builder may create several hosts.
     */
    public static final class Builder {
        private final TestHosts owner;
        private final List<Bind> binds = new ArrayList<>();
        private final Set<String> masks = new LinkedHashSet<>();
        private final List<String> nspawnArguments = new ArrayList<>();
        private boolean sshd;
        private Duration bootTimeout = Duration.ofSeconds(30);
        private Duration stopTimeout = Duration.ofSeconds(10);
        private Duration execTimeout = Duration.ofSeconds(30);

        Builder(TestHosts owner) {
            this.owner = owner;
        }

        /** Binds a directory or file of the build machine read-only at the same path in the guest. */
        public Builder bindReadOnly(Path hostPath) {
            Path absolute = hostPath.toAbsolutePath().normalize();
            return bindReadOnly(absolute, absolute.toString());
        }

        /** Binds a directory or file of the build machine read-only at {@code guestPath}. */
        public Builder bindReadOnly(Path hostPath, String guestPath) {
            binds.add(new Bind(hostPath.toAbsolutePath().normalize(), guestPath, true));
            return this;
        }

        /** Binds a directory or file of the build machine read-write at {@code guestPath}. */
        public Builder bind(Path hostPath, String guestPath) {
            binds.add(new Bind(hostPath.toAbsolutePath().normalize(), guestPath, false));
            return this;
        }

        /**
         * Binds the Stead source tree with every module's build output ({@code cli/target/modules} holds the
         * CLI's module path) read-only at the same path, from the {@code stead.root} system property that
         * the integration-tests POM sets. The JDK is visible anyway: it is in the machine's {@code /usr}.
         */
        public Builder bindSteadBuild() {
            String steadRoot = System.getProperty("stead.root");
            if (steadRoot == null) {
                throw new TestHostException("the system property stead.root is not set (Failsafe sets it to the"
                        + " repository root)");
            }
            try {
                return bindReadOnly(Path.of(steadRoot).toRealPath());
            } catch (IOException e) {
                throw new TestHostException("stead.root " + steadRoot + " does not exist", e);
            }
        }

        /**
         * Keeps Debian's {@code ssh.service} enabled and gives the guest fresh ed25519 and ECDSA host keys.
         * Without this, {@code ssh.service} is not started at boot: the guest shares the machine's network
         * and would take port 22. Configure the port (e.g. {@code /etc/ssh/sshd_config.d/*.conf}) before
         * boot.
         */
        public Builder sshd() {
            this.sshd = true;
            return this;
        }

        /**
         * Masks units (a link to {@code /dev/null} in {@code /etc/systemd/system}) in addition to the
         * defaults: PostgreSQL, e2scrub_reap and every timer enabled on the machine.
         */
        public Builder mask(String... units) {
            masks.addAll(List.of(units));
            return this;
        }

        /** Passes an extra argument to {@code systemd-nspawn}, e.g. {@code --private-network}. */
        public Builder nspawnArgument(String argument) {
            nspawnArguments.add(argument);
            return this;
        }

        /** How long {@link TestHost#boot()} waits for running/degraded; default 30 s. */
        public Builder bootTimeout(Duration timeout) {
            this.bootTimeout = timeout;
            return this;
        }

        /** How long a clean power-off may take on close before the guest is killed; default 10 s. */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** The timeout of {@link TestHost#exec(String...)} and {@link TestHost#sh(String)}; default 30 s. */
        public Builder execTimeout(Duration timeout) {
            this.execTimeout = timeout;
            return this;
        }

        /**
         * Builds the root but does not boot it, so that files can be written first.
         *
         * @throws TestHostException when the machine cannot run test hosts (one sentence) or the root cannot
         *     be built
         */
        public TestHost create() {
            Builder snapshot = new Builder(owner);
            snapshot.binds.addAll(binds);
            snapshot.masks.addAll(masks);
            snapshot.nspawnArguments.addAll(nspawnArguments);
            snapshot.sshd = sshd;
            snapshot.bootTimeout = bootTimeout;
            snapshot.stopTimeout = stopTimeout;
            snapshot.execTimeout = execTimeout;
            return TestHost.create(snapshot);
        }

        /** {@link #create()} and {@link TestHost#boot()}. */
        public TestHost boot() {
            return create().boot();
        }
    }
}

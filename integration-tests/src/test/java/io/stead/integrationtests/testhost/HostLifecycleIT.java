package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Boot, coexistence and teardown: nothing may be left behind, however a host ends. */
@ExtendWith(TestHostExtension.class)
class HostLifecycleIT {

    @Test
    void teardownLeavesNothingBehind() {
        TestHost host = TestHost.builder().boot();
        Remains remains = Remains.of(host);
        assertTrue(remains.anyLeft(), "the guest runs: " + remains);

        long start = System.nanoTime();
        host.close();
        Duration stop = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(host.stoppedCleanly(), "SIGTERM powers the guest off");
        assertTrue(stop.compareTo(Duration.ofSeconds(8)) < 0, "stopping took " + stop);
        remains.assertNoneLeft();
        host.close(); // idempotent
        assertThrows(IllegalStateException.class, () -> host.exec("true"));
    }

    @Test
    void aGuestThatDoesNotStopInTimeIsKilledAndStillLeavesNothing() {
        TestHost host = TestHost.builder().stopTimeout(Duration.ZERO).boot();
        Remains remains = Remains.of(host);
        host.close();
        assertFalse(host.stoppedCleanly());
        remains.assertNoneLeft();
    }

    @Test
    void aKilledNspawnDoesNotLeaveItsGuestRunning() {
        TestHost host = TestHost.builder().boot();
        Remains remains = Remains.of(host);
        ProcessHandle.of(host.nspawnPid()).orElseThrow().destroyForcibly();
        host.close();
        remains.assertNoneLeft();
    }

    @Test
    void twoHostsRunSideBySide(TestHosts hosts) {
        TestHost first = hosts.boot();
        TestHost second = hosts.boot();
        assertNotEquals(first.name(), second.name());
        assertNotEquals(first.cgroupDirectories(), second.cgroupDirectories());
        assertEquals("running", first.systemState());
        assertEquals("running", second.systemState());
        assertEquals(second.name(), second.exec("hostname").out());

        first.writeFile("/etc/only-in-first", "1");
        assertFalse(second.exists("/etc/only-in-first"));
        assertNotEquals(first.exec("cat", "/etc/machine-id").out(), second.exec("cat", "/etc/machine-id").out());

        Remains firstRemains = Remains.of(first);
        first.close();
        firstRemains.assertNoneLeft();
        assertEquals("running", second.systemState(), "stopping one leaves the other alone");
    }

    @Test
    void aHostThatDoesNotBootInTimeFailsAndLeavesNothing() {
        TestHost.Builder builder = TestHost.builder().bootTimeout(Duration.ofMillis(1));
        TestHost host = builder.create();
        Remains remains = Remains.of(host);
        TestHostException failure = assertThrows(TestHostException.class, host::boot);
        assertTrue(failure.getMessage().contains("did not boot"), failure::getMessage);
        assertTrue(failure.getMessage().contains("==== test host " + host.name()), failure::getMessage);
        assertFalse(host.isOpen());
        remains.assertNoneLeft();
    }

    @Test
    void filesWrittenBeforeBootAreThereAfterIt() {
        try (TestHost host = TestHost.builder().create()) {
            assertTrue(host.exists("/etc/os-release"));
            assertFalse(Files.isSymbolicLink(host.root().resolve("etc/os-release")));
            assertEquals("", host.readFile("/etc/machine-id"));
            assertFalse(host.exists("/etc/hostname"));
            assertEquals(Path.of("/dev/null"), readLink(host.root().resolve("etc/systemd/system/apt-daily.timer")));
            host.writeFile("/etc/systemd/system/stead-before-boot.service", """
                    [Service]
                    Type=oneshot
                    RemainAfterExit=yes
                    ExecStart=/bin/true
                    [Install]
                    WantedBy=multi-user.target
                    """);
            host.writeFile("/etc/systemd/system/multi-user.target.wants/.keep", "");
            assertTrue(host.root().resolve("etc/systemd/system/stead-before-boot.service").toFile().isFile());
            host.boot();
            host.exec("systemctl", "enable", "--now", "stead-before-boot.service").assertSuccess();
            assertEquals("active", host.exec("systemctl", "is-active", "stead-before-boot.service").out());
        }
    }

    private static Path readLink(Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What a host has on the machine while it runs. */
    record Remains(String name, long nspawnPid, long guestPid, List<Path> cgroups, Path directory,
                   Optional<Path> imageLock) {
        static Remains of(TestHost host) {
            return new Remains(host.name(), host.nspawnPid(), host.guestPid(), host.cgroupDirectories(),
                    host.directory(), Cleanup.imageLock(host.root()));
        }

        boolean anyLeft() {
            return alive(nspawnPid) || alive(guestPid) || cgroups.stream().anyMatch(Files::exists)
                    || Files.exists(directory);
        }

        void assertNoneLeft() {
            assertFalse(alive(nspawnPid), "nspawn " + nspawnPid + " is gone");
            assertFalse(alive(guestPid), "the guest's systemd " + guestPid + " is gone");
            cgroups.forEach(cgroup -> assertFalse(Files.exists(cgroup), cgroup + " is removed"));
            assertFalse(Files.exists(directory), directory + " is removed");
            assertFalse(Files.exists(Path.of("/run/systemd/nspawn/propagate", name)), "propagate dir removed");
            imageLock.ifPresent(lock -> assertFalse(Files.exists(lock), lock + " is removed"));
            assertEquals(List.of(), Cleanup.mountsUnder(directory), "nothing is mounted");
            assertEquals("", processesMentioning(name), "no process mentions " + name);
        }

        private static boolean alive(long pid) {
            return pid > 0 && Procs.of(pid).map(Procs.Pid::alive).orElse(false);
        }

        private static String processesMentioning(String name) {
            ExecResult pgrep = Commands.run(Duration.ofSeconds(5), "pgrep", "-a", "-f", name);
            return pgrep.stdout().strip();
        }
    }
}

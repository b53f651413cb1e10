package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What {@link TestHostExtension} does when a test fails or times out: the failure carries the guest's
 * journal, and the host is gone afterwards. The fixtures run through their own JUnit launcher (static
 * nested classes are not picked up by Failsafe).
 */
class HostExtensionIT {
    private static final Pattern HOST = Pattern.compile("==== test host (stead-[0-9a-f]{12}) ");

    @Test
    void aFailingTestShowsTheGuestsJournalAndStillTearsDown() {
        Throwable failure = runFixture(FailingFixture.class);

        assertEquals("on purpose", failure.getMessage());
        String diagnostics = diagnostics(failure);
        assertTrue(diagnostics.contains("stead-fixture[") && diagnostics.contains("marker in the journal"), diagnostics);
        assertTrue(diagnostics.contains("---- systemctl --failed"), diagnostics);
        assertTrue(diagnostics.contains("broken.service"), "the failed unit is listed: " + diagnostics);
        assertHostGone(diagnostics);
    }

    @Test
    void aTestThatTimesOutStillTearsDown() {
        long start = System.nanoTime();
        Throwable failure = runFixture(TimingOutFixture.class);

        assertInstanceOf(TimeoutException.class, failure, () -> describe(failure));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
        String diagnostics = diagnostics(failure);
        assertTrue(diagnostics.contains("systemctl is-system-running: running"), diagnostics);
        assertHostGone(diagnostics);
    }

    @Test
    void hostsOfAPassingTestAreClosedToo() {
        assertEquals(null, runFixture(PassingFixture.class));
        // the fixture wrote its host's directory into the file system for us to find
        assertTrue(PassingFixture.RECORD.toFile().exists());
        try {
            Path directory = Path.of(Files.readString(PassingFixture.RECORD).strip());
            assertFalse(Files.exists(directory), directory + " is removed");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            PassingFixture.RECORD.toFile().delete();
        }
    }

    private static void assertHostGone(String diagnostics) {
        Matcher name = HOST.matcher(diagnostics);
        assertTrue(name.find(), diagnostics);
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), name.group(1));
        assertFalse(Files.exists(directory), directory + " is removed");
        for (Path cgroup : Cgroups.detect().dirs(name.group(1))) {
            assertFalse(Files.exists(cgroup), cgroup + " is removed");
        }
        assertEquals("", Commands.run(Duration.ofSeconds(5), "pgrep", "-a", "-f", name.group(1)).out());
    }

    private static String diagnostics(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof TestHostExtension.TestHostDiagnostics) {
                all.append(suppressed.getMessage());
            }
        }
        assertFalse(all.isEmpty(), () -> "no diagnostics attached to " + describe(failure));
        return all.toString();
    }

    private static String describe(Throwable failure) {
        return failure + " suppressed " + Arrays.toString(failure.getSuppressed());
    }

    /** @return the one test's failure, or null when it passed */
    private static Throwable runFixture(Class<?> fixture) {
        List<TestExecutionResult> results = new ArrayList<>();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(fixture)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            results.add(result);
                        }
                    }
                });
        assertEquals(1, results.size(), () -> "one result: " + results);
        return results.get(0).getThrowable().orElse(null);
    }

    @ExtendWith(TestHostExtension.class)
    static class FailingFixture {
        @Test
        void fails(TestHosts hosts) {
            TestHost host = hosts.boot();
            host.exec("logger", "-t", "stead-fixture", "marker in the journal").assertSuccess();
            host.writeFile("/etc/systemd/system/broken.service", "[Service]\nExecStart=/bin/false\n");
            host.exec("systemctl", "daemon-reload").assertSuccess();
            host.exec("systemctl", "start", "broken.service");
            fail("on purpose");
        }
    }

    @ExtendWith(TestHostExtension.class)
    static class TimingOutFixture {
        private TestHost host;

        @BeforeEach
        void boot(TestHosts hosts) {
            host = hosts.boot();
        }

        @Test
        @Timeout(1)
        void hangs() {
            host.exec(Duration.ofMinutes(5), "sleep", "300");
        }
    }

    @ExtendWith(TestHostExtension.class)
    static class PassingFixture {
        static final Path RECORD = Path.of(System.getProperty("java.io.tmpdir"),
                "stead-testhost-passing-fixture-" + ProcessHandle.current().pid());

        @Test
        void passes(TestHosts hosts) throws java.io.IOException {
            TestHost host = hosts.boot();
            Files.writeString(RECORD, host.directory().toString());
        }
    }
}

package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosts of a JVM that ends without closing them: the shutdown hook on SIGTERM, the next harness after
 * SIGKILL. And a JVM that is not root: one sentence saying why, no host.
 */
class OtherJvmIT {
    @TempDir
    Path tmp;

    @Test
    void aJvmEndedBySigtermTearsItsHostsDownInItsShutdownHook() throws Exception {
        Process jvm = HostInAnotherJvm.start(List.of(), System.getProperty("java.class.path"), tmp.resolve("r"));
        HostLifecycleIT.Remains remains = remains(HostInAnotherJvm.awaitRecord(jvm, tmp.resolve("r"),
                Duration.ofSeconds(60)));
        assertTrue(remains.anyLeft());
        jvm.destroy(); // SIGTERM
        assertTrue(jvm.waitFor(30, TimeUnit.SECONDS), "the JVM exits once its hook is done");
        remains.assertNoneLeft();
    }

    @Test
    void aHostOfAJvmKilledBySigkillIsReapedByTheNextHarness() throws Exception {
        Process jvm = HostInAnotherJvm.start(List.of(), System.getProperty("java.class.path"), tmp.resolve("r"));
        HostLifecycleIT.Remains remains = remains(HostInAnotherJvm.awaitRecord(jvm, tmp.resolve("r"),
                Duration.ofSeconds(60)));
        jvm.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(jvm.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Procs.of(remains.guestPid()).map(Procs.Pid::alive).orElse(false),
                "the guest outlives the JVM that booted it");

        TestHost.builder().create().close(); // every new host first reaps the hosts of dead JVMs
        remains.assertNoneLeft();
    }

    @Test
    void withoutRootTheTestsFailWithOneSentenceSayingWhy() throws Exception {
        // the harness's classes where user nobody can read them
        Path classes = Files.createDirectory(tmp.resolve("classes"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        StringBuilder classPath = new StringBuilder();
        for (Class<?> type : List.of(TestHost.class, HostInAnotherJvm.class)) {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path copy = classes.resolve(Integer.toString(classPath.length()));
            Commands.run(Duration.ofSeconds(30), "cp", "-r", location.toString(), copy.toString()).assertSuccess();
            Commands.run(Duration.ofSeconds(30), "chmod", "-R", "a+rX", copy.toString()).assertSuccess();
            classPath.append(classPath.length() == 0 ? "" : ":").append(copy);
        }
        Path record = tmp.resolve("r");
        Process jvm = HostInAnotherJvm.start(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "--"), classPath.toString(), record);
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
        String output = Files.readString(tmp.resolve("jvm.log"));
        assertEquals(1, jvm.exitValue(), output);
        assertFalse(Files.exists(record), "no host was booted");
        String expected = TestHostException.class.getName() + ": Test hosts cannot run here: the tests run as"
                + " uid 65534, but booting systemd-nspawn guests needs root.\n";
        assertTrue(output.contains(expected), output);
    }

    private static HostLifecycleIT.Remains remains(List<String> record) {
        String name = record.get(0);
        Path directory = Path.of(record.get(1));
        return new HostLifecycleIT.Remains(name, Long.parseLong(record.get(2)), Long.parseLong(record.get(3)),
                Cgroups.detect().dirs(name), directory, Cleanup.imageLock(directory.resolve("root")));
    }
}

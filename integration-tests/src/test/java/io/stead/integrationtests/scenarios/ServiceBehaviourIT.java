package io.stead.integrationtests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.ExecResult;
import io.stead.integrationtests.testhost.FreePorts;
import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.TestHostExtension;
import io.stead.integrationtests.testhost.TestHosts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4 (issue 6): services built from Stead's service options behave as systemd documents once the
 * tree is installed: a {@code script} runs as the service, a failing command ends it ({@code set -e}), a
 * {@code startAt} timer starts its service on schedule, and a socket with {@code Accept=} starts a service
 * instance for each connection, which answers it. One host for the class; each test uses its own units.
 */
@ExtendWith(TestHostExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceBehaviourIT {
    private BuiltTree tree;
    private TestHost host;
    private int greeterPort;

    @BeforeAll
    void buildAndInstall(TestHosts hosts, @TempDir Path dir) {
        greeterPort = FreePorts.tcp();
        Path portFile = ScenarioFiles.write(dir, "greeter-port.yaml",
                "systemd.sockets.greeter.listenStreams: [\"127.0.0.1:" + greeterPort + "\"]\n");
        tree = SteadCli.build(dir.resolve("tree"), ScenarioFiles.resource(dir, "service-behaviour.yaml"), portFile);
        host = hosts.builder().boot();
        PlainCopyInstall.install(host, tree);
    }

    @Test
    void everyUnitLoadsVerifiesCleanAndWhatTheTreeWantsIsUp() {
        assertEquals(List.of("getty@tty3.service", "getty@verify.service", "greeter.socket", "greeter@verify.service",
                "stop-on-error.service", "tick.service", "tick.timer", "write-file.service"), tree.units());
        assertEquals(List.of("greeter.socket", "tick.timer"), tree.wantedUnits());
        GuestUnits.assertTreeComesUp(host, tree, Duration.ofSeconds(10));
    }

    @Test
    void aScriptRunsAsTheServiceWithItsEnvironment() {
        startWriteFileOnce();

        assertEquals("hello from a Stead script\n", host.readFile("/var/lib/stead-scenario/written"));
        assertEquals(Map.of("Result", "success", "ActiveState", "inactive"),
                GuestUnits.show(host, "write-file.service", "Result", "ActiveState"));
    }

    /**
     * {@code environment} holds the variables as the service's processes see them: no character may be
     * taken for unit-file syntax (quotes, backslashes, {@code $}, or {@code %}, which systemd expands as a
     * specifier in {@code Environment=}, {@code %n} to the unit's name).
     */
    @Test
    void environmentValuesReachTheServiceVerbatim() {
        startWriteFileOnce();

        assertEquals("say \"hi\" \\o/ to $USER, 100%n sure\n", host.readFile("/var/lib/stead-scenario/verbatim"),
                () -> "VERBATIM as write-file.service saw it; the unit says: " + GuestUnits.show(host,
                        "write-file.service", "Environment").get("Environment"));
    }

    /**
     * An instance customised beside its template keeps the template's settings too: its own
     * overrides.conf would hide the template's, so the build writes both in it.
     */
    @Test
    void anInstanceCustomisedBesideItsTemplateHasBothSettings() {
        assertEquals("FROM_TEMPLATE=1 FROM_INSTANCE=1",
                GuestUnits.show(host, "getty@tty3.service", "Environment").get("Environment"));
        assertEquals("FROM_TEMPLATE=1", GuestUnits.show(host, "getty@tty4.service", "Environment").get("Environment"));
    }

    /** write-file.service is wanted by nothing: it runs when a test starts it. */
    private synchronized void startWriteFileOnce() {
        if (!host.exists("/var/lib/stead-scenario/written")) {
            host.exec("systemctl", "start", "write-file.service").assertSuccess();
        }
    }

    @Test
    void aFailingCommandEndsTheScriptAndFailsTheService() {
        ExecResult start = host.exec("systemctl", "start", "stop-on-error.service");
        try {
            assertNotEquals(0, start.exitCode(), start::describe);
            assertEquals(Map.of("Result", "exit-code", "ExecMainStatus", "1", "ActiveState", "failed"),
                    GuestUnits.show(host, "stop-on-error.service", "Result", "ExecMainStatus", "ActiveState"));
            assertFalse(host.exists("/var/lib/stead-scenario/after-false"), "nothing after the failing command ran");
        } finally {
            // the other tests of this host require no failed units
            host.exec("systemctl", "reset-failed", "stop-on-error.service").assertSuccess();
        }
    }

    @Test
    void theTimerStartsItsServiceEveryFiveSeconds() {
        GuestUnits.awaitUp(host, "tick.timer", Duration.ofSeconds(5));
        assertEquals("tick.service", GuestUnits.show(host, "tick.timer", "Triggers").get("Triggers"));

        List<Double> runs = awaitTicks(2, Duration.ofSeconds(20));

        double interval = runs.get(1) - runs.get(0);
        // OnCalendar=*:*:0/5 with AccuracySec=1s: five seconds apart, give or take the accuracy
        assertTrue(interval > 3.5 && interval < 6.5, () -> "runs " + runs + " are " + interval + " s apart");
        assertEquals("success", GuestUnits.show(host, "tick.service", "Result").get("Result"));
    }

    @Test
    void theSocketStartsOneServiceInstancePerConnectionWhichAnswersIt() throws IOException {
        GuestUnits.awaitUp(host, "greeter.socket", Duration.ofSeconds(5));
        assertEquals("", greeterInstances(), "no instance runs before the first connection");
        assertEquals("0", GuestUnits.show(host, "greeter.socket", "NAccepted").get("NAccepted"));

        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), greeterPort), 5000);
            socket.setSoTimeout(10_000);
            String running = awaitGreeterInstance(Duration.ofSeconds(10));
            assertTrue(running.matches("greeter@\\d+-127\\.0\\.0\\.1:" + greeterPort + "-127\\.0\\.0\\.1:\\d+\\.service"
                    + " loaded active running Greets one connection .*"), running);

            OutputStream out = socket.getOutputStream();
            out.write("stead\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("hello stead", in.readLine());
            assertNull(in.readLine(), "the instance closes the connection when its script ends");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!greeterInstances().isEmpty() && System.nanoTime() < deadline) {
            GuestUnits.sleep(Duration.ofMillis(100));
        }
        assertEquals("", greeterInstances(), "the instance is gone once it has answered");
        assertEquals(Map.of("NAccepted", "1", "NConnections", "0", "ActiveState", "active"),
                GuestUnits.show(host, "greeter.socket", "NAccepted", "NConnections", "ActiveState"));
    }

    /** @return the loaded {@code greeter@...} instances, one line each: unit, load, active, sub, description */
    private String greeterInstances() {
        return host.exec("systemctl", "list-units", "--all", "--no-legend", "--plain", "--no-pager", "greeter@*")
                .assertSuccess().out().replaceAll(" +", " ");
    }

    private String awaitGreeterInstance(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String instances;
        while ((instances = greeterInstances()).isEmpty() || !instances.contains(" running ")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no greeter@ instance runs " + timeout.toSeconds()
                        + " s after the connection: " + instances);
            }
            GuestUnits.sleep(Duration.ofMillis(100));
        }
        return instances;
    }

    /** @return the times (seconds since the epoch) of the first {@code count} runs of tick.service */
    private List<Double> awaitTicks(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Double> runs = host.exists("/run/stead-tick")
                    ? host.readFile("/run/stead-tick").lines().map(Double::parseDouble).toList() : List.of();
            if (runs.size() >= count) {
                return runs.subList(0, count);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("tick.service ran " + runs.size() + " times in " + timeout.toSeconds()
                        + " s, expected " + count + "\n" + host.exec("systemctl", "status", "--no-pager", "--full",
                        "tick.timer", "tick.service").stdout());
            }
            GuestUnits.sleep(Duration.ofMillis(200));
        }
    }
}

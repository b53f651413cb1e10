package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.TestHost;
import io.stead.integrationtests.testhost.UnitVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the guest's systemd says about units, through real {@code systemctl}, and assertions on it. */
final class GuestUnits {
    private static final Duration POLL = Duration.ofMillis(100);

    private GuestUnits() {
    }

    /** @return the properties, by name, that {@code systemctl show -p P1 -p P2 ... UNIT} prints */
    static Map<String, String> show(TestHost host, String unit, String... properties) {
        List<String> command = new ArrayList<>(List.of("systemctl", "show"));
        for (String property : properties) {
            command.addAll(List.of("-p", property));
        }
        command.add(unit);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : host.exec(command, Duration.ofSeconds(10), Map.of()).assertSuccess().stdout().split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    /**
     * Every unit must be loaded without error: {@code LoadState=loaded} and no {@code LoadError}. (systemd
     * loads a unit with unknown keys all the same; {@code systemd-analyze verify} is what finds those.)
     */
    static void assertLoaded(TestHost host, List<String> units) {
        List<String> problems = new ArrayList<>();
        for (String unit : units) {
            Map<String, String> state = show(host, unit, "LoadState", "LoadError", "FragmentPath", "DropInPaths");
            String error = state.getOrDefault("LoadError", "");
            if (!state.get("LoadState").equals("loaded") || !error.isEmpty()) {
                problems.add(unit + ": " + state);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("units not loaded cleanly:\n  " + String.join("\n  ", problems));
        }
    }

    /** No unit of the guest may have failed ({@code systemctl list-units --failed}). */
    static void assertNoneFailed(TestHost host) {
        String failed = host.exec("systemctl", "list-units", "--failed", "--no-legend", "--plain", "--no-pager").out();
        if (!failed.isEmpty()) {
            StringBuilder status = new StringBuilder();
            for (String line : failed.split("\n")) {
                status.append(host.exec("systemctl", "status", "--no-pager", "--full", "-n", "20",
                        line.split("\\s+")[0]).stdout()).append('\n');
            }
            throw new AssertionError("failed units in the guest:\n" + failed + "\n" + status);
        }
    }

    /**
     * Waits until a unit is up: {@code active}, or, for a oneshot service without {@code RemainAfterExit=},
     * run to success (systemd makes such a unit inactive again once its command exits).
     *
     * @throws AssertionError with the unit's status when it is not up in time
     */
    static void awaitUp(TestHost host, String unit, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, String> state = show(host, unit, "ActiveState", "Type", "RemainAfterExit", "Result",
                    "ExecMainExitTimestampMonotonic");
            boolean active = state.get("ActiveState").equals("active");
            boolean oneshotDone = state.get("ActiveState").equals("inactive")
                    && "oneshot".equals(state.get("Type")) && "no".equals(state.get("RemainAfterExit"))
                    && "success".equals(state.get("Result"))
                    && !"0".equals(state.getOrDefault("ExecMainExitTimestampMonotonic", "0"));
            if (active || oneshotDone) {
                return;
            }
            if (System.nanoTime() > deadline || state.get("ActiveState").equals("failed")) {
                throw new AssertionError(unit + " is not up after " + timeout.toSeconds() + " s: " + state + "\n"
                        + host.exec("systemctl", "status", "--no-pager", "--full", "-n", "30", unit).stdout());
            }
            sleep(POLL);
        }
    }

    /**
     * What issue 6 asks of every installed tree: each of its units loaded without error and clean in
     * {@code systemd-analyze verify} (run in the guest, where its scripts are), each unit it links into a
     * {@code .wants/} or {@code .requires/} directory up within {@code timeout}, and no failed unit.
     */
    static void assertTreeComesUp(TestHost host, BuiltTree tree, Duration timeout) {
        assertLoaded(host, tree.units());
        UnitVerifier.verifyInstalled(host, tree.dir()).assertClean();
        for (String unit : tree.wantedUnits()) {
            awaitUp(host, unit, timeout);
        }
        assertNoneFailed(host);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

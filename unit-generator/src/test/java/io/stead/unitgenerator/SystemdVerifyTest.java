package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.SystemTree;
import io.stead.testkit.systemd.Processes;
import io.stead.testkit.systemd.SystemdVerify;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unit and drop-in of the golden configurations, and of a generated configuration with
 * hundreds of services, passes {@code systemd-analyze verify} (systemd 252) with no output at
 * all: verify exits 0 on warnings, so its output is what is checked.
 */
class SystemdVerifyTest {
    @TempDir
    Path temp;

    /** @return the golden cases that build units (the others write only /etc files) */
    static List<String> cases() {
        return GoldenCases.names().stream().filter(name -> !SystemdVerify.unitsOf(build(name)).isEmpty()).toList();
    }

    private static SystemTree build(String name) {
        return new SystemTreeBuilder().build(BaseModules.evaluate(GoldenCases.configuration(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenConfigurationsVerifyClean(String name) {
        assertVerifiesClean(build(name));
    }

    @Test
    void hundredsOfServicesVerifyClean() {
        Map<String, Object> config = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            String name = String.format("svc%03d", i);
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("description", "Generated service " + i);
            service.put("wantedBy", List.of("multi-user.target"));
            service.put("after", i == 0 ? List.of("network.target") : List.of(String.format("svc%03d.service", i - 1)));
            service.put("environment", Map.of("INDEX", String.valueOf(i)));
            if (i % 10 == 0) {
                service.put("startAt", "daily");
                service.put("script", "echo service " + i);
                service.put("serviceConfig", Map.of("Type", "oneshot"));
            } else if (i % 3 == 0) {
                service.put("script", "echo service " + i);
            } else {
                service.put("serviceConfig", Map.of("ExecStart", "/usr/bin/sleep infinity", "Restart", "always"));
            }
            if (i % 7 == 0) {
                config.put("systemd.sockets." + name, Map.of("listenStreams", List.of("/run/" + name + ".sock"),
                        "wantedBy", List.of("sockets.target")));
            }
            config.put("systemd.services." + name, service);
        }
        SystemTree tree = new SystemTreeBuilder().build(BaseModules.evaluate(config));
        List<String> units = SystemdVerify.unitsOf(tree);
        assertEquals(300 + 43 + 30, units.size(), "services, sockets and startAt timers");
        assertVerifiesClean(tree);
    }

    @Test
    void theHarnessSeesWhatSystemdWarnsAbout() {
        SystemTree tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.web.serviceConfig", Map.of("ExecStart", "/usr/bin/true", "Bogus", "1"),
                "systemd.extraUnitKeys.Service", List.of("Bogus"))));
        WrittenTree written = new TreeWriter().write(tree, temp.resolve("tree"));
        Processes.Result result = SystemdVerify.verify(written.directory(), List.of("web.service"));
        assertTrue(result.output().contains("Unknown key 'Bogus' in section [Service], ignoring."), result.output());
    }

    private void assertVerifiesClean(SystemTree tree) {
        List<String> units = SystemdVerify.unitsOf(tree);
        assertFalse(units.isEmpty());
        WrittenTree written = new TreeWriter().write(tree, temp.resolve("tree"));
        Processes.Result result = SystemdVerify.verify(written.directory(), units);
        assertEquals("", result.output(), "systemd-analyze verify " + units);
        assertEquals(0, result.exitCode());
    }
}

package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.SystemTree;
import io.stead.testkit.systemd.Processes;
import io.stead.testkit.systemd.SystemdVerify;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    /**
     * Each build check of a unit's values stands for a warning of systemd's: here systemd reads
     * the line the build would have written, and warns; the build refuses the configuration.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void theBuildRefusesWhatSystemdWarnsAbout(String name, Map<String, Object> config, String unit, String text,
                                              String warning) throws Exception {
        assertSystemdWarns(unit, text, warning);
        assertThrows(BuildException.class, () -> new SystemTreeBuilder().build(BaseModules.evaluate(config)));
    }

    /** systemd-analyze verify, given the unit's text as a file of its own, says the warning. */
    private void assertSystemdWarns(String unit, String text, String warning) throws Exception {
        Path units = temp.resolve("raw/etc/systemd/system");
        Files.createDirectories(units);
        Files.writeString(units.resolve(unit), text);
        Processes.Result result = SystemdVerify.verify(temp.resolve("raw"), List.of(unit));
        assertTrue(result.output().contains(warning), result.output());
    }

    static Stream<Arguments> refusals() {
        String service = "[Service]\nExecStart=/bin/true\n";
        return Stream.of(
                Arguments.of("a specifier systemd does not replace in a unit name",
                        Map.of("systemd.services.w", Map.of("script", "true", "after", List.of("db-%h.service"))),
                        "w.service", "[Unit]\nAfter=db-%h.service\n" + service, "Failed to resolve unit specifiers"),
                Arguments.of("a '%' in a unit name",
                        Map.of("systemd.services.w", Map.of("script", "true", "wants", List.of("100%%.service"))),
                        "w.service", "[Unit]\nWants=100%%.service\n" + service, "Failed to add dependency"),
                Arguments.of("a dependency on the unit itself",
                        Map.of("systemd.services.w", Map.of("script", "true", "after", List.of("w.service"))),
                        "w.service", "[Unit]\nAfter=w.service\n" + service, "Dependency After=w.service is dropped"),
                Arguments.of("Before= on a device",
                        Map.of("systemd.services.w", Map.of("script", "true", "before", List.of("dev-sda1.device"))),
                        "w.service", "[Unit]\nBefore=dev-sda1.device\n" + service, "cannot be delayed"),
                Arguments.of("a noncharacter", Map.of("systemd.services.w", Map.of("script", "true",
                                "description", "a\uFFFE")),
                        "w.service", "[Unit]\nDescription=a\uFFFE\n" + service, "not UTF-8 clean"),
                Arguments.of("an environment line of 1 MiB", Map.of("systemd.services.w", Map.of("script", "true",
                                "environment", Map.of("B", "x".repeat((1 << 20) - 5)))),
                        "w.service", service + "Environment=\"B=" + "x".repeat((1 << 20) - 5) + "\"\n", "w.service"),
                Arguments.of("a service without a command",
                        Map.of("systemd.services.w", Map.of("environment", Map.of("A", "1"))),
                        "w.service", "[Service]\nEnvironment=\"A=1\"\n", "Service has no ExecStart="),
                Arguments.of("two commands of a simple service",
                        Map.of("systemd.services.w.serviceConfig", Map.of("ExecStart", List.of("/bin/true", "/bin/true"))),
                        "w.service", service + "ExecStart=/bin/true\n", "more than one ExecStart="),
                Arguments.of("Restart=always of a oneshot service",
                        Map.of("systemd.services.w.serviceConfig", Map.of("Type", "oneshot", "ExecStart", "/bin/true",
                                "Restart", "always")),
                        "w.service", service + "Type=oneshot\nRestart=always\n", "Restart= set to either always"),
                Arguments.of("a documentation URL systemd does not take",
                        Map.of("systemd.services.w", Map.of("script", "true", "documentation", List.of("README"))),
                        "w.service", "[Unit]\nDocumentation=README\n" + service, "Invalid URL"),
                Arguments.of("a negative start limit",
                        Map.of("systemd.services.w", Map.of("script", "true", "startLimitBurst", -1)),
                        "w.service", "[Unit]\nStartLimitBurst=-1\n" + service, "Failed to parse"),
                Arguments.of("a mount point ending with white space",
                        Map.of("systemd.mounts.d", Map.of("what", "/dev/sdb1", "where", "/mnt/data ")),
                        "mnt-data\\x20.mount", "[Mount]\nWhat=/dev/sdb1\nWhere=/mnt/data \n",
                        "doesn't match unit name"),
                Arguments.of("a timer with nothing to elapse on",
                        Map.of("systemd.timers.t.timerConfig", Map.of("Persistent", true),
                                "systemd.services.t.script", "true"),
                        "t.timer", "[Timer]\nPersistent=true\n", "Timer unit lacks value setting"),
                Arguments.of("a timer whose events an empty OnCalendar= removed",
                        Map.of("systemd.timers.t.timerConfig", Map.of("OnCalendar", List.of("daily", "")),
                                "systemd.services.t.script", "true"),
                        "t.timer", "[Timer]\nOnCalendar=daily\nOnCalendar=\n", "Timer unit lacks value setting"),
                Arguments.of("a socket with nothing to listen on",
                        Map.of("systemd.sockets.s.wantedBy", List.of("sockets.target"),
                                "systemd.services.s.script", "true"),
                        "s.socket", "[Socket]\nBacklog=5\n", "Unit has no Listen setting"),
                Arguments.of("a path unit with no path to watch",
                        Map.of("systemd.paths.p.pathConfig", Map.of("MakeDirectory", true),
                                "systemd.services.p.script", "true"),
                        "p.path", "[Path]\nMakeDirectory=true\n", "Path unit lacks path setting"),
                Arguments.of("a required unit that is nowhere",
                        Map.of("systemd.services.w", Map.of("script", "true", "requires", List.of("nowhere.service"))),
                        "w.service", "[Unit]\nRequires=nowhere.service\n" + service, "Unit nowhere.service not found"),
                Arguments.of("a socket whose service is nowhere",
                        Map.of("systemd.sockets.s.listenStreams", List.of("/run/s.sock")),
                        "s.socket", "[Socket]\nListenStream=/run/s.sock\n", "service s.service not loaded"),
                Arguments.of("an accepting socket whose template service is nowhere",
                        Map.of("systemd.sockets.s", Map.of("listenStreams", List.of("/run/s.sock"),
                                "socketConfig", Map.of("Accept", true)),
                                "systemd.services.s.script", "true"),
                        "s.socket", "[Socket]\nListenStream=/run/s.sock\nAccept=yes\n",
                        "socket cannot be started"));
    }

    /**
     * A unit given as text is checked by the rules a unit of options is: each text here is what
     * systemd warns about, and the build refuses it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textRefusals")
    void theBuildRefusesUnitTextsSystemdWarnsAbout(String name, String unit, String text, String warning,
                                                   String problem) throws Exception {
        assertSystemdWarns(unit, text, warning);
        BuildException refused = assertThrows(BuildException.class, () -> new SystemTreeBuilder().build(
                BaseModules.evaluate(Map.of("systemd.units.\"" + unit + "\".text", text))));
        assertTrue(refused.getMessage().contains(problem), refused.getMessage());
    }

    static Stream<Arguments> textRefusals() {
        String service = "[Service]\nExecStart=/bin/true\n";
        return Stream.of(
                Arguments.of("a specifier systemd does not know in the description", "w.service",
                        "[Unit]\nDescription=at 100%z\n" + service, "Failed to resolve unit specifiers",
                        "line 2: '%z' is no systemd specifier"),
                Arguments.of("a dependency on the unit itself", "w.service",
                        "[Unit]\nAfter=network.target \\\n  w.service\n" + service, "Dependency After=w.service is dropped",
                        "line 2: 'w.service' is this unit itself"),
                Arguments.of("a specifier systemd does not replace in a unit name", "w.service",
                        "[Unit]\nWants=db-%Z.service\n" + service, "Failed to resolve unit specifiers",
                        "line 2: 'db-%Z.service': systemd replaces no '%Z'"),
                Arguments.of("a documentation URL systemd does not take", "w.service",
                        "[Unit]\nDocumentation=man:w(8) ftp://example.org\n" + service, "Invalid URL",
                        "line 2: 'ftp://example.org' is not a URL"),
                Arguments.of("a service without a command", "w.service", "[Service]\nType=simple\n",
                        "Service has no ExecStart=", "give its [Service] section an ExecStart="),
                Arguments.of("a command removed by an empty ExecStart=", "w.service",
                        service + "ExecStart=\n", "Service has no ExecStart=", "a service needs a command"),
                Arguments.of("two commands of a simple service", "w.service",
                        "[Service]\nExecStart=/bin/echo a ; /bin/echo b\n", "more than one ExecStart=",
                        "line 2: a service of Type=simple runs one ExecStart= command"),
                Arguments.of("Restart=always of a oneshot service", "w.service",
                        service + "Type=oneshot\nRestart=always\n", "Restart= set to either always",
                        "line 4: systemd refuses Restart=always"),
                Arguments.of("a D-Bus service without a name", "w.service", service + "Type=dbus\n",
                        "no D-Bus service name", "line 3: a service of Type=dbus needs a BusName="),
                Arguments.of("a calendar event systemd cannot read", "t.timer",
                        "[Timer]\nOnCalendar=every tuesday\n", "Failed to parse calendar specification",
                        "line 2: 'every tuesday' is not a calendar event"),
                Arguments.of("a timer triggering itself", "t.timer", "[Timer]\nOnCalendar=daily\nUnit=t.timer\n",
                        "Units cannot trigger themselves", "line 3: 't.timer' is this unit itself"),
                Arguments.of("a timer with nothing to elapse on", "t.timer", "[Timer]\nPersistent=true\n",
                        "Timer unit lacks value setting", "give its [Timer] section one"),
                Arguments.of("a socket whose ports an empty Listen setting removed", "s.socket",
                        "[Socket]\nListenStream=/run/s.sock\nListenDatagram=\n", "Unit has no Listen setting",
                        "a socket needs something to listen on"),
                Arguments.of("a path unit with no path to watch", "p.path", "[Path]\nMakeDirectory=yes\n",
                        "Path unit lacks path setting", "a path unit needs a path to watch"),
                Arguments.of("a unit bound to one that is nowhere", "w.service",
                        "[Unit]\nBindsTo=nowhere.target\n" + service, "Unit nowhere.target not found",
                        "line 2: 'nowhere.target': BindsTo= names a unit that neither this configuration nor the"
                                + " target has"),
                Arguments.of("a socket starting a service that is nowhere", "s.socket",
                        "[Socket]\nListenStream=/run/s.sock\nService=nowhere.service\n", "not loaded",
                        "s.socket starts nowhere.service"),
                Arguments.of("a NUL character", "w.service", service + "Environment=A=1\0User=nobody\n",
                        "Special user nobody", "line 3: a NUL character ends a line"),
                Arguments.of("a carriage return", "w.service", service + "Environment=A=1\rUser=nobody\n",
                        "Special user nobody", "line 3: a carriage return (\\r) ends a line"),
                Arguments.of("a line of 1 MiB", "w.service", service + "Environment=B=" + "x".repeat(1 << 20) + "\n",
                        "w.service", "line 3: the line is longer than systemd reads"));
    }

    @Test
    void unitTextsAtTheEdgesOfTheChecksVerifyClean() {
        assertVerifiesClean(new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.units.\"ok.service\".text", "[Unit]\nDescription=fine 100%% \\\n  continued\n"
                        + "Documentation=file:/usr/share/doc/ok 'https://example.org/a'\nAfter=network.target\n"
                        + "[Service]\nExecStart=/bin/false\nExecStart=\nExecStart=/bin/sleep 1\r\n",
                "systemd.units.\"stop.service\".text", "[Service]\nExecStop=/bin/true\nRemainAfterExit=yes\n",
                "systemd.units.\"ok.timer\".text", "[Timer]\nOnCalendar=daily\nOnCalendar=\nOnClockChange=yes\n"
                        + "Unit=ok.service\n",
                "systemd.units.\"ok.socket\".text", "[Socket]\nListenDatagram=\nListenFIFO=/run/ok.fifo\n"
                        + "Service=ok.service\n",
                "systemd.units.\"ok.path\".text", "[Path]\nPathExists=\nDirectoryNotEmpty=/run/ok\nUnit=ok.service\n"
                        + "# a comment with a noncharacter \uFFFE\n"))));
    }

    @Test
    void whatTheBuildTakesAtTheEdgesOfItsChecksVerifiesClean() {
        assertVerifiesClean(new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.targets.app", Map.of(),
                "systemd.services.reset.serviceConfig", Map.of("ExecStart", List.of("/bin/false", "", "/bin/true")),
                "systemd.services.remain.serviceConfig", Map.of("ExecStop", "/bin/true", "RemainAfterExit", true),
                "systemd.services.act.unitConfig", Map.of("SuccessAction", "none", "Description", "x"),
                "systemd.services.act.serviceConfig", Map.of("ExecStart", "/bin/true"),
                "systemd.services.\"web@x\"", Map.of("script", "true", "wantedBy", List.of("app%i.target"),
                        "after", List.of("db@%i.service", "log-%H.service"),
                        "documentation", List.of("https://example.org/web", "file:/usr/share/doc/web", "info:web"),
                        "startLimitBurst", 0),
                "systemd.services.\"web@x\".serviceConfig", Map.of("Slice", "app-%j.slice")))));
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

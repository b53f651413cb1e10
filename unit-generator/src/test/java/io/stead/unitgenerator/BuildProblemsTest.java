package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.unitgenerator.testkit.BaseModules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the builder refuses, and how it says so: option path in quotes, and the fix. */
class BuildProblemsTest {

    private static BuildException failure(Map<String, ?> config) {
        return assertThrows(BuildException.class, () -> new SystemTreeBuilder().build(BaseModules.evaluate(config)));
    }

    @Test
    void refusesAnUnknownKeyNamingTheOptionAndTheClosestKey() {
        BuildException e = failure(Map.of("systemd.services.web.serviceConfig",
                Map.of("ExecStart", "/usr/bin/true", "EnvironmentFiles", "/etc/default/web")));
        assertEquals(List.of("'systemd.services.web.serviceConfig.EnvironmentFiles': systemd 252 knows no key "
                + "EnvironmentFiles= in section [Service]; did you mean 'EnvironmentFile'? If it is a key of a "
                + "newer systemd, add it to systemd.extraUnitKeys.Service; keys starting with X- are always "
                + "accepted."), e.problems());
    }

    @Test
    void checksUnitConfigAgainstTheUnitSection() {
        BuildException e = failure(Map.of("systemd.targets.web.unitConfig", Map.of("Descripton", "x")));
        assertTrue(e.getMessage().contains("'systemd.targets.web.unitConfig.Descripton'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'Description'?"), e.getMessage());
    }

    @Test
    void refusesAKeyOfAnotherSection() {
        BuildException e = failure(Map.of("systemd.sockets.web.socketConfig", Map.of("ExecStart", "/usr/bin/true")));
        assertTrue(e.getMessage().contains("knows no key ExecStart= in section [Socket]"), e.getMessage());
    }

    @Test
    void extraUnitKeysIsTheEscapeHatchForNewerKeys() {
        Map<String, Object> config = Map.of(
                "systemd.services.web.serviceConfig", Map.of("ExecStart", "/usr/bin/true", "MemoryZSwapMax", "1G"),
                "systemd.extraUnitKeys", Map.of("Service", List.of("MemoryZSwapMax")));
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(config));
        assertTrue(tree.get("etc/systemd/system/web.service").orElseThrow().content().contains("MemoryZSwapMax=1G\n"));
        failure(Map.of("systemd.services.web.serviceConfig", Map.of("MemoryZSwapMax", "1G"),
                "systemd.extraUnitKeys", Map.of("Socket", List.of("MemoryZSwapMax"))));
    }

    @Test
    void acceptsXKeys() {
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.web.serviceConfig", Map.of("ExecStart", "/usr/bin/true", "X-Owner", "team-a"))));
        assertTrue(tree.get("etc/systemd/system/web.service").orElseThrow().content().contains("X-Owner=team-a\n"));
    }

    @Test
    void aUnitGivenAsTextKeepsWhatSystemdTakesThere() {
        // found by a review: a key of the user's own (X-...) holds anything, as systemd ignores it;
        // a template's OnCalendar= is read after its specifiers are replaced, for each instance
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.units.\"x1.service\".text", "[Unit]\nX-Foo=%Q\n[Service]\nExecStart=/bin/true\nX-Bar=50%z\n",
                "systemd.units.\"bk@.timer\".text", "[Timer]\nOnCalendar=*-*-* %i:00:00\n",
                "systemd.units.\"bk@.service\".text", "[Service]\nExecStart=/bin/true\n")));
    }

    @Test
    void checksTheKeysOfUnitsGivenAsText() {
        BuildException e = failure(Map.of("systemd.units.\"hello.service\".text",
                "[Unit]\nDescription=x\n[Service]\nExecStrat=/usr/bin/true\n[Bogus]\nA=b\n"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("'systemd.units.\"hello.service\".text': "), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'ExecStart'?"), e.getMessage());
        // with its one command misspelled, the service has none, and systemd would refuse it
        assertTrue(e.getMessage().contains("a service needs a command"), e.getMessage());
        assertTrue(e.getMessage().contains("line 6: systemd knows no section [Bogus]"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        BuildException e = failure(Map.of(
                "systemd.services.a.serviceConfig", Map.of("ExecStart", "/bin/true", "Nicee", 1),
                "systemd.services.b.serviceConfig", Map.of("ExecStart", "/bin/true", "Restrat", "always")));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("cannot build the system (2 problems):\n- "), e.getMessage());
    }

    @Test
    void refusesAValueSpanningLines() {
        BuildException e = failure(Map.of("systemd.services.web.serviceConfig",
                Map.of("ExecStart", "/usr/bin/true\n/usr/bin/false")));
        assertTrue(e.getMessage().contains("'systemd.services.web.serviceConfig.ExecStart': a unit setting is one line"),
                e.getMessage());
    }

    @Test
    void refusesAValueHoldingANulWhichSystemdReadsAsALineEnd() {
        // written as it was, the NUL ended the line and User=root was a setting of its own
        BuildException e = failure(Map.of("systemd.services.web", Map.of(
                "serviceConfig", Map.of("ExecStart", "/usr/bin/true\u0000User=root"),
                "environment", Map.of("A", "x\u0000y"))));
        assertEquals(List.of("'systemd.services.web.environment.A': an environment variable's value cannot hold"
                        + " a NUL character; systemd would ignore the variable.",
                "'systemd.services.web.serviceConfig.ExecStart': this value holds a NUL character, which systemd"
                        + " reads as the end of the line: what follows it would be a setting of its own."),
                e.problems());
    }

    @Test
    void refusesAValueEndingWithABackslashWhichWouldTakeTheNextLine() {
        // written as it was, systemd ran "/usr/bin/id -un User=nobody" as root
        BuildException e = failure(Map.of("systemd.services.web", Map.of(
                "description", "C:\\",
                "serviceConfig", Map.of("ExecStart", "/usr/bin/id -un \\", "User", "nobody",
                        "ExecStartPre", List.of("/usr/bin/echo \\\\", "/usr/bin/echo a\\\\\\")))));
        String problem = ": this value ends with a backslash, which systemd reads as continuing the value on the next"
                + " line: the setting after it would become part of it. (In a command line, '\\\\' stands for one"
                + " backslash.)";
        // (said at the description option, which the user wrote, not at the unitConfig it makes)
        assertEquals(List.of("'systemd.services.web.description': this value ends with a backslash, which systemd reads"
                        + " as continuing the value on the next line: the setting after it would become part of it.",
                "'systemd.services.web.serviceConfig.ExecStart'" + problem,
                "'systemd.services.web.serviceConfig.ExecStartPre'" + problem), e.problems());
    }

    @Test
    void refusesTwoDefinitionsOfOneUnit() {
        BuildException e = failure(Map.of(
                "systemd.services.web.serviceConfig.ExecStart", "/usr/bin/true",
                "systemd.units.\"web.service\".text", "[Service]\nExecStart=/usr/bin/true\n"));
        assertEquals(List.of("'systemd.units.\"web.service\"': defines the unit web.service, which "
                + "'systemd.services.web' defines too; define it once."), e.problems());
    }

    @Test
    void refusesAUnitNamedWithItsSuffix() {
        BuildException e = failure(Map.of("systemd.services.\"web.service\".serviceConfig.ExecStart", "/usr/bin/true"));
        assertEquals(List.of("'systemd.services.\"web.service\"': a unit of systemd.services is named without its "
                + ".service suffix: use 'systemd.services.web'."), e.problems());
    }

    @Test
    void refusesAnEtcFileThatCollidesWithAUnit() {
        BuildException e = failure(Map.of(
                "systemd.services.web.serviceConfig.ExecStart", "/usr/bin/true",
                "environment.etc.\"systemd/system/web.service\".text", "[Service]\n"));
        assertEquals(List.of("'environment.etc.\"systemd/system/web.service\"': writes "
                + "/etc/systemd/system/web.service, which 'systemd.services.web' writes differently."), e.problems());
    }

    @Test
    void refusesAnEntryWhoseNameNoFileSystemTakes() {
        // a unit wanted by a target of a 300-character name failed only when the tree was
        // written ("File name too long"), naming no option
        String target = "x".repeat(300) + ".target";
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true", "wantedBy", List.of(target))));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("'systemd.services.web': writes /etc/systemd/system/" + target
                + ".wants/web.service, where a name is longer than 255 bytes"), e.problems().toString());
    }

    @Test
    void refusesAFileThatAnotherFileNeedsAsItsDirectory() {
        // /etc/a as a file and /etc/a/b below it failed only when the tree was written ("cannot
        // write the system tree: FileAlreadyExistsException"), naming neither option
        BuildException e = failure(Map.of(
                "environment.etc.a.text", "x",
                "environment.etc.\"a/b\".text", "y",
                "systemd.services.web", Map.of("script", "true", "wantedBy", List.of("multi-user.target")),
                "environment.etc.\"systemd/system/multi-user.target.wants\".text", "z"));
        assertEquals(List.of("'environment.etc.a/b': writes /etc/a/b, inside /etc/a, which 'environment.etc.a'"
                + " writes as a file or link.",
                "'environment.etc.\"systemd/system/multi-user.target.wants\"': writes"
                + " /etc/systemd/system/multi-user.target.wants, a directory of what 'systemd.services.web' writes."),
                e.problems());
    }

    @Test
    void refusesAMountPointThatIsNotAnAbsolutePath() {
        BuildException e = failure(Map.of("systemd.mounts.data", Map.of("what", "/dev/sdb1", "where", "data")));
        assertEquals(List.of("'systemd.mounts.data.where': a mount point must be an absolute, normalized path, "
                + "not 'data'."), e.problems());
    }

    @Test
    void refusesAnEtcFileWithBothTextAndSourceOrEscapingEtc() {
        BuildException e = failure(Map.of(
                "environment.etc.a", Map.of("text", "x", "source", "/usr/share/zoneinfo/UTC"),
                "environment.etc.b", Map.of("text", "x", "target", "../shadow")));
        assertEquals(List.of("'environment.etc.a': set text or source, not both.",
                "'environment.etc.b.target': '../shadow' is not a path relative to /etc (no leading '/', no '.' or '..')."),
                e.problems());
    }

    @Test
    @Timeout(60)
    void aCopiedEtcFileIsReadOnlyFromARegularFile(@TempDir Path dir) throws Exception {
        // a device would fill the memory, a FIFO would block the build
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        BuildException e = failure(Map.of(
                "environment.etc.z", Map.of("source", "/dev/zero", "mode", "0644"),
                "environment.etc.f", Map.of("source", fifo.toString(), "mode", "0644"),
                "environment.etc.d", Map.of("source", dir.toString(), "mode", "0644"),
                "environment.etc.m", Map.of("source", dir.resolve("missing").toString(), "mode", "0644")));
        String after = "; a copied file (a mode other than symlink) is read from a regular file when the system is"
                + " built.";
        assertEquals(List.of("'environment.etc.d.source': " + dir + " is not a regular file" + after,
                "'environment.etc.f.source': " + fifo + " is not a regular file" + after,
                "'environment.etc.m.source': " + dir.resolve("missing") + " does not exist" + after,
                "'environment.etc.z.source': /dev/zero is not a regular file" + after), e.problems());
        // a link to one is what it is for
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("environment.etc.z.source", "/dev/zero")));
    }

    @Test
    void aCopiedEtcFileLargerThanSixteenMebibytesIsRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big");
        try (var out = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 16L << 20); // sparse: 16 MiB and a byte
        }
        BuildException e = failure(Map.of("environment.etc.big", Map.of("source", big.toString(), "mode", "0644")));
        assertEquals(List.of("'environment.etc.big.source': " + big + " is larger than 16 MiB; a copied file (a mode"
                + " other than symlink) is read from a regular file when the system is built."), e.problems());
    }

    @Test
    void anAuthorizedKeysFileThatCannotBeReadIsAnErrorNamingTheOption() {
        ConfigException e = assertThrows(ConfigException.class, () -> new SystemTreeBuilder().build(
                BaseModules.evaluate(Map.of("users.users.alice.openssh.authorizedKeys.keyFiles",
                        List.of("/nonexistent/alice.pub", "/dev/zero")))));
        // the evaluator adds the definitions, with their lines
        assertTrue(e.getMessage().startsWith("'users.users.alice.openssh.authorizedKeys.keyFiles' names an authorized"
                + " keys file that cannot be read: /nonexistent/alice.pub does not exist. Definition values:\n- In "),
                e.getMessage());
        ConfigException device = assertThrows(ConfigException.class, () -> new SystemTreeBuilder().build(
                BaseModules.evaluate(Map.of("users.users.alice.openssh.authorizedKeys.keyFiles", List.of("/dev/zero")))));
        assertTrue(device.getMessage().startsWith("'users.users.alice.openssh.authorizedKeys.keyFiles' names an"
                + " authorized keys file that cannot be read: /dev/zero is not a regular file."), device.getMessage());
    }

    @Test
    void aSpecifierSystemdDoesNotKnowOrDeprecatesIsRefused() {
        // systemd drops a Description= with one ("Failed to resolve unit specifiers"), refuses to
        // start a unit whose ExecStart= has one, and warns about %c, %r and %R
        BuildException e = failure(Map.of(
                "systemd.services.a", Map.of("description", "Backup: 100% done, %z", "script", "true"),
                "systemd.services.b", Map.of("unitConfig", Map.of("Description", "at %9"), "script", "true"),
                "systemd.services.c", Map.of("description", "cgroup %c", "script", "true"),
                "systemd.services.d.serviceConfig", Map.of("ExecStart", "/bin/date +%k",
                        "WorkingDirectory", "/srv/%Z")));
        assertEquals(List.of("'systemd.services.a.description': '%z' is no systemd specifier, and systemd would"
                        + " ignore the whole description; write '%%' for a '%' itself.",
                "'systemd.services.b.unitConfig.Description': '%9' is no systemd specifier, and systemd would ignore"
                        + " the whole description; write '%%' for a '%' itself.",
                "'systemd.services.c.description': '%c' is a deprecated specifier, which systemd warns does not work"
                        + " as intended; write '%%' for a '%' itself.",
                "'systemd.services.d.serviceConfig.ExecStart': '%k' is no systemd specifier, and systemd would refuse"
                        + " the setting; write '%%' for a '%' itself.",
                "'systemd.services.d.serviceConfig.WorkingDirectory': '%Z' is no systemd specifier, and systemd"
                        + " would refuse the setting; write '%%' for a '%' itself."), e.problems());
        // known specifiers, "%%", and a '%' before anything but a letter or digit pass, as in systemd
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.\"worker@\"", Map.of("description", "Worker %i on %H, 100% done, 100%% sure, %",
                        "serviceConfig", Map.of("ExecStart", "/bin/echo %n 50% %-x", "CPUQuota", "20%")))));
        assertTrue(tree.get("etc/systemd/system/worker@.service").orElseThrow().content()
                .contains("Description=Worker %i on %H, 100% done, 100%% sure, %\n"));
    }

    @Test
    void anUnescapingSpecifierOfANameWithAStrayBackslashIsRefused() {
        // systemd: "Failed to resolve unit specifiers in 'P=%P', ignoring: Invalid argument" for
        // y\q-b.service, and so for %I of z@a\qb.service; %J reads only the prefix's last part
        // and %f the instance when there is one (each checked with systemd-analyze verify)
        BuildException e = failure(Map.of(
                "systemd.services.\"y\\\\q-b\"", Map.of("description", "P=%P", "script", "true"),
                "systemd.services.\"z@a\\\\qb\"", Map.of("serviceConfig", Map.of("ExecStart", "/bin/echo %I"))));
        String rest = " holds a backslash that begins no escape (\\xNN), which systemd cannot unescape: systemd would ";
        String fix = "; write a backslash in a unit name as \\x5c (%p, %i and %j give the parts as written).";
        assertEquals(List.of("'systemd.services.y\\q-b.description': '%P' stands for a part of 'y\\q-b.service'"
                        + " unescaped, but 'y\\q-b'" + rest + "ignore the whole description" + fix,
                "'systemd.services.z@a\\qb.serviceConfig.ExecStart': '%I' stands for a part of 'z@a\\qb.service'"
                        + " unescaped, but 'a\\qb'" + rest + "refuse the setting" + fix), e.problems());
        // and systemd 252 aborts on %J of a prefix ending with '-' (an assertion in unit_name_unescape)
        assertEquals(List.of("'systemd.services.a-.description': '%J' stands for the last '-'-separated part of"
                + " the prefix of 'a-.service', which is empty, and systemd 252 aborts on an empty one (a failed"
                + " assertion); use %j, or a name whose prefix does not end with '-'."),
                failure(Map.of("systemd.services.a-", Map.of("description", "J=%J", "script", "true"))).problems());
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.\"x\\\\q-b\"", Map.of("description", "J=%J", "script", "true"),
                "systemd.services.\"v\\\\q@ok\"", Map.of("description", "f=%f", "script", "true"),
                "systemd.services.\"a\\\\x2db@c\\\\x2dd\"", Map.of("description", "%P %I %J %f", "script", "true"))));
    }

    @Test
    void aTemplateCannotBeWantedRequiredOrTimedItself() {
        BuildException e = failure(Map.of(
                "systemd.services.\"worker@\"", Map.of("wantedBy", List.of("multi-user.target"), "script", "true"),
                "systemd.services.\"job@\"", Map.of("startAt", List.of("daily"), "script", "true"),
                "systemd.sockets.\"s@\"", Map.of("requiredBy", List.of("sockets.target"),
                        "listenStreams", List.of("/run/s-%i.sock")),
                "systemd.services.\"s@\"", Map.of("script", "true")));
        assertEquals(List.of("'systemd.services.job@.startAt': 'job@.service' is a template, which systemd runs only"
                        + " as an instance (job@NAME.service): it cannot be started by a timer of its own. Pull in an"
                        + " instance instead, for instance with a target's wants.",
                "'systemd.services.worker@.wantedBy': 'worker@.service' is a template, which systemd runs only as an"
                        + " instance (worker@NAME.service): it cannot be started by a link of its own, only by a"
                        + " template's (wantedBy = [\"box@.target\"]). Pull in an instance instead, for instance with a"
                        + " target's wants.",
                "'systemd.sockets.s@.requiredBy': 's@.socket' is a template, which systemd runs only as an instance"
                        + " (s@NAME.socket): it cannot be started by a link of its own, only by a template's"
                        + " (requiredBy = [\"box@.target\"]). Pull in an instance instead, for instance with a target's"
                        + " wants."), e.problems());
        // by a template: container@foo.target pulls in sshd@foo.service, as systemd.unit(5) says
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.targets.\"box@\"", Map.of("description", "Box %i"),
                "systemd.services.\"part@\"", Map.of("wantedBy", List.of("box@.target"), "script", "true"))));
        assertTrue(tree.get("etc/systemd/system/box@.target.wants/part@.service").isPresent());
    }

    @Test
    void aCalendarEventWithAWordSystemdDoesNotReadIsRefused() {
        BuildException e = failure(Map.of("systemd.services.job", Map.of("startAt", List.of("every tuesday"),
                "script", "true")));
        assertEquals(List.of("'systemd.services.job.startAt': 'every tuesday' is not a calendar event systemd reads:"
                + " 'every' is neither a weekday, a date (such as *-*-01), a time (such as 04:00) nor a time zone"
                + " (systemd.time(7) has the syntax; 'systemd-analyze calendar' checks an event)."), e.problems());
        // the forms of systemd.time(7)
        List<String> events = List.of("daily", "Weekly", "@1700000000", "Mon..Fri 09:00", "Sat,Sun *-*-* 10:00:00",
                "*:0/15", "*-*-01 04:00", "2024-01-01", "Tue", "Wednesday 12:00 UTC", "Mon *-*-* 00:00:00 Europe/Berlin",
                "*-*~03", "*-02-29 01..04:00:00");
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.services.job",
                Map.of("startAt", events, "script", "true"))));
    }

    @Test
    void anEmptyCalendarEventIsRefused() {
        // OnCalendar= with nothing resets the timer's events
        BuildException e = failure(Map.of("systemd.services.job", Map.of("startAt", List.of("daily", " "),
                "script", "true")));
        // and with no event left, systemd would refuse the timer
        assertEquals(List.of("'systemd.services.job.startAt': a calendar event cannot be empty (systemd would read"
                + " OnCalendar= as removing every event).", "'systemd.timers.job': a timer needs something to elapse"
                + " on: systemd refuses one without OnCalendar=, OnActiveSec=, OnBootSec=, OnStartupSec=,"
                + " OnUnitActiveSec=, OnUnitInactiveSec=, OnClockChange= or OnTimezoneChange= (\"Timer unit lacks"
                + " value setting\"); give it timerConfig.OnCalendar, or another of them."), e.problems());
    }

    @Test
    void aSliceNameMustNameItsParentSlices() {
        BuildException e = failure(Map.of("systemd.slices", Map.of("a-", Map.of(), "-b", Map.of(), "c--d", Map.of())));
        String rule = " is not a valid slice name: a slice is named after the slices it is in, joined by '-'"
                + " (a-b.slice is inside a.slice), so its name cannot begin or end with '-' or hold '--'.";
        assertEquals(List.of("'systemd.slices.-b': '-b.slice'" + rule, "'systemd.slices.a-': 'a-.slice'" + rule,
                "'systemd.slices.c--d': 'c--d.slice'" + rule), e.problems());
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.slices", Map.of("a-b", Map.of()))));
        BuildException dependencies = failure(Map.of("systemd.slices.app", Map.of("onFailure", List.of("x.service"),
                "onSuccess", List.of("y.service"))));
        assertEquals(List.of("'systemd.slices.app.onFailure': a slice never fails or succeeds, so systemd ignores"
                + " onFailure there.", "'systemd.slices.app.onSuccess': a slice never fails or succeeds, so systemd"
                + " ignores onSuccess there."), dependencies.problems());
    }

    @Test
    void anAliasHasTheUnitsTypeAndFormAndHidesNoOtherUnit() {
        BuildException e = failure(Map.of(
                "systemd.services.web", Map.of("script", "true", "aliases", List.of("@web.service", "web.socket",
                        "web@.service", "db.service", "web.service", "www.service")),
                "systemd.services.db", Map.of("script", "true"),
                "systemd.services.\"t@\"", Map.of("script", "true", "aliases", List.of("u@.service", "u@x.service"))));
        assertEquals(List.of(
                "'systemd.services.t@.aliases': 'u@x.service' cannot be an alias of t@.service: an alias of a template"
                        + " must be a template too.",
                "'systemd.services.web.aliases': '@web.service' cannot be an alias of web.service: it is not a unit"
                        + " name (letters, digits and :_.@\\- only, no '@' first, and a type suffix).",
                "'systemd.services.web.aliases': 'web.socket' cannot be an alias of web.service: an alias has the"
                        + " unit's type, .service.",
                "'systemd.services.web.aliases': 'web@.service' cannot be an alias of web.service: an alias of a plain"
                        + " unit (no '@') must be a plain unit (no '@') too.",
                "'systemd.services.web.aliases': 'web.service' cannot be an alias of web.service: that is its own"
                        + " name.",
                // one naming another unit of the configuration: two writers of one file
                "'systemd.services.web': writes /etc/systemd/system/db.service, which 'systemd.services.db' writes"
                        + " differently."), e.problems());
        // one the target ships (the test root has systemd's own units)
        BuildException shipped = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "aliases", List.of("systemd-journald.service"))));
        assertEquals(List.of("'systemd.services.web.aliases': 'systemd-journald.service' cannot be an alias of"
                + " web.service: the target has a unit of that name, which the alias would hide."), shipped.problems());
        // the unit's own shipped alias is the unit: Debian ships autovt@.service as a link to getty@.service
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.services.\"getty@\".aliases",
                List.of("autovt@.service"))));
    }

    @Test
    void aLineOfAUnitsTextOutsideAnySectionIsRefused() {
        BuildException e = failure(Map.of("systemd.units.\"g.service\".text",
                "Description=outside any section\n[Service]\nExecStart=/bin/true\njunk\n# a comment\n"));
        assertEquals(List.of("'systemd.units.\"g.service\".text': line 1: a line is a [Section] or a Key=value within a"
                        + " section; systemd would ignore this one.",
                "'systemd.units.\"g.service\".text': line 4: a line is a [Section] or a Key=value within a section;"
                        + " systemd would ignore this one."), e.problems());
        // a comment inside a continued value is skipped, and the value goes on after it, as in systemd
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.units.\"u.service\".text",
                "[Service]\nExecStart=/bin/echo a \\\n# a comment\n  b\n")));
    }

    @Test
    void aSettingLongerThanALineSystemdReadsIsRefused() {
        BuildException e = failure(Map.of("systemd.services.web.serviceConfig.ExecStart",
                "/bin/echo " + "x".repeat(1 << 20)));
        assertEquals(List.of("'systemd.services.web.serviceConfig.ExecStart': this value makes a line longer than"
                + " systemd reads (1 MiB): systemd would refuse the unit."), e.problems());
    }

    @Test
    void refusesAnEtcFileNameThatNoFileSystemTakes() {
        // a NUL character stopped the build with an internal error, and a name longer than a
        // file name may be failed when the tree was written, naming no option
        String tooLong = "x".repeat(256);
        BuildException e = failure(Map.of(
                "environment.etc.\"nul\u0000x\".text", "x",
                "environment.etc.b", Map.of("text", "x", "target", "d/" + tooLong + "/f")));
        assertEquals(List.of("'environment.etc.b.target': 'd/" + tooLong + "/f' cannot be a file's path:"
                + " a name in it is longer than 255 bytes.",
                "'environment.etc.\"nul\\u0000x\".target': 'nul\\u0000x' cannot be a file's path: it holds a NUL"
                + " character."),
                e.problems());
    }

    @Test
    void aRawUnitMustBeNamedLikeAUnitSoItsFileStaysAmongTheUnits() {
        BuildException e = failure(Map.of("systemd.units", Map.of(
                "\"../../ssh/sshd_config\"", Map.of("text", "Port 1\n"),
                "no-suffix", Map.of("text", "[Unit]\n"))));
        assertEquals(List.of(
                "'systemd.units.\"../../ssh/sshd_config\"': '../../ssh/sshd_config' is not a unit name: a name and a unit"
                        + " type suffix such as .service, of letters, digits and :_.@\\- only (no '@' first), at most"
                        + " 255 characters.",
                "'systemd.units.no-suffix': 'no-suffix' is not a unit name: a name and a unit type suffix such as"
                        + " .service, of letters, digits and :_.@\\- only (no '@' first), at most 255 characters."),
                e.problems());
    }

    @Test
    void refusesUnitNamesThatSystemdWouldNotLoad() {
        // systemd refuses a '%' (a specifier, valid in references only) and a leading '@' in a
        // unit's own name: "Failed to prepare filename a%b.service: Invalid argument"
        BuildException e = failure(Map.of(
                "systemd.services.\"a%b\".serviceConfig.ExecStart", "/usr/bin/true",
                "systemd.units.\"@lead.service\".text", "[Service]\nExecStart=/usr/bin/true\n"));
        assertEquals(List.of("'systemd.services.a%b': 'a%b.service' is not a valid unit name (letters, digits and"
                        + " :_.@\\- only (no '@' first), at most 255 characters).",
                "'systemd.units.\"@lead.service\"': '@lead.service' is not a unit name: a name and a unit type suffix such"
                        + " as .service, of letters, digits and :_.@\\- only (no '@' first), at most 255 characters."),
                e.problems());
        // a problem is one line: the newline of the name shows as an escape, in the path too
        assertEquals(List.of("'systemd.services.\"we\\nb\"': 'we\\nb.service' is not a valid unit name (letters,"
                + " digits and :_.@\\- only (no '@' first), at most 255 characters)."), failure(Map.of(
                "systemd.services.\"we\\nb\".serviceConfig.ExecStart", "/usr/bin/true")).problems());
    }

    @Test
    void refusesAnEnvironmentVariableNameThatSystemdIgnores() {
        // systemd skips such an Environment= line with "Invalid environment assignment, ignoring"
        BuildException e = failure(Map.of("systemd.services.web", Map.of(
                "serviceConfig", Map.of("ExecStart", "/usr/bin/true"),
                "environment", Map.of("a-b", "1", "1X", "2", "OK_1", "3"))));
        assertEquals(List.of("'systemd.services.web.environment.1X': an environment variable's name is letters,"
                        + " digits and '_', not starting with a digit; systemd ignores any other.",
                "'systemd.services.web.environment.a-b': an environment variable's name is letters, digits and '_',"
                        + " not starting with a digit; systemd ignores any other."), e.problems());
    }

    @Test
    void anEnvironmentLineLongerThanSystemdReadsIsRefused() {
        // written, systemd failed to load the unit ("No buffer space available")
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "environment", Map.of("BLOB", "x".repeat((1 << 20) - 16)))));
        assertEquals(List.of("'systemd.services.web.environment.BLOB': this value makes a line longer than systemd"
                + " reads (1 MiB): systemd would refuse the unit."), e.problems());
    }

    @Test
    void aNoncharacterIsRefusedWhereverSystemdReadsIt() {
        // systemd: "String is not UTF-8 clean, ignoring assignment", and the unit is not loaded
        BuildException e = failure(Map.of(
                "systemd.services.web", Map.of("description", "Backup \uFFFE",
                        "environment", Map.of("GREETING", "hi\uFDD0"),
                        "serviceConfig", Map.of("ExecStart", "/bin/echo \uD83F\uDFFF")),
                "systemd.units.\"raw.service\".text", "[Unit]\nDescription=\uFDEF\n[Service]\nExecStart=/bin/true\n"));
        String problem = ", which Unicode keeps as a noncharacter: systemd refuses a line holding one as not UTF-8"
                + " clean, and with it the unit (in a drop-in, the rest of the file).";
        assertEquals(List.of("'systemd.services.web.description': this value holds U+FFFE" + problem,
                "'systemd.services.web.environment.GREETING': this value holds U+FDD0" + problem,
                "'systemd.services.web.serviceConfig.ExecStart': this value holds U+1FFFF" + problem,
                "'systemd.units.\"raw.service\".text': line 2: this value holds U+FDEF" + problem), e.problems());
        // their neighbours are characters like any other
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.services.web", Map.of(
                "description", "\uFDCF \uFDF0 \uFFFD \uD83F\uDFFD", "script", "true"))));
    }

    @Test
    void aUnitNameSettingTakesOnlyTheSpecifiersSystemdReplacesInNames() {
        // systemd: "Failed to resolve unit specifiers in 'db-%h.service', ignoring: Invalid slot",
        // "Failed to add dependency on 100%.service, ignoring"
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "after", List.of("db-%h.service"), "wants", List.of("100%%.service"),
                "serviceConfig", Map.of("Slice", "app-%t.slice"),
                "unitConfig", Map.of("OnFailure", "mail-%I.service notify"))));
        String only = " (only %n, %N, %p, %i, %j and the host's %a %A %b %B %g %G %H %l %m %M %o %q %u %U %v %w %W),"
                + " so systemd would drop the name.";
        assertEquals(List.of(
                "'systemd.services.web.after': 'db-%h.service': systemd replaces no '%h' in a unit name" + only,
                "'systemd.services.web.unitConfig.OnFailure': 'mail-%I.service': systemd replaces no '%I' in a unit name"
                        + only,
                "'systemd.services.web.wants': '100%%.service': '%%' stands for a '%', which no unit name"
                        + " holds, so systemd would drop the name.",
                "'systemd.services.web.serviceConfig.Slice': 'app-%t.slice': systemd replaces no '%t' in a unit name"
                        + only), e.problems());
        BuildException itself = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "after", List.of("web.service"), "before", List.of("dev-sda1.device"),
                "unitConfig", Map.of("OnFailure", "%n"))));
        assertEquals(List.of("'systemd.services.web.after': 'web.service' is this unit itself, and systemd"
                        + " drops a dependency After= on itself.",
                "'systemd.services.web.before': 'dev-sda1.device': systemd ignores Before= on a device,"
                        + " which cannot be delayed (a device appears when the kernel finds it).",
                "'systemd.services.web.unitConfig.OnFailure': '%n' is this unit itself, and systemd drops a dependency"
                        + " OnFailure= on itself."), itself.problems());
        // a template's own name in its settings stands for each instance: itself (systemd fills it in)
        BuildException template = failure(Map.of("systemd.services.\"t@\"", Map.of("script", "true",
                "after", List.of("t@.service"))));
        assertEquals(List.of("'systemd.services.t@.after': 't@.service' is this unit itself, and systemd drops a"
                + " dependency After= on itself."), template.problems());
        BuildException notAName = failure(Map.of("systemd.timers.t", Map.of("timerConfig",
                Map.of("OnCalendar", "daily", "Unit", "backup"))));
        assertEquals(List.of("'systemd.timers.t.timerConfig.Unit': 'backup' is not a unit name (a name and a type"
                + " suffix such as .service, of letters, digits and :_.@\\- only), so systemd would drop it."),
                notAName.problems());
        // the name's own parts and the host's are replaced there
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.services.\"web@\"", Map.of(
                "script", "true", "after", List.of("db@%i.service", "log-%H.service"),
                "serviceConfig", Map.of("Slice", "app-%j.slice")))));
        String unit = tree.get("etc/systemd/system/web@.service").orElseThrow().content();
        assertTrue(unit.contains("After=db@%i.service log-%H.service\n"), unit);
    }

    @Test
    void wantedByAndAliasesReplaceTheUnitsOwnSpecifiersAsSystemctlEnableDoes() {
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.targets.app", Map.of(),
                "systemd.services.\"web@x\"", Map.of("script", "true", "wantedBy", List.of("app%i.target"),
                        "requiredBy", List.of("%p-%i.target"), "aliases", List.of("www@%i.service")),
                "systemd.services.\"tpl@\"", Map.of("script", "true", "wantedBy", List.of("box@%i.target")))));
        assertTrue(tree.get("etc/systemd/system/appx.target.wants/web@x.service").isPresent());
        assertTrue(tree.get("etc/systemd/system/web-x.target.requires/web@x.service").isPresent());
        assertTrue(tree.get("etc/systemd/system/www@x.service").isPresent());
        assertTrue(tree.get("etc/systemd/system/box@.target.wants/tpl@.service").isPresent());
        assertTrue(tree.entries().stream().noneMatch(entry -> entry.path().contains("%")), "no link keeps a '%'");
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "wantedBy", List.of("app-%H.target", "100%%.target", "x%t.target"))));
        assertEquals(List.of("'systemd.services.web.wantedBy': 'app-%H.target': '%H' stands for a fact of the host the"
                        + " system runs on, which systemctl enable would read there but is not known when the system is"
                        + " built; write the name itself (%n, %N, %p, %i and %j, which stand for parts of the unit's own"
                        + " name, are replaced).",
                "'systemd.services.web.wantedBy': '100%%.target': '%%' stands for a '%', which no unit name holds.",
                "'systemd.services.web.wantedBy': 'x%t.target': '%t' is no specifier of these names (systemctl enable"
                        + " replaces %n, %N, %p, %i, %j and the host's %a %A %b %B %g %G %H %l %m %M %o %q %u %U %v %w"
                        + " %W), so no unit would be linked."), e.problems());
    }

    @Test
    void aServiceSystemdWouldRefuseForItsCommandsIsRefused() {
        // each is a rule of systemd 252's service_verify(), which refuses the whole unit
        BuildException e = failure(Map.of(
                "systemd.services.envonly", Map.of("environment", Map.of("A", "1")),
                "systemd.services.simple", Map.of("serviceConfig", Map.of("Type", "simple", "ExecStop", "/bin/true")),
                "systemd.services.stoponly", Map.of("serviceConfig", Map.of("ExecStop", "/bin/true")),
                "systemd.services.two", Map.of("serviceConfig", Map.of("ExecStart", List.of("/bin/a", "/bin/b"))),
                "systemd.services.again", Map.of("serviceConfig", Map.of("Type", "oneshot", "ExecStart", "/bin/true",
                        "Restart", "always")),
                "systemd.services.bus", Map.of("serviceConfig", Map.of("Type", "dbus", "ExecStart", "/bin/true"))));
        assertEquals(List.of("'systemd.services.again.serviceConfig.Restart': systemd refuses Restart=always for a"
                        + " Type=oneshot service (a oneshot service may restart on failure only).",
                "'systemd.services.bus.serviceConfig.BusName': a service of Type=dbus needs a BusName=, the D-Bus name"
                        + " it takes: systemd refuses the unit without one.",
                "'systemd.services.envonly': a service needs a command: systemd refuses one without ExecStart=,"
                        + " ExecStop= or SuccessAction= (\"Service has no ExecStart=, ExecStop=, or SuccessAction=\");"
                        + " give it a script or serviceConfig.ExecStart.",
                "'systemd.services.simple.serviceConfig.ExecStart': a service of Type=simple needs an ExecStart=;"
                        + " systemd allows none only for Type=oneshot, and refuses the unit.",
                "'systemd.services.stoponly.serviceConfig.ExecStart': a service with no ExecStart= needs"
                        + " RemainAfterExit=yes or a SuccessAction=: systemd refuses it otherwise (it would be done as soon"
                        + " as it started).",
                "'systemd.services.two.serviceConfig.ExecStart': a service of Type=simple runs one ExecStart= command,"
                        + " and systemd refuses the unit with 2; only Type=oneshot runs several (or use ExecStartPre= and"
                        + " ExecStartPost=)."), e.problems());
        // what systemd takes: an emptied list's last command, a stop command that remains, a
        // success action, and a unit the target ships, whose commands are upstream's
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.reset.serviceConfig", Map.of("ExecStart", List.of("/bin/a", "", "/bin/b")),
                "systemd.services.remain.serviceConfig", Map.of("ExecStop", "/bin/true", "RemainAfterExit", "yes"),
                "systemd.services.act.unitConfig", Map.of("SuccessAction", "reboot"),
                "systemd.services.ssh.environment", Map.of("A", "1"))));
    }

    @Test
    void documentationTakesOnlyTheUrlsSystemdKeeps() {
        // systemd: "Invalid URL, ignoring"
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "documentation", List.of("https://example.org/caf\u00e9", "README", "man:web(8)", "file:/usr/share/doc",
                        "http://"))));
        String problem = " is not a URL systemd takes in Documentation= (http://, https://, file:/, info: or man:, then"
                + " ASCII characters), and it would be dropped; write a non-ASCII character %-encoded.";
        assertEquals(List.of("'systemd.services.web.documentation': 'https://example.org/caf\u00e9'" + problem,
                "'systemd.services.web.documentation': 'README'" + problem,
                "'systemd.services.web.documentation': 'http://'" + problem), e.problems());
    }

    @Test
    void aStartLimitCannotBeNegative() {
        // systemd: "Failed to parse unsigned value" / "Failed to parse sec value", ignoring
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "startLimitBurst", -1, "startLimitIntervalSec", -5)));
        assertEquals(List.of("'systemd.services.web.startLimitBurst': cannot be negative: systemd would ignore -1.",
                "'systemd.services.web.startLimitIntervalSec': cannot be negative: systemd would ignore -5."),
                e.problems());
    }

    @Test
    void aMountPointWithWhiteSpaceAtItsEndIsRefused() {
        // systemd strips Where=, which then no longer matches mnt-data\x20.mount: "Refusing."
        BuildException e = failure(Map.of("systemd.mounts.data", Map.of("what", "/dev/sdb1", "where", "/mnt/data ")));
        assertEquals(List.of("'systemd.mounts.data.where': a mount point cannot begin or end with white"
                + " space, which systemd strips from Where=: the unit's name would no longer match it, and systemd"
                + " refuses it."), e.problems());
    }

    @Test
    void anInstancesDropInBeginsWithItsTemplatesWhichItWouldHide() {
        // systemd reads one overrides.conf per unit: getty@tty3's own hid getty@'s (seen on systemd 252)
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.\"getty@\".environment.FROM_TEMPLATE", "1",
                "systemd.services.\"getty@tty3\".environment.FROM_INSTANCE", "1",
                // an instance through the template's alias (Debian's autovt@ -> getty@) is one too
                "systemd.services.\"autovt@tty4\".environment.FROM_ALIAS", "1")));
        assertEquals("[Service]\nEnvironment=\"FROM_TEMPLATE=1\"\n",
                tree.get("etc/systemd/system/getty@.service.d/overrides.conf").orElseThrow().content());
        assertEquals("[Service]\nEnvironment=\"FROM_TEMPLATE=1\"\n\n[Service]\nEnvironment=\"FROM_INSTANCE=1\"\n",
                tree.get("etc/systemd/system/getty@tty3.service.d/overrides.conf").orElseThrow().content());
        // systemd reads the unit's own name's directories before its aliases': getty@'s would hide
        // autovt@tty4's, so that is written as getty@tty4's
        assertEquals("[Service]\nEnvironment=\"FROM_TEMPLATE=1\"\n\n[Service]\nEnvironment=\"FROM_ALIAS=1\"\n",
                tree.get("etc/systemd/system/getty@tty4.service.d/overrides.conf").orElseThrow().content());
        assertTrue(tree.get("etc/systemd/system/autovt@tty4.service.d/overrides.conf").isEmpty());
        // a template and its instance that the target does not ship (overrideStrategy asDropin)
        var own = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.\"loc@\"", Map.of("overrideStrategy", "asDropin", "environment", Map.of("T", "1")),
                "systemd.services.\"loc@x\"", Map.of("overrideStrategy", "asDropin", "environment", Map.of("I", "1")))));
        assertEquals("[Service]\nEnvironment=\"T=1\"\n\n[Service]\nEnvironment=\"I=1\"\n",
                own.get("etc/systemd/system/loc@x.service.d/overrides.conf").orElseThrow().content());
    }

    @Test
    void oneUnitCustomisedUnderTwoNamesIsRefused() {
        // kmod.service is Debian's alias of systemd-modules-load.service: systemd read only one
        // of the two overrides.conf, and kmod's settings were lost without a word
        BuildException e = failure(Map.of(
                "systemd.services.kmod.environment.FROM_ALIAS", "1",
                "systemd.services.systemd-modules-load.environment.FROM_MAIN", "1",
                "systemd.services.\"getty@tty5\".environment.A", "1",
                "systemd.services.\"autovt@tty5\".environment.B", "1"));
        assertEquals(List.of("'systemd.services.getty@tty5': customises the unit that 'systemd.services.autovt@tty5'"
                        + " customises too, under another name (getty@tty5.service and autovt@tty5.service name one"
                        + " unit): each would write an overrides.conf drop-in, and systemd reads only one of them;"
                        + " configure the unit under one name.",
                "'systemd.services.systemd-modules-load': customises the unit that"
                        + " 'systemd.services.kmod' customises too, under another name (systemd-modules-load.service"
                        + " and kmod.service name one unit): each would write an overrides.conf drop-in, and systemd"
                        + " reads only one of them; configure the unit under one name."), e.problems());
    }

    @Test
    void aTemplatesSettingsAreCheckedAsEachInstanceReadsThem() {
        // %i is an instance's name there, never empty: Debian's systemd-fsck@ has BindsTo=%i.device
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.\"check@\"", Map.of("bindsTo", List.of("%i.device"), "after", List.of("%i.device"),
                        "serviceConfig", Map.of("Type", "oneshot", "ExecStart", "/bin/echo %I")),
                "systemd.timers.\"run@\"", Map.of("timerConfig", Map.of("OnCalendar", "daily", "Unit", "%i.service")))));
        assertTrue(tree.get("etc/systemd/system/check@.service").orElseThrow().content()
                .contains("BindsTo=%i.device\n"));
    }

    @Test
    void aRequiredUnitThatIsNowhereIsRefusedWithTheClosestConfiguredOne() {
        // NixOS's container@web.service is container-web.service here
        BuildException e = failure(Map.of(
                "systemd.services.app", Map.of("script", "true", "requires", List.of("container@web.service")),
                "systemd.services.container-web.script", "true"));
        assertEquals(List.of("'systemd.services.app.requires': 'container@web.service': Requires= names a unit that"
                + " neither this configuration nor the target has (it is not configured, nor in systemd's unit"
                + " directories on the target), and systemd would not start this unit (\"Unit container@web.service not"
                + " found\"). Configure it, or name it in wants, which starts it only if it exists. Did you mean"
                + " 'container-web.service'?"), e.problems());
        // an instance a generator of systemd's makes, with no template shipped, is found; a
        // misspelt one of systemd's is not
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("systemd.services.app", Map.of("script", "true",
                "requires", List.of("systemd-cryptsetup@data.service")))));
        assertTrue(failure(Map.of("systemd.services.app", Map.of("script", "true",
                "requires", List.of("systemd-fsk@dev-sda1.service")))).getMessage()
                .contains("'systemd-fsk@dev-sda1.service': Requires= names a unit that"));
    }

    @Test
    void settingsThatNameOneUnitNameOneOfTheirType() {
        // systemd: "Unit type not valid", "Units cannot trigger themselves", "Unit must be of type
        // service", "Failed to assign slice", "Unit must be of type socket"
        BuildException e = failure(Map.of(
                "systemd.timers.t", Map.of("timerConfig", Map.of("OnCalendar", "daily", "Unit", "a.service b.service")),
                "systemd.timers.self", Map.of("timerConfig", Map.of("OnCalendar", "daily", "Unit", "self.timer")),
                "systemd.sockets.s", Map.of("listenStreams", List.of("/run/s"), "socketConfig", Map.of("Service", "x.socket")),
                "systemd.services.w.serviceConfig", Map.of("ExecStart", "/bin/true", "Slice", "x.service",
                        "Sockets", "s.socket w.service")));
        assertEquals(List.of(
                "'systemd.services.w.serviceConfig.Slice': 'x.service': Slice= names a slice unit (.slice), and systemd"
                        + " drops any other.",
                "'systemd.services.w.serviceConfig.Sockets': 'w.service': Sockets= names socket units (.socket), and"
                        + " systemd drops any other.",
                "'systemd.sockets.s.socketConfig.Service': 'x.socket': Service= names a service unit (.service), and"
                        + " systemd drops any other.",
                "'systemd.timers.self.timerConfig.Unit': 'self.timer' is this unit itself, which systemd does not let"
                        + " trigger itself.",
                "'systemd.timers.t.timerConfig.Unit': 'a.service b.service': Unit= names one unit, and systemd would"
                        + " read these names as one."), e.problems());
    }

    @Test
    void moreServicesSystemdRefusesForTheirCommands() {
        BuildException e = failure(Map.of(
                "systemd.services.semi.serviceConfig", Map.of("ExecStart", "/bin/true ; /bin/false"),
                "systemd.services.pam.serviceConfig", Map.of("ExecStart", "/bin/true", "PAMName", "login",
                        "KillMode", "process"),
                "systemd.services.exit.serviceConfig", Map.of("Type", "oneshot", "ExecStart", "/bin/true",
                        "ExitType", "cgroup"),
                "systemd.services.bogus", Map.of("unitConfig", Map.of("SuccessAction", "kexec"),
                        "serviceConfig", Map.of("Type", "oneshot"))));
        assertEquals(List.of("'systemd.services.bogus': a service needs a command: systemd refuses one without"
                        + " ExecStart=, ExecStop= or SuccessAction= (\"Service has no ExecStart=, ExecStop=, or"
                        + " SuccessAction=\"); give it a script or serviceConfig.ExecStart.",
                "'systemd.services.exit.serviceConfig.ExitType': systemd refuses ExitType=cgroup for a Type=oneshot"
                        + " service.",
                "'systemd.services.pam.serviceConfig.KillMode': a service with PAMName= needs KillMode=control-group or"
                        + " mixed: systemd refuses KillMode=process there.",
                "'systemd.services.semi.serviceConfig.ExecStart': a service of Type=simple runs one ExecStart= command,"
                        + " and systemd refuses the unit with 2; only Type=oneshot runs several (or use ExecStartPre= and"
                        + " ExecStartPost=)."), e.problems());
        // an escaped ';' is an argument; a comment in a unit's text is not read for its characters
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of(
                "systemd.services.esc.serviceConfig", Map.of("ExecStart", "/bin/echo \\; x"),
                "systemd.units.\"raw.service\".text", "# \uFFFE a test\n; \uFFFF\n[Service]\nExecStart=/bin/true\n",
                // a masked unit gets no links: its names are not read
                "systemd.services.off", Map.of("enable", false, "wantedBy", List.of("x-%H.target")))));
    }

    @Test
    void installNamesAreUnitNamesOnceReplacedAndDocumentationHasNoQuotes() {
        BuildException e = failure(Map.of("systemd.services.web", Map.of("script", "true",
                "wantedBy", List.of("%i.target"), "documentation", List.of("https://example.com/it's"))));
        assertEquals(List.of(
                "'systemd.services.web.wantedBy': '%i.target' becomes '.target' for web.service, which is no unit name.",
                "'systemd.services.web.documentation': 'https://example.com/it's': systemd reads a quote"
                        + " or a backslash in Documentation= as its own syntax, and would drop the whole line; write it"
                        + " %-encoded (%27, %22, %5C)."), e.problems());
    }
}

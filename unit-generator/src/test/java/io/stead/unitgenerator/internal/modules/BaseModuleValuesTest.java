package io.stead.unitgenerator.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.SystemPackage;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.FakeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values the base modules define, as `stead eval` will show them. */
class BaseModuleValuesTest {
    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    @Test
    void declaresNixOsDefaults() {
        Config system = BaseModules.evaluate(Map.of("systemd.services.web.description", "Web"));
        Config web = system.at("systemd.services.web");
        assertEquals(true, web.get("enable"));
        assertEquals("asDropinIfExists", web.get("overrideStrategy"));
        assertEquals(true, web.get("restartIfChanged"));
        assertEquals(false, web.get("reloadIfChanged"));
        assertEquals(true, web.get("stopIfChanged"));
        assertEquals(List.of(), web.get("startAt"));
        assertEquals("/", system.get("system.root"));
        assertEquals(false, system.get("boot.isContainer"));
        assertEquals("", system.get("networking.hostName"));
        assertEquals(Map.of(), system.get("systemd.timers"));
    }

    @Test
    void derivesUnitConfigFromTheUnitsOwnOptions() {
        Config system = BaseModules.evaluate(Map.of("systemd.services.web", Map.of(
                "description", "Web", "after", List.of("a.service", "b.service"), "startLimitBurst", 3,
                "unitConfig", Map.of("RequiresMountsFor", "/srv"))));
        assertEquals(Map.of("After", "a.service b.service", "Description", "Web", "StartLimitBurst", "3",
                "RequiresMountsFor", "/srv"), system.get("systemd.services.web.unitConfig"));
    }

    @Test
    void turnsScriptsIntoExecSettings() {
        Config system = BaseModules.evaluate(Map.of("systemd.services.web", Map.of(
                "script", "echo hi", "scriptArgs", "--port 80", "preStart", "true", "reload", "kill -HUP 1")));
        assertEquals(Map.of("ExecStart", "/etc/stead/scripts/web-start --port 80",
                        "ExecStartPre", List.of("/etc/stead/scripts/web-pre-start"),
                        "ExecReload", "/etc/stead/scripts/web-reload"),
                system.get("systemd.services.web.serviceConfig"));
    }

    @Test
    void makesATimerForEachEnabledServiceWithStartAt() {
        Config system = BaseModules.evaluate(Map.of(
                "systemd.services.a.startAt", "daily",
                "systemd.services.b.startAt", List.of("hourly"),
                "systemd.services.c", Map.of("startAt", "weekly", "enable", false),
                "systemd.timers.a.timerConfig.Persistent", true));
        assertEquals(List.of("a", "b"), List.copyOf(system.attrs("systemd.timers").keySet()));
        assertEquals(Map.of("OnCalendar", List.of("daily"), "Persistent", true),
                system.get("systemd.timers.a.timerConfig"));
        assertEquals(List.of("timers.target"), system.get("systemd.timers.b.wantedBy"));
    }

    @Test
    void derivesMountSettingsFromWhatAndWhere() {
        Config system = BaseModules.evaluate(Map.of("systemd.mounts.data",
                Map.of("what", "/dev/sdb1", "where", "/srv/data", "options", "ro")));
        assertEquals(Map.of("What", "/dev/sdb1", "Where", "/srv/data", "Options", "ro"),
                system.get("systemd.mounts.data.mountConfig"));
    }

    @Test
    void writesAPercentSignOfWhatAndWhereAsTheSpecifierForIt() {
        // systemd replaces %b in What= and Where= by the boot ID; Where= must match the unit's name
        Config system = BaseModules.evaluate(Map.of("systemd.mounts.data",
                Map.of("what", "/dev/disk/by-label/data%b", "where", "/srv/100%bad")));
        assertEquals(Map.of("What", "/dev/disk/by-label/data%%b", "Where", "/srv/100%%bad"),
                system.get("systemd.mounts.data.mountConfig"));
    }

    @Test
    void refusesADirectoryOfPathThatPathWouldSplit() {
        // written as it was, PATH searched /opt/tool and the relative directory v2/bin
        String error = assertThrows(ConfigException.class, () -> BaseModules.evaluate(Map.of(
                "systemd.services.web.path", List.of("/opt/tool:v2"))).get("systemd.services.web.environment"))
                .getMessage().replaceAll("'/[^']*/stead-test-[^']*\\.json:", "'FILE:");
        assertEquals("'systemd.services.web.path': the directory /opt/tool:v2 holds a ':', which PATH reads as"
                + " separating two directories. Definition values:\n- In 'FILE:1': [\"/opt/tool:v2\"]", error);
    }

    @Test
    void documentationUrisAreOneWordEachAndLiteral() {
        // systemd split "my docs" into two URIs, and dropped the whole line at "%20" (no such specifier)
        assertEquals("https://example.org/a%%20b man:web(8)", BaseModules.evaluate(Map.of("systemd.services.web"
                + ".documentation", List.of("https://example.org/a%20b", "man:web(8)")))
                .get("systemd.services.web.unitConfig.Documentation"));
        String error = assertThrows(ConfigException.class, () -> BaseModules.evaluate(Map.of(
                "systemd.services.web.documentation", List.of("https://example.org/my docs")))
                .list("systemd.services.web.documentation").get(0)).getMessage();
        assertTrue(error.startsWith("A definition for option 'systemd.services.web.documentation[definition 1-entry 1]'"
                + " is not of type 'string matching the pattern \\S+'"), error);
    }

    @Test
    void computesThePackageSetFromTheTarget() {
        new FakeTarget(root).dpkgList("openssh-server.list", "/usr/sbin/sshd")
                .file("/opt/tool/bin/tool", "#!/bin/sh\n");
        Config system = BaseModules.evaluate(Map.of("system.root", root.toString(), "packages.sources", Map.of(
                "openssh", "openssh-server", "nix", "nix-setup-systemd", "tool", "/opt/tool", "gone", "/opt/gone")));
        assertEquals(new SystemPackage("openssh-server"), system.get("pkgs.openssh"));
        assertEquals(new SystemPackage("/opt/tool"), system.get("pkgs.tool"));
        assertNull(system.get("pkgs.nix"), "not installed on this target, though it is on the build machine");
        assertNull(system.get("pkgs.gone"));
    }

    @Test
    void thePackageSetIsReadOnly() {
        Config system = BaseModules.evaluate(Map.of("pkgs.openssh", "openssh-server"));
        ConfigException e = assertThrows(ConfigException.class, () -> system.get("pkgs"));
        assertTrue(e.getMessage().startsWith("The option 'pkgs' is read-only, but it's set multiple times."
                + " Definition values:\n- In '"), e.getMessage());
        assertTrue(e.getMessage().contains(".json:1': {\"openssh\": \"openssh-server\"}"), e.getMessage());
        assertTrue(e.getMessage().contains("stead-unit-generator.jar!PackagesModule.java:"), e.getMessage());
    }

    @Test
    void baseUnitIsRemovedWithTheWayToCustomiseAnUpstreamUnit() {
        Config system = BaseModules.evaluate(Map.of(
                "systemd.services.nix-daemon.baseUnit", "/lib/systemd/system/nix-daemon.service"));
        ConfigException e = assertThrows(ConfigException.class, () -> system.get("systemd.services.nix-daemon"));
        assertTrue(e.getMessage().startsWith("The option 'systemd.services.nix-daemon.baseUnit' can no longer be"
                + " used since it's been removed. A unit that systemd or a package in systemd.packages already"
                + " ships is customised in place through <unit>.d/overrides.conf"), e.getMessage());
    }

    @Test
    void theOldNamesUsersExtraUsersAndExtraGroupsStillWork() {
        Config system = BaseModules.evaluate(Map.of("users.extraUsers.alice.uid", 1000,
                "users.extraGroups.staff.gid", 50));
        assertEquals(1000L, system.get("users.users.alice.uid"));
        assertEquals(50L, system.get("users.groups.staff.gid"));
    }

    @Test
    void namesUsersAndEtcFilesAfterTheirAttributeByDefault() {
        Config system = BaseModules.evaluate(Map.of("users.users.alice.uid", 1000,
                "users.users.bob.name", "robert", "environment.etc.motd.text", "hi\n"));
        assertEquals("alice", system.get("users.users.alice.name"));
        assertEquals("robert", system.get("users.users.bob.name"));
        assertEquals("motd", system.get("environment.etc.motd.target"));
    }

    @Test
    void refusesAtItsDefinitionWhatTheSysusersFileWouldMisread() {
        // each was written into /etc/sysusers.d/stead.conf as it was: a newline or carriage
        // return began a line of its own (here, a user of uid 0), white space split a field, a
        // '/' put the user's keys in a subdirectory
        String name = "string matching the pattern [^\\s\\p{Cntrl}\"'\\\\:/%]+";
        String path = "null or (string matching the pattern /[^\\s\\p{Cntrl}\"'\\\\:]*)";
        assertEquals(typeError("users.users.a.home", path, "\"/x\\nu evil 0 - - /bin/sh\""),
                etcFailure(Map.of("users.users.a.home", "/x\nu evil 0 - - /bin/sh")));
        assertEquals(typeError("users.users.a.shell", path, "\"sh\""),
                etcFailure(Map.of("users.users.a.shell", "sh")));
        assertEquals(typeError("users.users.a.group", "string matching the pattern [^\\s\\p{Cntrl}\"'\\\\:/%]*",
                "\"g\\nu evil 0\""), etcFailure(Map.of("users.users.a.group", "g\nu evil 0")));
        String description = "string matching the pattern (?!-$)[^\\p{Cntrl}\"\\\\:]*";
        assertEquals(typeError("users.users.a.description", description, "\"A\\ru evil 0\""),
                etcFailure(Map.of("users.users.a.description", "A\ru evil 0")));
        // sysusers reads a GECOS field of "-", quoted or not, as none: the user got an empty one
        assertEquals(typeError("users.users.a.description", description, "\"-\""),
                etcFailure(Map.of("users.users.a.description", "-")));
        assertEquals(typeError("users.users.alice.extraGroups[definition 1-entry 2]", name, "\"a b\""),
                etcFailure(Map.of("users.users.alice.extraGroups", List.of("wheel", "a b"))));
        assertEquals(typeError("users.groups.ok.members[definition 1-entry 1]", name, "\"\""),
                etcFailure(Map.of("users.groups.ok.members", List.of(""))));
    }

    @Test
    void refusesAnEtcFileModeWhoseSpecialBitsTheTreeWouldNotKeep() {
        // "4755" was in the manifest, but the file was written 0755: the tree keeps permission bits only
        String error = assertThrows(ConfigException.class, () -> BaseModules.evaluate(Map.of("environment.etc.helper",
                Map.of("text", "x", "mode", "4755"))).get("environment.etc.helper.mode")).getMessage();
        assertEquals(typeError("environment.etc.helper.mode", "string matching the pattern symlink|0?[0-7]{3}",
                "\"4755\""), error.replaceAll("'/[^']*/stead-test-[^']*\\.json:", "'FILE:"));
        assertEquals("0600", BaseModules.evaluate(Map.of("environment.etc.secret", Map.of("text", "x", "mode", "0600")))
                .get("environment.etc.secret.mode"));
    }

    @Test
    void aNameTakenFromItsAttributeIsCheckedToo() {
        // the name's default is the plugin's line; the message also says where the user wrote it
        assertEquals("A definition for option 'users.users.\"x\\nu evil 0\".name' is not of type 'string matching the"
                + " pattern [^\\s\\p{Cntrl}\"'\\\\:/%]+'. Definition values:\n"
                + "- In 'PLUGIN!UserOptions.java:N': \"x\\nu evil 0\"\n"
                + "That is the default of 'users.users.\"x\\nu evil 0\"', which is defined in 'FILE:1'.",
                etcFailure(Map.of("users.users.\"x\nu evil 0\".uid", 1000)));
        assertEquals("A definition for option 'users.groups.g:x.name' is not of type 'string matching the"
                + " pattern [^\\s\\p{Cntrl}\"'\\\\:/%]+'. Definition values:\n"
                + "- In 'PLUGIN!GroupOptions.java:N': \"g:x\"\n"
                + "That is the default of 'users.groups.g:x', which is defined in 'FILE:1'.",
                etcFailure(Map.of("users.groups.\"g:x\".gid", 50)));
    }

    private static String typeError(String option, String type, String value) {
        return "A definition for option '" + option + "' is not of type '" + type + "'. Definition values:\n"
                + "- In 'FILE:1': " + value;
    }

    /** The error of building /etc, the temporary file's name and the plugin's line numbers hidden. */
    private static String etcFailure(Map<String, Object> config) {
        return assertThrows(ConfigException.class, () -> BaseModules.evaluate(config).get("environment.etc"))
                .getMessage().replaceAll("'/[^']*/stead-test-[^']*\\.json:", "'FILE:")
                .replaceAll("'[^'!]+!([A-Za-z]+\\.java):\\d+'", "'PLUGIN!$1:N'");
    }

    @Test
    void readsAuthorizedKeyFilesAtBuildTime(@TempDir Path keys) throws Exception {
        Path file = keys.resolve("alice.pub");
        Files.writeString(file, "ssh-ed25519 AAAAFILE alice@file\n");
        Config system = BaseModules.evaluate(Map.of("users.users.alice.openssh.authorizedKeys", Map.of(
                "keys", List.of("ssh-ed25519 AAAAINLINE alice@inline"), "keyFiles", List.of(file.toString()))));
        assertEquals("ssh-ed25519 AAAAINLINE alice@inline\nssh-ed25519 AAAAFILE alice@file\n",
                system.get("environment.etc.\"ssh/authorized_keys.d/alice\".text"));
        assertEquals("0444", system.get("environment.etc.\"ssh/authorized_keys.d/alice\".mode"));
    }

    @Test
    void writesNoHostnameUnlessOneIsSet() {
        assertFalse(BaseModules.evaluate(Map.of()).attrs("environment.etc").containsKey("hostname"));
        assertEquals("web1\n", BaseModules.evaluate(Map.of("networking.hostName", "web1"))
                .get("environment.etc.hostname.text"));
    }
}

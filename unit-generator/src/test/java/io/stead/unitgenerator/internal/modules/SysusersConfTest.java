package io.stead.unitgenerator.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.SystemTree;
import io.stead.testkit.systemd.Processes;
import io.stead.unitgenerator.SystemTreeBuilder;
import io.stead.unitgenerator.testkit.AccountsTarget;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sysusers.d file is one systemd-sysusers reads without a warning, creating what it says. */
class SysusersConfTest {

    @Test
    void systemdSysusersAcceptsTheGoldenUsers(@TempDir Path root) throws Exception {
        SystemTree tree = new SystemTreeBuilder().build(BaseModules.evaluate(GoldenCases.configuration("users")));
        Files.createDirectories(root.resolve("etc/sysusers.d"));
        for (String file : List.of("passwd", "group", "shadow", "gshadow")) {
            Files.copy(Path.of("/etc", file), root.resolve("etc").resolve(file));
        }
        Files.writeString(root.resolve("etc/sysusers.d/stead.conf"),
                tree.get("etc/sysusers.d/stead.conf").orElseThrow().content());
        Processes.Result result = Processes.run(List.of("systemd-sysusers", "--dry-run", "--root=" + root),
                Map.of("SYSTEMD_LOG_COLOR", "0"));
        assertEquals(0, result.exitCode(), result.output());
        List<String> said = result.output().lines().filter(l -> !l.startsWith("Would write")).toList();
        assertTrue(said.stream().allMatch(l -> l.startsWith("Creating ")), "no warnings: " + said);
        assertTrue(said.contains("Creating group 'web' with GID 850."), said.toString());
        assertTrue(said.contains("Creating user 'web' (Web server) with UID 850 and GID 850."), said.toString());
        String deployGid = find(said, "Creating group 'deploy' with GID (\\d+)\\.");
        assertEquals(deployGid, find(said, "Creating user 'builder' \\(n/a\\) with UID \\d+ and GID (\\d+)\\."),
                "builder's primary group is deploy");
        String aliceGid = find(said, "Creating group 'alice' with GID (\\d+)\\.");
        assertEquals(aliceGid, find(said, "Creating user 'alice' \\(Alice\\) with UID \\d+ and GID (\\d+)\\."),
                "alice gets a group of her own");
        assertTrue(said.stream().noneMatch(l -> l.contains("'root'")), "root exists and is left alone");
    }

    @Test
    void aPercentSignIsWrittenSoThatSysusersKeepsIt(@TempDir Path root) throws Exception {
        // sysusers.d replaces specifiers (%m is the machine id) in these fields: "%%" is a '%'
        String text = SysusersConf.render(List.of(new SysusersConf.User("pct", 871L, "", "100% sure",
                "/srv/100%m", "/bin/sh", List.of())), List.of());
        assertTrue(text.contains("u pct 871 \"100%% sure\" /srv/100%%m /bin/sh\n"), text);
        Files.createDirectories(root.resolve("etc/sysusers.d"));
        for (String file : List.of("passwd", "group", "shadow", "gshadow")) {
            Files.copy(Path.of("/etc", file), root.resolve("etc").resolve(file));
        }
        Files.writeString(root.resolve("etc/sysusers.d/stead.conf"), text);
        Processes.Result result = Processes.run(List.of("systemd-sysusers", "--root=" + root),
                Map.of("SYSTEMD_LOG_COLOR", "0"));
        assertEquals(0, result.exitCode(), result.output());
        String passwd = Files.readString(root.resolve("etc/passwd"));
        assertTrue(passwd.contains("\npct:x:871:871:100% sure:/srv/100%m:/bin/sh\n"), passwd);
    }

    @Test
    void aUsersOwnGroupIsWrittenAsItsOwnBeforeTheUsersOfOtherGroups() {
        // "u web 850:web" with no group web yet is "Group web not found."; "u builder -:zed"
        // finds zed's group only when zed's line came first
        String text = SysusersConf.render(List.of(
                new SysusersConf.User("builder", null, "zed", "", null, null, List.of()),
                new SysusersConf.User("web", 850L, "web", "", null, null, List.of()),
                new SysusersConf.User("zed", null, "", "", null, null, List.of())), List.of());
        assertEquals("""
                # Users and groups of users.users and users.groups, written by Stead.
                u web 850 - - -
                u zed - - - -
                u builder -:zed - - -
                """, text);
    }

    @Test
    void systemdSysusersFindsEveryUserAndGroupTheBuildTakes(@TempDir Path root) throws Exception {
        AccountsTarget.of(root);
        Map<String, Object> config = new HashMap<>(Map.of("users.users", Map.of(
                        "a", Map.of("group", "users", "extraGroups", List.of("adm", "lpadmin", "lp", "systemd-timesync")),
                        "b", Map.of("group", "adm"),
                        "c", Map.of("group", "messagebus", "extraGroups", List.of("zed", "g")),
                        "d", Map.of("group", "lpadmin"),
                        "builder", Map.of("group", "zed"),
                        "zed", Map.of(),
                        "web", Map.of("uid", 850, "group", "web")),
                "users.groups.g.members", List.of("a", "root", "sshd", "daemon", "lp", "messagebus")));
        config.put("system.root", root.toString());
        SystemTree tree = new SystemTreeBuilder().build(BaseModules.evaluate(config));
        Files.writeString(root.resolve("etc/sysusers.d/stead.conf"),
                tree.get("etc/sysusers.d/stead.conf").orElseThrow().content());
        Processes.Result result = Processes.run(List.of("systemd-sysusers", "--root=" + root),
                Map.of("SYSTEMD_LOG_COLOR", "0"));
        Files.deleteIfExists(root.resolve("lib"));
        assertEquals(0, result.exitCode(), result.output());
        List<String> said = result.output().lines().toList();
        assertTrue(said.stream().allMatch(l -> l.startsWith("Creating ")), "no group is missing: " + said);
        List<String> created = said.stream().filter(l -> l.startsWith("Creating user"))
                .map(l -> l.replaceAll("Creating user '([^']*)'.*", "$1")).sorted().toList();
        assertEquals(List.of("_apt", "a", "b", "builder", "c", "d", "daemon", "lp", "messagebus", "systemd-timesync",
                "web", "zed"), created, "the users of the configuration and of the target's files, no other");
        // every member where it was named, none left out (sysusers also makes sshd, a user of
        // /etc/passwd named in an m line, an empty group of its name, as it does for any such user)
        String group = Files.readString(root.resolve("etc/group"));
        for (String line : List.of("adm:x:4:a,daemon", "g:x:\\d+:a,c,daemon,lp,messagebus,root,sshd",
                "zed:x:\\d+:c", "lpadmin:x:\\d+:a,lp", "lp:x:\\d+:a", "systemd-timesync:x:\\d+:a", "web:x:850:")) {
            assertTrue(Pattern.compile("^" + line + "$", Pattern.MULTILINE).matcher(group).find(),
                    line + " in " + group);
        }
    }

    @Test
    void aNormalUserGetsNixosDefaultsAndItsHomeMadeBySystemdTmpfiles(@TempDir Path root) throws Exception {
        // isNormalUser was no option: a user of a NixOS configuration got home / and its own group
        AccountsTarget.of(root);
        Map<String, Object> config = new HashMap<>(Map.of("users.users", Map.of(
                "alice", Map.of("isNormalUser", true, "uid", 1000, "description", "Alice"),
                "bob", Map.of("isNormalUser", true, "uid", 1001, "home", "/srv/bob%1", "shell", "/bin/sh"),
                "svc", Map.of("isSystemUser", true))));
        config.put("system.root", root.toString());
        SystemTree tree = new SystemTreeBuilder().build(BaseModules.evaluate(config));
        assertEquals("# home directories of users.users.<name>.createHome\nd /home/alice 0700 alice users -\n"
                + "d /srv/bob%%1 0700 bob users -\n", tree.get("etc/tmpfiles.d/stead-homes.conf").orElseThrow().content());
        for (String file : List.of("sysusers.d/stead.conf", "tmpfiles.d/stead-homes.conf")) {
            Files.createDirectories(root.resolve("etc/" + file).getParent());
            Files.writeString(root.resolve("etc/" + file), tree.get("etc/" + file).orElseThrow().content());
        }
        Processes.Result users = Processes.run(List.of("systemd-sysusers", "--root=" + root),
                Map.of("SYSTEMD_LOG_COLOR", "0"));
        assertEquals(0, users.exitCode(), users.output());
        Processes.Result homes = Processes.run(List.of("systemd-tmpfiles", "--root=" + root, "--create",
                root.resolve("etc/tmpfiles.d/stead-homes.conf").toString()), Map.of("SYSTEMD_LOG_COLOR", "0"));
        Files.deleteIfExists(root.resolve("lib"));
        assertEquals(0, homes.exitCode(), homes.output());
        String passwd = Files.readString(root.resolve("etc/passwd"));
        assertTrue(passwd.contains("\nalice:x:1000:100:Alice:/home/alice:/bin/bash\n"), passwd);
        assertTrue(passwd.contains("\nbob:x:1001:100::/srv/bob%1:/bin/sh\n"), passwd);
        assertTrue(passwd.matches("(?s).*\nsvc:x:\\d{3}:\\d+::/:/usr/sbin/nologin\n.*"), passwd);
        var home = Files.readAttributes(root.resolve("home/alice"), java.nio.file.attribute.PosixFileAttributes.class);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(home.permissions()));
        assertEquals(1000, Files.getAttribute(root.resolve("home/alice"), "unix:uid"));
        assertTrue(Files.isDirectory(root.resolve("srv/bob%1")), "a '%' in a home is one, for tmpfiles too");
    }

    private static String find(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return lines.stream().map(pattern::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no line matches " + regex + " in " + lines));
    }

    @Test
    void rendersIdsGroupsAndMemberships() {
        String text = SysusersConf.render(
                List.of(new SysusersConf.User("a", 900L, "g", "A", "/home/a", "/bin/sh", List.of("x")),
                        new SysusersConf.User("b", null, "", "", null, null, List.of())),
                List.of(new SysusersConf.Group("g", null, List.of("b"))));
        assertEquals("""
                # Users and groups of users.users and users.groups, written by Stead.
                g g -
                u b - - - -
                u a 900:g "A" /home/a /bin/sh
                m a x
                m b g
                """, text);
    }
}

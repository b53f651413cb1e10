package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.testkit.systemd.TreeDump;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.MapConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemTreeBuilderTest {

    private static SystemTree build(Map<String, ?> config) {
        return new SystemTreeBuilder().build(BaseModules.evaluate(config));
    }

    @Test
    void readsOnlyWhatTheApiConfigPromises() {
        MapConfig evaluated = MapConfig.of(Map.of(
                "system", Map.of("root", "/"),
                "systemd", Map.of(
                        "services", Map.of("web", Map.of(
                                "enable", true,
                                "wantedBy", List.of("multi-user.target"),
                                "unitConfig", Map.of("Description", "Web"),
                                "serviceConfig", Map.of("ExecStart", "/usr/bin/true", "Nice", 5L),
                                "environment", Map.of("A", "1"))),
                        "units", Map.of("ssh.service", Map.of("aliases", List.of("sshd.service"))))));
        assertEquals("""
                == etc/systemd/system/multi-user.target.wants/web.service (link) -> ../web.service
                == etc/systemd/system/sshd.service (link) -> /lib/systemd/system/ssh.service
                == etc/systemd/system/web.service (unit, 0644)
                [Unit]
                Description=Web

                [Service]
                Environment="A=1"
                ExecStart=/usr/bin/true
                Nice=5

                [Install]
                WantedBy=multi-user.target
                """, TreeDump.of(new SystemTreeBuilder().build(evaluated)));
    }

    @Test
    void masksADisabledUpstreamUnitWithoutDropInOrLinks() {
        SystemTree tree = build(Map.of("systemd.services.ssh", Map.of("enable", false,
                "serviceConfig", Map.of("Nice", 5), "wantedBy", List.of("multi-user.target"),
                "script", "echo never")));
        assertEquals(List.of(TreeEntry.link("etc/systemd/system/ssh.service", EntryKind.MASK, "/dev/null")),
                List.copyOf(tree.entries()));
    }

    @Test
    void enablesAnUpstreamUnitWithoutCustomisingIt() {
        SystemTree tree = build(Map.of("systemd.services.ssh.wantedBy", List.of("multi-user.target"),
                "systemd.services.ssh.requiredBy", List.of("graphical.target")));
        assertEquals("""
                == etc/systemd/system/graphical.target.requires/ssh.service (link) -> /lib/systemd/system/ssh.service
                == etc/systemd/system/multi-user.target.wants/ssh.service (link) -> /lib/systemd/system/ssh.service
                """, TreeDump.of(tree));
    }

    @Test
    void aSettingGivenOnceAndAsAListIsWrittenOnceForEachValue() {
        // as NixOS's unitOption: one module's Environment = "A=1", another's [ "B=2" ]
        SystemTree tree = build(Map.of("systemd.services.w.serviceConfig", Map.of("ExecStart", "/usr/bin/true",
                "Environment", Map.of("$merge", List.of("A=1", List.of("B=2"))))));
        String unit = tree.get("etc/systemd/system/w.service").orElseThrow().content();
        assertTrue(unit.contains("Environment=A=1\nEnvironment=B=2\n"), unit);
    }

    @Test
    void isDeterministic() {
        Map<String, Object> config = Map.of(
                "systemd.services.b", Map.of("script", "echo b", "environment", Map.of("Z", "1", "A", "2")),
                "systemd.services.a", Map.of("serviceConfig", Map.of("ExecStart", "/usr/bin/true", "Nice", 1),
                        "wantedBy", List.of("multi-user.target")),
                "systemd.services.ssh.serviceConfig.Nice", 3,
                "users.users.x.uid", 900);
        SystemTree first = build(config);
        SystemTree second = build(new java.util.TreeMap<>(config).descendingMap());
        assertEquals(first, second);
        assertEquals(TreeManifest.of(first).json(), TreeManifest.of(second).json());
        assertEquals(TreeManifest.of(first).hash(), TreeManifest.of(second).hash());
    }

    @Test
    void copiesAnEtcSourceWithAnOctalModeAndLinksOneWithout(@TempDir Path temp) throws Exception {
        Path source = temp.resolve("motd");
        Files.writeString(source, "copied text\n");
        SystemTree tree = build(Map.of(
                "environment.etc.copied", Map.of("source", source.toString(), "mode", "0640"),
                "environment.etc.linked", Map.of("source", source.toString())));
        assertEquals(TreeEntry.file("etc/copied", EntryKind.ETC_FILE, "copied text\n", 0640),
                tree.get("etc/copied").orElseThrow());
        assertEquals(TreeEntry.link("etc/linked", EntryKind.ETC_FILE, source.toString()),
                tree.get("etc/linked").orElseThrow());
    }

    @Test
    void writesTheScriptsOfADropInToo() {
        SystemTree tree = build(Map.of("systemd.services.ssh.preStart", "ssh-keygen -A"));
        assertEquals("""
                [Service]
                ExecStartPre=
                ExecStartPre=/etc/stead/scripts/ssh-pre-start
                """, tree.get("etc/systemd/system/ssh.service.d/overrides.conf").orElseThrow().content());
        assertTrue(tree.get("etc/stead/scripts/ssh-pre-start").orElseThrow().content().contains("ssh-keygen -A"));
    }

    @Test
    void writesNoDropInWhenNothingIsCustomised() {
        SystemTree tree = build(Map.of("systemd.services.ssh.aliases", List.of("sshd.service")));
        assertFalse(tree.get("etc/systemd/system/ssh.service.d/overrides.conf").isPresent());
        assertEquals(1, tree.entries().size());
    }
}

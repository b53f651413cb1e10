package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.testkit.systemd.TreeDump;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.FakeTarget;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Override detection against a fake target with vendor units: units systemd ships (also through
 * an absolute {@code lib -> /usr/lib} link, a template), vendor units masked upstream (a link to
 * /dev/null, an empty file: the configuration writes them whole, since a drop-in would leave
 * them masked, never run; also an instance masked by a file of its own), a template with an
 * instance file of its own (whose drop-in still begins with the template's), units of
 * a directory package outside systemd's search path (linked into the tree) and of a Debian
 * package listed in the dpkg database under an {@code :amd64} name. The expected tree is
 * src/test/golden/fake-root/upstream.tree.
 */
class UpstreamOnFakeRootTest {

    static FakeTarget vendorTarget(Path root) {
        return new FakeTarget(root)
                .file("/usr/lib/systemd/system/vendor.service", """
                        [Unit]
                        Description=Vendor daemon
                        After=network.target

                        [Service]
                        ExecStartPre=/usr/bin/vendor-check
                        ExecStart=/usr/bin/vendor --foreground
                        Environment=A=1
                        Restart=on-failure

                        [Install]
                        WantedBy=multi-user.target
                        """)
                .file("/usr/lib/systemd/system/vendor.service.d/10-vendor.conf",
                        "[Service]\nExecReload=/bin/kill -HUP $MAINPID\n")
                .file("/usr/lib/systemd/system/vendor.socket", "[Socket]\nListenStream=1234\n")
                .file("/usr/lib/systemd/system/getty@.service", "[Service]\nExecStart=-/sbin/agetty %I\n")
                .link("/usr/lib/systemd/system/hwclock.service", "/dev/null")
                .file("/usr/lib/systemd/system/blank.service", "")
                .file("/usr/lib/systemd/system/tpl@.service", "[Service]\nExecStart=/usr/bin/tpl %i\n")
                .file("/usr/lib/systemd/system/tpl@special.service", "[Service]\nExecStart=/usr/bin/special\n")
                .link("/usr/lib/systemd/system/tpl@masked.service", "/dev/null")
                .file("/opt/tool/lib/systemd/system/tool.service", "[Service]\nExecStart=/opt/tool/bin/tool\n")
                .file("/opt/tool/lib/systemd/system/tool.timer", "[Timer]\nOnCalendar=daily\n")
                .file("/opt/tool/lib/systemd/system/tool.service.d/10-limits.conf", "[Service]\nLimitNOFILE=4096\n")
                .link("/opt/tool/lib/systemd/system/multi-user.target.wants/tool.service", "../tool.service")
                .file("/usr/lib/systemd/system/fancy.service", "[Service]\nExecStart=/usr/bin/fancy\n")
                .file("/usr/share/fancy/systemd/system/fancy-extra.service", "[Service]\nExecStart=/usr/bin/fancy-extra\n")
                .dpkgList("fancy:amd64.list", "/.", "/lib", "/lib/systemd", "/lib/systemd/system",
                        "/lib/systemd/system/fancy.service", "/lib/systemd/system/ghost.service",
                        "/usr/share/fancy/systemd/system/fancy-extra.service", "/usr/share/doc/fancy");
    }

    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    @Test
    void customisesWhatTheTargetShipsAndLinksWhatSystemdCannotFind() {
        vendorTarget(root);
        Map<String, Object> config = new LinkedHashMap<>(GoldenCases.configuration("fake-root/upstream"));
        config.put("system.root", root.toString());
        var tree = new SystemTreeBuilder().build(BaseModules.evaluate(config));
        assertEquals(GoldenCases.expectedTree("fake-root/upstream"), TreeDump.of(tree));
    }

    @Test
    void aUnitConfiguredUnderAnotherUnitsNameOnTheTargetIsRefusedNamingThatUnit() {
        // Debian's sshd.service is ssh.service's Alias=, linked in /etc by systemctl enable: configured
        // under it, a service was a whole unit of its own, with no command, hiding ssh.service
        new FakeTarget(root)
                .file("/usr/lib/systemd/system/ssh.service", "[Service]\nExecStart=/usr/sbin/sshd -D\n"
                        + "[Install]\nWantedBy=multi-user.target\nAlias=sshd.service\n")
                .file("/usr/lib/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n"
                        + "[Install]\nAlias=app-daemon.service\n")
                .file("/etc/systemd/system/foo.service", "[Service]\nExecStart=/usr/bin/foo\n")
                .link("/etc/systemd/system/sshd.service", "/lib/systemd/system/ssh.service")
                .link("/etc/systemd/system/foo-alias.service", "/etc/systemd/system/foo.service")
                .link("/etc/systemd/system/bar.service", "foo.service");
        Map<String, Object> refused = new LinkedHashMap<>(Map.of("system.root", root.toString(),
                "systemd.services.sshd.serviceConfig.Nice", 5,
                "systemd.units.\"sshd.service\".text", "[Service]\nExecStart=/bin/true\n",
                "systemd.services.foo-alias.script", "true"));
        BuildException e = assertThrows(BuildException.class,
                () -> new SystemTreeBuilder().build(BaseModules.evaluate(refused)));
        String said = "'sshd.service' is another name of ssh.service on the target (its Alias=, linked by systemctl"
                + " enable): configure systemd.services.ssh instead; a unit of this name would be a unit of its own,"
                + " which hides it.";
        // (an admin's unit's alias, which systemctl enable links absolutely too)
        assertEquals(List.of("'systemd.services.foo-alias': 'foo-alias.service' is another name of foo.service on the"
                        + " target (its Alias=, linked by systemctl enable): configure systemd.services.foo instead; a"
                        + " unit of this name would be a unit of its own, which hides it.",
                "'systemd.services.sshd': " + said, "'systemd.units.\"sshd.service\"': " + said), e.problems());
        // an Alias= of a unit not enabled names nothing yet, and a relative link is a tree's own
        // (a Stead tree's alias, which its next build replaces): neither is refused
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("system.root", root.toString(),
                "systemd.services.app-daemon.script", "true", "systemd.services.bar.script", "true")));
    }
}

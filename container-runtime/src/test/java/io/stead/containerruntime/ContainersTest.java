package io.stead.containerruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.SystemPackage;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.evaluator.Evaluation;
import io.stead.testkit.ScratchTree;
import io.stead.testkit.TestSystem;
import io.stead.testkit.systemd.SystemdVerify;
import io.stead.unitgenerator.SystemTreeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** containers.&lt;name&gt;: options, the container-&lt;name&gt; service, and each container's own tree. */
class ContainersTest {
    @TempDir
    Path work;

    private final TestSystem system = new TestSystem();

    private Evaluation evaluate(String yaml) {
        return system.evaluate(yaml, work, Path.of("/"));
    }

    @Test
    void aContainerRunsAsContainerNameServiceWithSystemdNspawn() {
        Evaluation e = evaluate("""
                containers.foo:
                  autoStart: true
                  extraFlags: [--private-users=no]
                  config.networking.hostName: foo
                """);
        assertEquals("/usr/bin/systemd-nspawn --quiet --keep-unit --register=no --machine=foo"
                + " --directory=/var/lib/containers/foo --bind-ro=/usr --bind-ro=/var/lib/dpkg --boot"
                + " --private-users=no", e.get("systemd.services.container-foo.serviceConfig.ExecStart"));
        assertEquals(List.of("multi-user.target"), e.get("systemd.services.container-foo.wantedBy"));
        assertEquals("Container 'foo'", e.get("systemd.services.container-foo.description"));
    }

    @Test
    void extraFlagsReachSystemdNspawnAsWrittenNotExpandedBySystemd() {
        // systemd expands %-specifiers and $VARIABLES in ExecStart= and unquotes quotes and
        // backslashes; NixOS passes the flags through a shell variable, which does none of that
        Evaluation e = evaluate("""
                containers.foo:
                  extraFlags: ["--setenv=UNIT=%n", "--setenv=H=$HOME", "--setenv=Q='a\\\\b\\"'"]
                  config: {}
                """);
        assertEquals("/usr/bin/systemd-nspawn --quiet --keep-unit --register=no --machine=foo"
                + " --directory=/var/lib/containers/foo --bind-ro=/usr --bind-ro=/var/lib/dpkg --boot"
                + " --setenv=UNIT=%%n --setenv=H=$$HOME --setenv=Q=\\'a\\\\b\\\"\\'",
                e.get("systemd.services.container-foo.serviceConfig.ExecStart"));
    }

    @Test
    void aSemicolonFlagReachesSystemdNspawnRatherThanStartingAnotherCommand() {
        // a lone ';' in ExecStart= ends the command: systemd refused the unit ("more than one
        // ExecStart= setting"), and with Type=oneshot would have run /bin/touch as root
        Evaluation e = evaluate("""
                containers.foo:
                  extraFlags: [";", "/bin/touch", "/tmp/x", "--setenv=A=; ;", "--setenv=B=a;b"]
                  config: {}
                """);
        assertEquals("/usr/bin/systemd-nspawn --quiet --keep-unit --register=no --machine=foo"
                + " --directory=/var/lib/containers/foo --bind-ro=/usr --bind-ro=/var/lib/dpkg --boot"
                + " \\; /bin/touch /tmp/x --setenv=A=; \\; --setenv=B=a;b",
                e.get("systemd.services.container-foo.serviceConfig.ExecStart"));
    }

    @Test
    void aRebootInsideTheContainerRestartsItsService() {
        // systemd-nspawn exits with 133 when the container reboots: systemd's own
        // systemd-nspawn@.service and NixOS's container@.service restart on it, not fail
        Evaluation e = evaluate("containers.foo.config: {}\n");
        assertEquals("133", e.get("systemd.services.container-foo.serviceConfig.RestartForceExitStatus"));
        assertEquals("133", e.get("systemd.services.container-foo.serviceConfig.SuccessExitStatus"));
    }

    @Test
    void aContainerThatDoesNotStartAtBootIsWantedByNothing() {
        assertEquals(List.of(), evaluate("containers.bar.config: {}\n").get("systemd.services.container-bar.wantedBy"));
    }

    @Test
    void theRootIsNamedAfterTheContainerUnlessSet() {
        Evaluation e = evaluate("containers.foo.config: {}\ncontainers.bar.root: /srv/bar\n");
        assertEquals("/var/lib/containers/foo", e.get("containers.foo.root"));
        assertEquals("/srv/bar", e.get("containers.bar.root"));
    }

    @Test
    void aContainersConfigurationIsAWholeSystemMarkedAsAContainer() {
        Evaluation e = evaluate("containers.foo.config.networking.hostName: foo\n");
        assertEquals(true, e.get("containers.foo.config.boot.isContainer"));
        assertEquals(false, e.get("boot.isContainer"), "the host is not");
        assertEquals("foo", e.get("containers.foo.config.networking.hostName"));
    }

    @Test
    void theSeedsSystemdContainersStillWorksWithAWarning() {
        Evaluation e = evaluate("systemd.containers.foo.config.networking.hostName: foo\n");
        assertEquals("foo", e.get("containers.foo.config.networking.hostName"));
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("The option 'systemd.containers' defined in '")
                && w.endsWith("has been renamed to 'containers'.")), e.warnings().toString());
    }

    @Test
    void eachContainersSystemIsBuiltIntoTheHostsTreeUnderItsName() {
        Evaluation e = evaluate("""
                containers.foo.config:
                  networking.hostName: foo
                  systemd.services.inner.script: "true"
                containers.managed.path: /srv/managed-system
                """);
        SystemTreeBuilder builder = new SystemTreeBuilder();
        SystemTree tree = new ContainerTrees(builder).addTo(builder.build(e), e);
        assertEquals("foo\n", tree.get("var/lib/stead/containers/foo/etc/hostname").orElseThrow().content());
        assertTrue(tree.get("var/lib/stead/containers/foo/etc/systemd/system/inner.service").isPresent());
        assertTrue(tree.get("etc/systemd/system/container-foo.service").isPresent());
        assertTrue(tree.entries().stream().map(TreeEntry::path).noneMatch(p -> p.startsWith(ContainerTrees.TREES + "/managed")),
                "a container run from a path is built separately");
        String managed = tree.get("etc/stead/scripts/container-managed-pre-start").orElseThrow().content();
        assertTrue(managed.contains("system=/srv/managed-system\n"), managed);
        // what a container's start reads to keep its /etc its own (ContainerRootTest runs it): the
        // files each system puts under /etc, NUL-ended, the host's and the container's
        String host = tree.get("etc/stead/etc-files").orElseThrow().content();
        assertTrue(host.startsWith("stead/scripts/container-foo-pre-start\0stead/scripts/container-managed-pre-start\0"
                + "systemd/system/container-foo.service\0"), host);
        assertEquals(tree.entries().stream().map(TreeEntry::path).filter(p -> p.startsWith("etc/")
                && !p.equals("etc/stead/etc-files")).count(), host.chars().filter(c -> c == 0).count());
        assertEquals("hostname\0stead/scripts/inner-start\0systemd/system/inner.service\0",
                tree.get("var/lib/stead/containers/foo/etc/stead/etc-files").orElseThrow().content());
    }

    @Test
    void aProblemInAContainersSystemSaysWhichContainerItIsIn() {
        Evaluation e = evaluate("""
                containers.foo.config:
                  systemd.services.web.script: "true"
                  systemd.services.web.environment.a-b: "1"
                """);
        SystemTreeBuilder builder = new SystemTreeBuilder();
        SystemTree host = builder.build(e);
        ContainerBuildException failure = org.junit.jupiter.api.Assertions.assertThrows(
                ContainerBuildException.class, () -> new ContainerTrees(builder).addTo(host, e));
        assertEquals("foo", failure.container());
        assertEquals(io.stead.api.OptionPath.of("containers", "foo", "config"), failure.configuration());
        assertEquals("in the container 'foo', configured at 'containers.foo.config': cannot build the system:"
                + " 'systemd.services.web.environment.a-b': an environment variable's name is letters, digits and"
                + " '_', not starting with a digit; systemd ignores any other.", failure.getMessage());
    }

    @Test
    void anEvaluationErrorInAContainersSystemNamesTheContainerAndTheWholePath() {
        // the evaluator's messages already name the whole path: nothing is to be read as relative
        Evaluation e = evaluate("""
                containers.foo.config.networking.hostName: a
                containers.foo.config.networking.hostName: b
                """);
        SystemTreeBuilder builder = new SystemTreeBuilder();
        ContainerBuildException failure = org.junit.jupiter.api.Assertions.assertThrows(
                ContainerBuildException.class, () -> new ContainerTrees(builder).addTo(builder.build(e), e));
        assertTrue(failure.getMessage().startsWith("in the container 'foo', configured at 'containers.foo.config':"
                + " The option"
                + " 'containers.foo.config.networking.hostName' has conflicting definition values:\n"), failure.getMessage());
    }

    @Test
    void aContainersFailedAssertionStopsItsBuildNamingItsOptionAndLine() {
        Evaluation e = evaluate("""
                containers.foo.config:
                  assertions:
                    - {assertion: true, message: fine}
                    - {assertion: false, message: the container's check}
                """);
        // the host's own hold; the container's are checked once its system is made, as a build does
        SystemTreeBuilder builder = new SystemTreeBuilder();
        new ContainerTrees(builder).addTo(builder.build(e), e);
        io.stead.api.ConfigException failed = org.junit.jupiter.api.Assertions.assertThrows(
                io.stead.api.ConfigException.class, e::checkAssertions);
        assertTrue(failed.getMessage().matches("Failed assertions \\(option 'containers\\.foo\\.config\\.assertions'\\):\n"
                + "- assertion failed in 'containers\\.foo\\.config': the container's check \\(asserted in"
                + " '[^']*stead-[^']*\\.yaml:4'\\)"), failed.getMessage());
    }

    @Test
    void aContainerInsideAContainerIsRefusedRatherThanLeftUnbuilt() {
        // its service would start a system that nothing writes: say so instead of losing it
        Evaluation e = evaluate("""
                containers.foo.config.containers.bar.config.networking.hostName: inner
                """);
        SystemTreeBuilder builder = new SystemTreeBuilder();
        ContainerBuildException failure = org.junit.jupiter.api.Assertions.assertThrows(
                ContainerBuildException.class, () -> new ContainerTrees(builder).addTo(builder.build(e), e));
        assertEquals("in the container 'foo', configured at 'containers.foo.config':"
                + " 'containers.foo.config.containers.bar': a container inside a container is not built by Stead;"
                + " declare it as a container of the host (containers.bar).", failure.getMessage());
        assertEquals(io.stead.api.OptionPath.parse("containers.bar"), failure.reason().option(),
                "relative to the container's configuration, for the caller to say where it is defined");
    }

    @Test
    void aContainersWarningsArePrintedWithTheContainerNamedOnceItsSystemIsMade() {
        Evaluation e = evaluate("""
                warnings: [the host's]
                containers.foo.config.warnings: [the container's]
                containers.bar.config.containers.inner.config.warnings: [nested]
                """);
        assertEquals(List.of("the host's"), e.warnings(), "no container's system is made yet");
        e.json(io.stead.api.OptionPath.parse("containers"), false); // makes each, as a build does
        assertEquals(List.of("the host's", "in 'containers.bar.config.containers.inner.config': nested",
                "in 'containers.foo.config': the container's"), e.warnings());
    }

    @Test
    void theContainerServicePassesSystemdsOwnCheck() {
        Evaluation e = evaluate("containers.foo.autoStart: true\ncontainers.foo.config: {}\n");
        SystemTree tree = new SystemTreeBuilder().build(e);
        try (ScratchTree written = ScratchTree.write(tree)) {
            var result = SystemdVerify.verify(written.directory(), List.of("container-foo.service"));
            assertEquals("", result.output(), "systemd-analyze verify says nothing");
        }
    }

    @Test
    void pathsThatWouldNeedQuotingAreRefusedWithTheirLine() {
        io.stead.api.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.stead.api.ConfigException.class,
                () -> evaluate("containers.foo.root: \"/srv/my root; rm -rf /\"\n").get("containers.foo.root"));
        assertTrue(e.getMessage().startsWith("A definition for option 'containers.foo.root' is not of type 'string"
                + " matching the pattern /[a-zA-Z0-9._+/-]*'. Definition values:\n- In '"), e.getMessage());
    }

    @Test
    void aContainerNameThatCannotNameAUnitIsRefusedWithItsDefinition() {
        String message = refused("containers.\"my box\".config: {}\n");
        assertTrue(message.startsWith("'containers.my box': a container's name must be letters, digits and '-', not first"
                + " or last (at most 64), since it names its unit container-<name>.service and its machine, whose name"
                + " systemd-nspawn requires to be a valid host name. Definition values:\n- In '"), message);
        // the user's line, where the container is defined
        assertTrue(message.matches("(?s).*- In '[^']*stead-[^']*\\.yaml:1': .*"), message);
    }

    @Test
    void aContainerNameThatIsNotAHostNameIsRefused() {
        // systemd-nspawn refuses these as machine names ("Invalid machine name"); NixOS refuses '_' too
        for (String name : List.of("foo_bar", "web-", "-web", "a".repeat(65))) {
            assertTrue(refused("containers." + name + ".config: {}\n").startsWith("'containers." + name
                    + "': a container's name must be"), name);
        }
        for (String name : List.of("a", "web-1", "a--b", "A9", "a".repeat(64))) {
            evaluate("containers." + name + ".config: {}\n").get("systemd.services");
        }
    }

    @Test
    void aRootThatIsTheHostsOwnOrOneOfItsSystemDirectoriesIsRefused() {
        // the container's start copies its /etc into <root>/etc: with / that is the host's /etc
        String message = refused("containers.foo.root: /\n");
        assertTrue(message.startsWith("'containers.foo.root' is '/': that is the host's own root; a container's root"
                + " must be a directory of its own, such as /var/lib/containers/foo, since the container's /etc is"
                + " copied into it. Definition values:\n- In '"), message);
        assertTrue(refused("containers.foo.root: /var/lib/containers/../..\n").startsWith("'containers.foo.root'"
                + " is '/var/lib/containers/../..': a root is written without '.', '..' or a repeated '/'; a"
                + " container's root"));
        assertTrue(refused("containers.foo.root: //\n").contains("is '//': that is the host's own root"));
        for (String root : List.of("/srv//c", "/srv/./c", "/srv/c/.", "/srv/c//")) {
            assertTrue(refused("containers.foo.root: " + root + "\n").contains("a root is written without"), root);
        }
        assertTrue(refused("containers.foo.root: /usr/local/foo\n").startsWith("'containers.foo.root' is"
                + " '/usr/local/foo': that is in /usr, a directory of the host's system; a container's root"));
        assertTrue(refused("containers.foo.root: /var/lib/stead/containers/foo\n").contains(
                "that is in /var/lib/stead, a directory of the host's system"));
        assertTrue(refused("containers.foo.root: /var/lib/machines\n").startsWith("'containers.foo.root' is"
                + " '/var/lib/machines': that directory holds other files of the host's; a container's root"));
        // inside such a directory is where roots go
        for (String root : List.of("/var/lib/machines/foo", "/srv/foo", "/usrx/foo", "/home/c/foo", "/srv/c/")) {
            Evaluation e = evaluate("containers.foo.root: " + root + "\n");
            e.get("systemd.services");
            assertEquals(root, e.get("containers.foo.root"));
        }
    }

    @Test
    void twoContainersWithOneRootOrOneInsideTheOtherAreRefusedNamingBothRootsDefinitions() throws IOException {
        // either line may be the one to change: both are shown, each under its option
        assertEquals("""
                'containers.b.root' is '/srv/c/d' and 'containers.a.root' is '/srv/c': two containers cannot share a\
                 root, or have one inside the other, since each copies its /etc into its own.\
                 Definition values of 'containers.b.root':
                - In 'host.yaml:3': "/srv/c/d"
                Definition values of 'containers.a.root':
                - In 'host.yaml:1': "/srv/c\"""", refusedIn("host.yaml", """
                containers.a.root: /srv/c
                containers.a.config: {}
                containers.b.root: /srv/c/d
                """));
        assertTrue(refused("containers.a.root: /srv/c\ncontainers.b.root: /srv/c\n").startsWith(
                "'containers.b.root' is '/srv/c' and 'containers.a.root' is '/srv/c': two containers cannot share a"
                        + " root, or have one inside the other, since each copies its /etc into its own. Definition"
                        + " values of 'containers.b.root':\n- In '"));
        assertTrue(refused("containers.a.root: /srv/c/inner\ncontainers.b.root: /srv/c\n").startsWith(
                "'containers.b.root' is '/srv/c' and 'containers.a.root' is '/srv/c/inner': two containers"));
        assertTrue(refused("containers.a.root: /srv/c/\ncontainers.b.root: /srv/c\n").startsWith(
                "'containers.b.root' is '/srv/c' and 'containers.a.root' is '/srv/c': two containers"));
        // a name that begins another's is no nesting
        evaluate("containers.a.root: /srv/c\ncontainers.b.root: /srv/cc\n").get("systemd.services");
    }

    @Test
    void aContainerGivenBothPathAndConfigIsRefusedNamingBothDefinitions() throws IOException {
        // only one of the two systems can run: config was dropped without a word (NixOS defines
        // path from config, so there the two conflict)
        String conflict = """
                The option 'containers.box.path' has conflicting definition values: a container runs either the\
                 system that 'containers.box.config' configures or one built apart at 'containers.box.path'\
                 (NixOS defines path from config); define only one of them.\
                 Definition values of 'containers.box.path':
                - In 'host.yaml:1': "/srv/boxsys"
                Definition values of 'containers.box.config':
                - In 'host.yaml:2': {"networking.hostName": "box"}""";
        String yaml = "containers.box.path: /srv/boxsys\ncontainers.box.config.networking.hostName: box\n";
        assertEquals(conflict, refusedIn("host.yaml", yaml));
        // by a build too, which makes the containers' services first
        ConfigException built = assertThrows(ConfigException.class,
                () -> TestSystem.build(system.evaluate(work.resolve("host.yaml"), Path.of("/"))));
        assertEquals(conflict, built.getMessage().replace(work + "/", ""));
        // a config of nothing is a definition too, as it is in NixOS
        assertTrue(refused("containers.box.path: /srv/boxsys\ncontainers.box.config: {}\n").startsWith(
                "The option 'containers.box.path' has conflicting definition values"));
        // either alone runs, and a path of null is no system
        evaluate("containers.box.path: /srv/boxsys\n").get("systemd.services");
        evaluate("containers.box.config: {}\n").get("systemd.services");
        evaluate("containers.box.path: null\ncontainers.box.config: {}\n").get("systemd.services");
    }

    @Test
    void aContainersTargetRootIsTheHostsSinceItRunsOnTheHostsUsr() throws IOException {
        // its packages and the units they ship are those of the root the host is built for
        // (--root): the container's were looked up on the build machine's /
        Path target = Files.createDirectories(work.resolve("target"));
        Files.createDirectories(target.resolve("opt/stead-probe-tool"));
        Evaluation e = system.evaluate("""
                packages.sources.tool: /opt/stead-probe-tool
                containers.foo.config.packages.sources.tool: /opt/stead-probe-tool
                containers.bar.config.system.root: /srv/bar-root
                """, work, target);
        assertEquals(target.toString(), e.get("containers.foo.config.system.root"));
        assertEquals(new SystemPackage("/opt/stead-probe-tool"), e.get("pkgs.tool"));
        assertEquals(new SystemPackage("/opt/stead-probe-tool"), e.get("containers.foo.config.pkgs.tool"));
        assertEquals("/srv/bar-root", e.get("containers.bar.config.system.root"), "its own definition wins");
    }

    @Test
    void aContainersUnitsCustomiseWhatTheHostsTargetRootShips() throws IOException {
        Path target = Files.createDirectories(work.resolve("target"));
        Path units = Files.createDirectories(target.resolve("usr/lib/systemd/system"));
        Files.writeString(units.resolve("stead-probe.service"), "[Service]\nExecStart=/usr/bin/stead-probe\n");
        Evaluation e = system.evaluate("""
                systemd.services.stead-probe.environment.WHERE: host
                containers.foo.config.systemd.services.stead-probe.environment.WHERE: container
                """, work, target);
        SystemTree tree = new ContainerTrees(new SystemTreeBuilder()).addTo(TestSystem.build(e), e);
        assertEquals("/usr/lib/systemd/system/stead-probe.service",
                tree.get("etc/systemd/system/stead-probe.service.d/overrides.conf").orElseThrow().customises());
        assertEquals("/usr/lib/systemd/system/stead-probe.service", tree.get(ContainerTrees.TREES
                + "/foo/etc/systemd/system/stead-probe.service.d/overrides.conf").orElseThrow().customises());
    }

    @Test
    void aFlagWithALineBreakIsRefusedNamingExtraFlags() {
        // it would otherwise be refused as the generated ExecStart, naming the plugin's line
        String message = refused("containers.foo.extraFlags: [\"--setenv=A=1\\nExecStartPre=/bin/evil\"]\n");
        assertTrue(message.startsWith("'containers.foo.extraFlags': a flag cannot hold a line break or a NUL"
                + " character, since the flags are written on one line of the container's service; give each flag"
                + " as an element of its own. Definition values:\n- In '"), message);
    }

    /** The error of making the containers' services, which a build does. */
    private String refused(String yaml) {
        return org.junit.jupiter.api.Assertions.assertThrows(io.stead.api.ConfigException.class,
                () -> evaluate(yaml).get("systemd.services")).getMessage();
    }

    /** {@link #refused}, of a file of this name, which the message names without its directory. */
    private String refusedIn(String name, String yaml) throws IOException {
        Path file = Files.writeString(work.resolve(name), yaml);
        return assertThrows(ConfigException.class, () -> system.evaluate(file, Path.of("/")).get("systemd.services"))
                .getMessage().replace(work + "/", "");
    }
}

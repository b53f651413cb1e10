package io.stead.plugins.nixdaemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.evaluator.Evaluation;
import io.stead.testkit.Golden;
import io.stead.testkit.TestSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module stays inactive until enabled; enabled, it uses the package's units, changing them
 * through drop-ins only, and refuses a target without the package.
 */
class EnableTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    @Test
    void disabledItAddsNothing() {
        Evaluation evaluation = system.evaluate("nix.daemonIOSchedClass: idle\n", work, Path.of("/"));

        assertEquals(List.of(), TestSystem.build(evaluation).entries().stream().map(TreeEntry::path).toList());
        assertEquals(List.of(), evaluation.list("systemd.packages"));
    }

    @Test
    void settingsWithoutEnableAreWarnedAbout() {
        // NixOS enables nix by default; here nix.settings alone wrote nothing, without a word
        Evaluation alone = system.evaluate("nix.settings.max-jobs: 4\n", work, Path.of("/"));
        assertEquals(List.of("nix.settings or nix.extraOptions is set, but nix.enable is not: no nix.conf is written"
                + " and no nix daemon is run. Set nix.enable = true (it is false by default, unlike NixOS)."),
                alone.list("warnings"));
        assertEquals(List.of(), system.evaluate("nix.extraOptions: ''\n", work, Path.of("/")).list("warnings"));
        assertEquals(List.of(), system.evaluate("nix.enable: true\nnix.settings.max-jobs: 4\n", work, Path.of("/"))
                .list("warnings"));
    }

    @Test
    void enabledItPutsThePackageInSystemdPackages() {
        Evaluation evaluation = system.evaluate("nix.enable: true\n", work, Path.of("/"));

        assertEquals(List.of("nix-setup-systemd"), evaluation.list("systemd.packages").stream().map(String::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNixUnitsAreOnlyEverCustomised(String name) {
        SystemTree tree = TestSystem.build(system.evaluate(Golden.configuration(name), Golden.root(name, work)));

        List<TreeEntry> nixUnits = tree.entries().stream().filter(e -> e.path().contains("/nix-daemon.")).toList();
        assertEquals(List.of("etc/systemd/system/nix-daemon.service.d/overrides.conf",
                        "etc/systemd/system/sockets.target.wants/nix-daemon.socket"),
                nixUnits.stream().map(TreeEntry::path).toList());
        assertTrue(nixUnits.stream().allMatch(e -> e.kind() == EntryKind.DROP_IN || e.kind() == EntryKind.LINK),
                nixUnits.toString());
        assertEquals("/lib/systemd/system/nix-daemon.service", nixUnits.get(0).customises());
    }

    @Test
    void aTargetWithoutThePackageIsRefused() throws Exception {
        Path root = Files.createDirectories(work.resolve("root"));

        ConfigException e = assertThrows(ConfigException.class,
                () -> system.evaluate("nix.enable: true\n", work, root));

        assertTrue(e.getMessage().contains("assertion failed: nix.enable needs the package nix-setup-systemd "
                + "(packages.sources.nix) on the target " + root + ": its nix-daemon.service and "
                + "nix-daemon.socket are the units that Stead customises."), e.getMessage());
    }
}

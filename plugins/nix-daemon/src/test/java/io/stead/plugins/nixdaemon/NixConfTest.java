package io.stead.plugins.nixdaemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.testkit.Golden;
import io.stead.plugins.nixdaemon.testkit.NixShowConfig;
import io.stead.testkit.ScratchTree;
import io.stead.testkit.TestSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real nix reads the nix.conf Stead writes without a warning, and as meant. */
class NixConfTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    private NixShowConfig.Result showConfig(String name) {
        var tree = TestSystem.build(system.evaluate(Golden.configuration(name), Golden.root(name, work)));
        try (ScratchTree written = ScratchTree.write(tree)) {
            NixShowConfig.Result result = NixShowConfig.of(written.directory());
            assertEquals(0, result.exitCode(), result.warnings().toString());
            assertEquals(List.of(), result.warnings());
            return result;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nixReadsItWithoutWarnings(String name) {
        showConfig(name);
    }

    @Test
    void theDefaultsTrustRootAndAllowEveryone() {
        NixShowConfig.Result nix = showConfig("defaults");

        assertEquals("root", nix.settings().get("trusted-users"));
        assertEquals("*", nix.settings().get("allowed-users"));
        assertEquals("false", nix.settings().get("sandbox"));
        // the official cache and its key, as NixOS writes them
        assertEquals("https://cache.nixos.org/", nix.settings().get("substituters"));
        assertEquals("cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=",
                nix.settings().get("trusted-public-keys"));
    }

    @Test
    void settingsOfEveryKindTakeEffect() {
        NixShowConfig.Result nix = showConfig("tuned");

        assertEquals("4", nix.settings().get("max-jobs"));
        assertEquals("true", nix.settings().get("keep-outputs"));
        assertEquals("1073741824", nix.settings().get("min-free"));
        // a cache of the configuration's comes before the official one, which stays (as NixOS's
        // mkAfter has it); extra-substituters extends substituters, so it must come after it
        assertEquals("https://cache.example.org/ https://cache.nixos.org/ https://cache.example/",
                nix.settings().get("substituters"));
        assertEquals("alice root @wheel", nix.settings().get("trusted-users"));
        assertEquals("@builders", nix.settings().get("allowed-users"));
        assertEquals("", nix.settings().get("post-build-hook"));
        // from extraOptions
        assertEquals("true", nix.settings().get("keep-derivations"));
    }
}

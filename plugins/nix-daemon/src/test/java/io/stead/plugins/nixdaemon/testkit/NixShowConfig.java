package io.stead.plugins.nixdaemon.testkit;

import io.stead.testkit.systemd.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real {@code nix show-config} on a written tree's {@code etc/nix/nix.conf}, alone: it
 * is the only configuration file nix reads ({@code NIX_CONF_DIR}, no user file), so that its
 * warnings (such as {@code unknown setting}) and its values are those of that file.
 */
public final class NixShowConfig {
    private NixShowConfig() {
    }

    /**
     * What nix made of a nix.conf.
     *
     * @param exitCode the exit code of {@code nix show-config}
     * @param warnings the lines it printed that are not settings (warnings and errors)
     * @param settings the settings it printed, by name
     */
    public record Result(int exitCode, List<String> warnings, Map<String, String> settings) {
    }

    /**
     * @param writtenTree a tree written by the tree writer, with an {@code etc/nix/nix.conf}
     * @return what nix made of it
     */
    public static Result of(Path writtenTree) {
        try {
            Path home = Files.createTempDirectory("stead-nix-home-");
            try {
                Processes.Result run = Processes.run(List.of("nix", "--option", "experimental-features",
                                "nix-command", "show-config"),
                        Map.of("NIX_CONF_DIR", writtenTree.resolve("etc/nix").toString(),
                                "NIX_USER_CONF_FILES", "", "HOME", home.toString(),
                                "XDG_CONFIG_HOME", home.toString()));
                Map<String, String> settings = new LinkedHashMap<>();
                List<String> warnings = new java.util.ArrayList<>();
                for (String line : run.output().lines().toList()) {
                    int equals = line.indexOf(" = ");
                    if (equals > 0 && !line.startsWith("warning:") && !line.startsWith("error:")) {
                        settings.put(line.substring(0, equals), line.substring(equals + 3));
                    } else if (!line.isBlank()) {
                        warnings.add(line);
                    }
                }
                return new Result(run.exitCode(), warnings, settings);
            } finally {
                Files.delete(home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

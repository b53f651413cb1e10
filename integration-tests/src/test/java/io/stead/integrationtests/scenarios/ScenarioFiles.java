package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.ExecResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The files a scenario builds from: its configuration in test resources ({@code scenarios/NAME}), and what
 * must differ per run (a free port, a fresh key) written next to it as a second configuration file, which
 * Stead merges with the first.
 */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** @return a copy of the test resource {@code scenarios/NAME} in {@code dir} */
    static Path resource(Path dir, String name) {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new AssertionError("no test resource scenarios/" + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code dir/NAME} holding {@code text} */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a fresh passphrase-less ed25519 key pair in {@code dir}: the private key's path */
    static Path sshKey(Path dir, String name) {
        Path key = dir.resolve(name);
        ExecResult keygen = MachineCommand.run(Duration.ofSeconds(10), List.of("ssh-keygen", "-q", "-t", "ed25519",
                "-N", "", "-C", "stead-scenario", "-f", key.toString()));
        keygen.assertSuccess();
        return key;
    }

    /** @return the public half of a key made by {@link #sshKey}, one line without its newline */
    static String publicKey(Path key) {
        try {
            return Files.readString(key.resolveSibling(key.getFileName() + ".pub")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.ExecResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Stead CLI as the reactor built it: {@code java -p cli/target/stead-cli-*.jar:cli/target/modules -m
 * io.stead.cli/io.stead.cli.Main}, in a JVM of its own, with the bundled plugins. Not the {@code ./stead}
 * launcher, which rebuilds from the sources first; in {@code mvn verify} the reactor packages {@code cli}
 * before this module, so these jars are the build under test.
 */
final class SteadCli {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private SteadCli() {
    }

    /** @return the repository root, from the {@code stead.root} system property that Failsafe sets */
    static Path root() {
        String root = System.getProperty("stead.root");
        if (root == null) {
            throw new AssertionError("The system property stead.root is not set (Failsafe sets it to the repository"
                    + " root; see integration-tests/pom.xml).");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    /**
     * Runs {@code stead build FILES -o OUT} and requires it to succeed.
     *
     * @return the tree it wrote
     * @throws AssertionError with the CLI's output when it fails
     */
    static BuiltTree build(Path out, Path... files) {
        List<String> arguments = new ArrayList<>(List.of("build"));
        for (Path file : files) {
            arguments.add(file.toString());
        }
        arguments.addAll(List.of("-o", out.toString()));
        ExecResult result = run(arguments);
        if (!result.succeeded()) {
            throw new AssertionError("stead build failed:\n" + result.describe());
        }
        return new BuiltTree(out);
    }

    /** @return the CLI's result, whatever its exit code */
    static ExecResult run(List<String> arguments) {
        Path target = root().resolve("cli/target");
        Path modules = target.resolve("modules");
        Path jar = cliJar(target);
        if (!Files.isDirectory(modules)) {
            throw new AssertionError(modules + " does not exist: build the CLI first (mvn -B verify builds it"
                    + " before these scenarios).");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-p", jar + ":" + modules, "-m", "io.stead.cli/io.stead.cli.Main"));
        command.addAll(arguments);
        return MachineCommand.run(TIMEOUT, command);
    }

    private static Path cliJar(Path target) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "stead-cli-*.jar")) {
            found.forEach(jars::add);
        } catch (IOException e) {
            throw new AssertionError(target + " cannot be read (" + e.getMessage() + "): build the CLI first.", e);
        }
        jars.removeIf(jar -> jar.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"));
        if (jars.size() != 1) {
            throw new AssertionError("Expected one CLI jar in " + target + " but found " + jars
                    + ": build the CLI first (mvn -B verify builds it before these scenarios).");
        }
        return jars.get(0);
    }
}

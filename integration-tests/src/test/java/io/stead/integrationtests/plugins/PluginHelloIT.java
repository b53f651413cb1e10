package io.stead.integrationtests.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.integrationtests.testhost.UnitVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party example, {@code examples/plugin-hello}, as its author would ship it: built
 * against the API jar alone, dropped into a plugin directory, and loaded by the real
 * {@code stead} with {@code -I DIR} or {@code STEAD_PLUGIN_PATH}. Its options are listed and
 * shown, and its units and file are built.
 */
class PluginHelloIT {
    private static final String GREETING = "Greetings from the plugin test.";
    private static final int PORT = 7123;

    @TempDir
    Path work;

    private SteadCli stead;
    private Path pluginDir;
    private Path jar;
    private Path host;

    @BeforeEach
    void buildThePlugin() throws IOException {
        stead = new SteadCli(work);
        pluginDir = Files.createDirectories(work.resolve("plugins"));
        jar = new PluginJars(work.resolve("build")).example(pluginDir.resolve("stead-plugin-hello.jar"));
        host = Files.writeString(work.resolve("host.yaml"), "services.hello:\n  enable: true\n  greeting: "
                + GREETING + "\n  port: " + PORT + "\n");
    }

    @Test
    void steadPluginsListsItWithItsVersionJarAndOptions() {
        SteadCli.Result run = stead.run("plugins", "-I", pluginDir.toString());

        assertEquals(0, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf("hello " + PluginJars.exampleVersion() + " (" + jar + ")");
        assertTrue(at >= 0, run.toString());
        List<String> options = lines.subList(at + 1, lines.size()).stream()
                .takeWhile(line -> line.startsWith("  ")).filter(line -> line.startsWith("  services."))
                .map(line -> line.substring(2, line.indexOf(':'))).toList();
        assertEquals(List.of("services.hello.enable", "services.hello.greeting", "services.hello.port"), options);
    }

    @Test
    void thePluginPathVariableLoadsItToo() {
        SteadCli.Result run = stead.run(Map.of("STEAD_PLUGIN_PATH", "/nonexistent-dir-is-named:" + pluginDir),
                "plugins");

        assertTrue(run.out().contains("hello " + PluginJars.exampleVersion() + " (" + jar + ")"), run.toString());
        assertTrue(run.err().contains("/nonexistent-dir-is-named"), run.toString());
    }

    @Test
    void steadOptionShowsItsOptionDeclaredInTheJarAndDefinedInTheFile() {
        SteadCli.Result run = stead.run("option", "services.hello.greeting", "-c", host.toString(),
                "-I", pluginDir.toString());

        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("services.hello.greeting\n"), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*Declared by:\\s+" + Pattern.quote(jar + "!")
                + "HelloModule\\.java:\\d+")), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*Value:\\s+\"" + Pattern.quote(GREETING) + "\"")),
                run.toString());
        // the file may be shown relative to the working directory or not
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*(.*/)?host\\.yaml:3 \\(priority 100\\): \""
                + Pattern.quote(GREETING) + "\"")), run.toString());
    }

    @Test
    void steadBuildWritesItsUnitsAndFileAndTheyVerify() throws IOException {
        Path out = work.resolve("system");

        SteadCli.Result run = stead.run("build", host.toString(), "-o", out.toString(), "-I", pluginDir.toString());

        assertEquals(0, run.code(), run.toString());
        Path units = out.resolve("etc/systemd/system");
        assertEquals(GREETING + "\n", Files.readString(out.resolve("etc/hello/greeting")));
        assertTrue(Files.readString(units.resolve("hello.socket")).lines().anyMatch(l -> l.equals("ListenStream=" + PORT)),
                Files.readString(units.resolve("hello.socket")));
        assertTrue(Files.isRegularFile(units.resolve("hello@.service")), "no hello@.service in " + out);
        assertEquals(Path.of("../hello.socket"), Files.readSymbolicLink(units.resolve("sockets.target.wants/hello.socket")));
        UnitVerifier.verify(out, List.of("hello.socket", "hello@.service")).assertClean();
    }

    @Test
    void disabledItBuildsNothing() throws IOException {
        Path disabled = Files.writeString(work.resolve("disabled.yaml"), "services.hello.greeting: unused\n");
        Path out = work.resolve("system");

        SteadCli.Result run = stead.run("build", disabled.toString(), "-o", out.toString(), "-I", pluginDir.toString());

        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.notExists(out.resolve("etc/hello")) && Files.notExists(out.resolve("etc/systemd/system/hello.socket")),
                run.toString());
    }
}

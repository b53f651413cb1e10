package io.stead.cli.plugins;

import static io.stead.cli.testing.TestJars.greeter;
import static io.stead.cli.testing.TestJars.serviceModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.cli.testing.TestJars;
import io.stead.evaluator.PluginSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {
    private static final String PROVIDES = "requires io.stead.api; provides io.stead.api.ServiceModule with ";

    @TempDir
    Path work;
    Path plugins;
    TestJars jars;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(work.resolve("plugins"));
        jars = new TestJars(work.resolve("build"));
    }

    /** Loads without the bundled modules, so that only the jars under test are seen. */
    private LoadedPlugins load(Path... dirs) {
        return new PluginRegistry(ModuleLayer.boot(), false).load(List.of(dirs));
    }

    private Path goodJar(Path dir, String file, String module, String name) throws IOException {
        return jars.modular(dir.resolve(file), module, PROVIDES + module + ".Plugin;", "1.2.0",
                greeter(module + ".Plugin", name));
    }

    private static List<String> names(LoadedPlugins loaded) {
        return loaded.plugins().stream().map(p -> p.module().name()).toList();
    }

    private static List<String> messages(LoadedPlugins loaded) {
        return loaded.problems().stream().map(PluginProblem::message).toList();
    }

    @Test
    void loadsAModularJarWithItsLocationAndVersion() throws IOException {
        Path jar = goodJar(plugins, "hello.jar", "hello", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of(), messages(loaded));
        PluginSource only = loaded.plugins().get(0);
        assertEquals("hello", only.module().name());
        assertEquals("1.2.0", only.module().version());
        assertEquals(jar.toString(), only.location());
        assertEquals("hello", only.module().getClass().getModule().getName());
    }

    @Test
    void eachJarGetsALayerOfItsOwn() throws IOException {
        goodJar(plugins, "a.jar", "alpha", "alpha");
        goodJar(plugins, "b.jar", "beta", "beta");

        List<PluginSource> loaded = load(plugins).plugins();

        ModuleLayer first = loaded.get(0).module().getClass().getModule().getLayer();
        ModuleLayer second = loaded.get(1).module().getClass().getModule().getLayer();
        assertTrue(first != second && first != ModuleLayer.boot() && second != ModuleLayer.boot());
    }

    @Test
    void loadsAPlainJarAsAnAutomaticModule() throws IOException {
        jars.plain(plugins.resolve("plain-greeter.jar"), "plain.Greeter", Map.of(),
                greeter("plain.Greeter", "plain"));

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of(), messages(loaded));
        assertEquals(List.of("plain"), names(loaded));
        assertTrue(loaded.plugins().get(0).module().getClass().getModule().getDescriptor().isAutomatic());
    }

    @Test
    void sortsByNameNotByFile() throws IOException {
        goodJar(plugins, "1-last.jar", "zed", "zed");
        goodJar(plugins, "2-first.jar", "ab", "ab");
        goodJar(plugins, "3-middle.jar", "mid", "mid");

        assertEquals(List.of("ab", "mid", "zed"), names(load(plugins)));
    }

    @Test
    void aJarThatIsNotAZipIsNamedAndTheOthersStillLoad() throws IOException {
        Path garbage = jars.garbage(plugins.resolve("garbage.jar"));
        goodJar(plugins, "hello.jar", "hello", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of("hello"), names(loaded));
        assertEquals(1, loaded.problems().size());
        String message = loaded.problems().get(0).message();
        assertTrue(message.startsWith("cannot load plugin " + garbage + ": not a usable module jar: "),
                message);
    }

    @Test
    void aJarWithoutAProviderIsNamed() throws IOException {
        Path modular = jars.modular(plugins.resolve("lib.jar"), "lib", "exports lib;", null,
                Map.entry("lib/Util.java", "package lib; public class Util {}"));
        Path plain = jars.plain(plugins.resolve("plain-lib.jar"), null, Map.of(),
                Map.entry("plainlib/Util.java", "package plainlib; public class Util {}"));

        assertEquals(List.of(
                "cannot load plugin " + modular + ": provides no io.stead.api.ServiceModule (declare it"
                        + " with 'provides io.stead.api.ServiceModule with ...' in module-info.java)",
                "cannot load plugin " + plain + ": provides no io.stead.api.ServiceModule (declare it"
                        + " in META-INF/services/io.stead.api.ServiceModule)"),
                messages(load(plugins)));
    }

    @Test
    void aProviderThatThrowsInItsConstructorIsNamed() throws IOException {
        Path boom = jars.modular(plugins.resolve("boom.jar"), "boom", PROVIDES + "boom.Boom;", null,
                serviceModule("boom.Boom", "boom", "throw new IllegalStateException(\"no luck\");", ""));
        goodJar(plugins, "hello.jar", "hello", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of("hello"), names(loaded));
        assertEquals(List.of("cannot load plugin " + boom
                        + ": its provider boom.Boom failed to start: IllegalStateException: no luck"),
                messages(loaded));
    }

    @Test
    void aSecondPluginOfTheSameNameIsRefused() throws IOException {
        Path first = goodJar(plugins, "a-hello.jar", "hello", "hello");
        Path second = goodJar(plugins, "b-hello.jar", "hello.again", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(1, loaded.plugins().size());
        assertEquals(first.toString(), loaded.plugins().get(0).location());
        assertEquals(List.of("cannot load plugin " + second
                        + ": a plugin named 'hello' is already loaded from " + first),
                messages(loaded));
    }

    @Test
    void aPluginNamedAsTheEvaluatorsOwnModuleIsRefused() throws IOException {
        Path core = goodJar(plugins, "core.jar", "core", "core");
        goodJar(plugins, "hello.jar", "hello", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of("hello"), names(loaded));
        assertEquals(List.of("cannot load plugin " + core + ": the name 'core' is Stead's own module's"
                + " (assertions, warnings)"), messages(loaded));
    }

    @Test
    void aPlainJarForAnotherApiMajorVersionIsRefused() throws IOException {
        Path future = jars.plain(plugins.resolve("future.jar"), "future.Plugin",
                Map.of("Stead-Api-Version", "1.0"), greeter("future.Plugin", "future"));
        jars.plain(plugins.resolve("present.jar"), "present.Plugin",
                Map.of("Stead-Api-Version", "0.1"), greeter("present.Plugin", "present"));

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of("present"), names(loaded));
        assertEquals(List.of("cannot load plugin " + future + ": built for plugin API 1.0, but this"
                        + " stead has plugin API 0.1 (a plugin needs the same major version and no"
                        + " newer minor)"),
                messages(loaded));
    }

    @Test
    void aJarWhoseRequirementsAreMissingIsNamed() throws IOException {
        Path lib = jars.modular(work.resolve("elsewhere/needed.jar"), "needed", "exports needed;", null,
                Map.entry("needed/Thing.java", "package needed; public class Thing {}"));
        Path needy = jars.modular(plugins.resolve("needy.jar"), "needy",
                "requires needed; " + PROVIDES + "needy.Plugin;", null, List.of(lib),
                serviceModule("needy.Plugin", "needy", "new needed.Thing();", ""));

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of(), loaded.plugins());
        assertEquals(List.of("cannot load plugin " + needy
                        + ": cannot be resolved: Module needed not found, required by needy"),
                messages(loaded));
        assertTrue(Files.exists(lib));
    }

    @Test
    void everyProblemIsOneLine() throws IOException {
        jars.garbage(plugins.resolve("garbage.jar"));
        jars.plain(plugins.resolve("1.jar"), "x.Plugin", Map.of(), greeter("x.Plugin", "x"));

        LoadedPlugins loaded = load(plugins, work.resolve("missing"));

        assertEquals(3, loaded.problems().size(), messages(loaded).toString());
        messages(loaded).forEach(m -> assertTrue(!m.contains("\n") && !m.contains("\r"), m));
    }

    @Test
    void aMissingDirectoryIsNamed() throws IOException {
        Path missing = work.resolve("missing");
        Path file = Files.writeString(work.resolve("file"), "");

        assertEquals(List.of("cannot load plugins from " + missing + ": no such directory",
                        "cannot load plugins from " + file + ": not a directory"),
                messages(load(missing, file)));
    }

    @Test
    void filesThatAreNotJarsAreIgnored() throws IOException {
        Files.writeString(plugins.resolve("README.txt"), "notes");
        Files.createDirectories(plugins.resolve("sub.d"));
        goodJar(plugins, "hello.jar", "hello", "hello");

        LoadedPlugins loaded = load(plugins);

        assertEquals(List.of("hello"), names(loaded));
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void directoriesAreSearchedInOrderAndTheFirstNameWins() throws IOException {
        Path first = Files.createDirectories(work.resolve("first"));
        Path second = Files.createDirectories(work.resolve("second"));
        Path winner = goodJar(second, "z.jar", "hello.two", "hello");
        Path loser = goodJar(first, "a.jar", "hello.one", "hello");

        LoadedPlugins loaded = load(second, first);

        assertEquals(winner.toString(), loaded.plugins().get(0).location());
        assertEquals(List.of("cannot load plugin " + loser
                + ": a plugin named 'hello' is already loaded from " + winner), messages(loaded));
    }

    @Test
    void bundledModulesComeFromTheBaseLayer() {
        // the test's own boot layer: whatever bundled modules it holds load without problems
        LoadedPlugins loaded = new PluginRegistry(ModuleLayer.boot()).load(List.of());

        assertEquals(List.of(), loaded.problems());
        loaded.plugins().forEach(p -> assertTrue(p.location().endsWith(".jar")
                || p.location().equals("builtin") || Files.isDirectory(Path.of(p.location())), p.location()));
    }
}

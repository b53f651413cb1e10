package io.stead.cli.command;

import static io.stead.cli.testing.TestJars.greeter;
import static io.stead.cli.testing.TestJars.serviceModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.cli.plugins.PluginPath;
import io.stead.cli.testing.TestJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {
    @TempDir
    Path work;
    TestJars jars;
    Path one;
    Path two;

    @BeforeEach
    void setUp() throws IOException {
        jars = new TestJars(work.resolve("build"));
        one = Files.createDirectories(work.resolve("one"));
        two = Files.createDirectories(work.resolve("two"));
    }

    private Path plugin(Path dir, String name) throws IOException {
        return jars.modular(dir.resolve(name + ".jar"), name,
                "requires io.stead.api; provides io.stead.api.ServiceModule with " + name + ".Plugin;",
                "2.0.1", greeter(name + ".Plugin", name));
    }

    @Test
    void listsEachPluginWithVersionJarAndOptions() throws IOException {
        Path jar = plugin(one, "hello");

        Run run = Run.of("plugins", "-I", one.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("hello 2.0.1 (" + jar + ")\n"
                + "  The hello plugin.\n"
                + "  hello.enable: boolean\n"
                + "  hello.greeting: string\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void pluginDirectoriesMayBeGivenBeforeAndAfterTheCommandAndInTheEnvironment() throws IOException {
        Path three = Files.createDirectories(work.resolve("three"));
        plugin(one, "alpha");
        plugin(two, "beta");
        plugin(three, "gamma");

        Run run = Run.of(Map.of(PluginPath.VARIABLE, three.toString()),
                "-I", one.toString(), "plugins", "--plugin-dir", two.toString());

        assertEquals(0, run.code(), run.err());
        int alpha = run.out().indexOf("alpha 2.0.1");
        int beta = run.out().indexOf("beta 2.0.1");
        int gamma = run.out().indexOf("gamma 2.0.1");
        assertTrue(alpha >= 0 && alpha < beta && beta < gamma, run.out());
    }

    @Test
    void aBrokenJarIsReportedOnStderrAndTheOthersAreListed() throws IOException {
        plugin(one, "hello");
        Path broken = jars.garbage(one.resolve("broken.jar"));

        Run run = Run.of("plugins", "-I", one.toString());

        assertEquals(ExitCode.PLUGIN_ERROR.code(), run.code());
        assertTrue(run.out().contains("hello 2.0.1"), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("stead: cannot load plugin " + broken + ": "), run.err());
    }

    @Test
    void aPluginWhoseTextsFailOrHoldLineBreaksIsListedOnItsLines() throws IOException {
        // a null description was a NullPointerException (exit 70); a name with a newline printed
        // a line that read as another plugin
        String source = "package odd;\nimport io.stead.api.*;\npublic final class Plugin implements ServiceModule {\n"
                + "  @Override public String name() { return \"odd\\nfake 1.0\"; }\n"
                + "  @Override public String description() { return null; }\n"
                + "  @Override public String version() { throw new IllegalStateException(\"no version\"); }\n"
                + "  @Override public void options(Options options) { }\n}\n";
        jars.modular(one.resolve("odd.jar"), "odd",
                "requires io.stead.api; provides io.stead.api.ServiceModule with odd.Plugin;", null,
                java.util.Map.entry("odd/Plugin.java", source));

        Run run = Run.of("plugins", "-I", one.toString());

        assertTrue(run.out().contains("odd\\u000afake 1.0 (failed: java.lang.IllegalStateException: no version) ("),
                run.out());
        assertTrue(!run.out().contains("\nfake"), run.out());
        assertTrue(run.code() != ExitCode.INTERNAL_ERROR.code(), run.err());
    }

    @Test
    void aPluginThatFailsToDeclareItsOptionsIsReported() throws IOException {
        Path bad = jars.modular(one.resolve("bad.jar"), "bad",
                "requires io.stead.api; provides io.stead.api.ServiceModule with bad.Plugin;", null,
                serviceModule("bad.Plugin", "bad", "", "throw new IllegalStateException(\"no options today\");"));

        Run run = Run.of("plugins", "-I", one.toString());

        assertEquals(ExitCode.PLUGIN_ERROR.code(), run.code());
        assertTrue(run.out().startsWith("bad unknown ("), run.out());
        // as an evaluation says it: the plugin's own source line, once
        assertTrue(run.err().startsWith("stead: The service module 'bad' (" + bad + ") failed in '" + bad
                + "!Plugin.java:"), run.err());
        assertTrue(run.err().contains("': java.lang.IllegalStateException: no options today"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aPluginRenamingAnOptionToNoneIsReported() throws IOException {
        // it passed, though every evaluation refuses it
        jars.modular(one.resolve("typo.jar"), "typo",
                "requires io.stead.api; provides io.stead.api.ServiceModule with typo.Plugin;", null,
                serviceModule("typo.Plugin", "typo", "", "Options o = options.under(\"typo\");"
                        + " o.add(Option.of(\"new\", str()).withDefault(\"x\")); o.rename(\"old\", \"typo.nwe\");"));

        Run run = Run.of("plugins", "-I", one.toString());

        assertEquals(ExitCode.PLUGIN_ERROR.code(), run.code());
        assertTrue(run.err().contains("'typo.nwe'") && run.err().contains("Did you mean 'typo.new'?"), run.err());
        Path empty = Files.writeString(work.resolve("empty.yaml"), "{}\n");
        assertEquals(Run.of("eval", empty.toString(), "--attr", "typo", "-I", one.toString()).err().strip(),
                run.err().strip().replaceFirst("^stead: ", "error: "), "as an evaluation says it");
    }

    @Test
    void withNoPluginsItSaysSo() {
        Run run = Run.of("plugins", "-I", one.toString());

        assertEquals(0, run.code(), run.err());
        if (run.out().startsWith("no plugins")) {
            assertEquals("no plugins loaded\n", run.out());
        }
    }
}

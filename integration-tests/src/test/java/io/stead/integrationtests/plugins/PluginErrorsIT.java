package io.stead.integrationtests.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that goes wrong is named by the real {@code stead}, with its jar: two plugins that
 * declare one option, a plugin whose code throws (while declaring, or in a computed value), and
 * a jar that is not a plugin at all.
 */
class PluginErrorsIT {
    @TempDir
    Path work;

    private SteadCli stead;
    private PluginJars jars;
    private Path pluginDir;
    private Path hello;
    private Path host;

    @BeforeEach
    void setUp() throws IOException {
        stead = new SteadCli(work);
        jars = new PluginJars(work.resolve("build"));
        pluginDir = Files.createDirectories(work.resolve("plugins"));
        hello = jars.example(pluginDir.resolve("hello.jar"));
        host = Files.writeString(work.resolve("host.yaml"), "services.hello.enable: true\n");
    }

    @Test
    void twoPluginsDeclaringOneOptionAreBothNamed() {
        Path clash = jars.serviceModule(pluginDir.resolve("clash.jar"), "org.example.clash", "clash",
                "options.add(Option.of(\"services.hello.greeting\", str()).withDefault(\"hi\"));", "");

        SteadCli.Result option = stead.run("option", "services.hello.greeting", "-c", host.toString(),
                "-I", pluginDir.toString());
        SteadCli.Result build = stead.run("build", host.toString(), "-o", work.resolve("out").toString(),
                "-I", pluginDir.toString());

        for (SteadCli.Result run : new SteadCli.Result[] {option, build}) {
            assertEquals(1, run.code(), run.toString());
            assertTrue(run.err().contains("The option 'services.hello.greeting' in '"), run.toString());
            assertTrue(run.err().contains("' is already declared in '"), run.toString());
            assertTrue(run.err().contains(hello + "!HelloModule.java:") && run.err().contains(clash + "!Plugin.java:"),
                    run.toString());
        }
        assertTrue(Files.notExists(work.resolve("out")), "a failed build leaves no tree");

        SteadCli.Result plugins = stead.run("plugins", "-I", pluginDir.toString());
        assertEquals(3, plugins.code(), "stead plugins checks that the plugins fit together: " + plugins);
        assertTrue(plugins.err().contains("stead: The option 'services.hello.greeting' in '"), plugins.toString());
        assertTrue(plugins.err().contains(hello + "!HelloModule.java:") && plugins.err().contains(clash + "!Plugin.java:"),
                plugins.toString());
    }

    @Test
    void aPluginThrowingWhileDeclaringItsOptionsIsNamed() {
        Path boom = jars.serviceModule(pluginDir.resolve("boom.jar"), "org.example.boom", "boom",
                "throw new IllegalStateException(\"the boom plugin is broken\");", "");

        SteadCli.Result build = stead.run("build", host.toString(), "-o", work.resolve("out").toString(),
                "-I", pluginDir.toString());
        SteadCli.Result plugins = stead.run("plugins", "-I", pluginDir.toString());

        assertEquals(1, build.code(), build.toString());
        assertTrue(build.err().contains("The service module 'boom' (" + boom + ") failed in '" + boom + "!Plugin.java:"),
                build.toString());
        assertTrue(build.err().contains("IllegalStateException: the boom plugin is broken"), build.toString());
        assertEquals(3, plugins.code(), plugins.toString());
        // as the build says it, with the plugin's source line
        assertTrue(plugins.err().contains("stead: The service module 'boom' (" + boom + ") failed in '" + boom
                + "!Plugin.java:"), plugins.toString());
        assertTrue(plugins.err().contains("IllegalStateException: the boom plugin is broken"), plugins.toString());
    }

    @Test
    void aPluginThrowingFromAComputedValueIsNamed() throws IOException {
        Path lazy = jars.serviceModule(pluginDir.resolve("lazy.jar"), "org.example.lazy", "lazy",
                "options.add(Option.of(\"lazy.value\", str()));",
                "config.compute(\"lazy.value\", c -> { throw new IllegalStateException(\"computed badly\"); });");
        Path empty = Files.writeString(work.resolve("empty.yaml"), "{}\n");

        SteadCli.Result eval = stead.run("eval", empty.toString(), "--attr", "lazy.value", "-I", pluginDir.toString());

        assertEquals(1, eval.code(), eval.toString());
        assertTrue(eval.err().contains("The service module from " + lazy + " failed in '" + lazy + "!Plugin.java:10'"
                + " while computing 'lazy.value': java.lang.IllegalStateException: computed badly"), eval.toString());
    }

    @Test
    void aPluginReadingAnUndeclaredOptionOrGivingAnUnusableValueIsNamedWithTheOption() throws IOException {
        Path reads = jars.serviceModule(pluginDir.resolve("reads.jar"), "org.example.reads", "reads",
                "options.add(Option.of(\"reads.value\", str()));",
                "config.compute(\"reads.value\", c -> c.string(\"reads.nothere\"));");
        Path oddDir = work.resolve("odd-plugins");
        Path odd = jars.serviceModule(oddDir.resolve("odd.jar"), "org.example.odd", "odd",
                "options.add(Option.of(\"odd.value\", anything()));",
                "config.set(\"odd.value\", new java.util.Date());");
        Path empty = Files.writeString(work.resolve("empty.yaml"), "{}\n");

        SteadCli.Result eval = stead.run("eval", empty.toString(), "--attr", "reads.value", "-I", pluginDir.toString());
        SteadCli.Result build = stead.run("build", empty.toString(), "-o", work.resolve("out").toString(),
                "-I", oddDir.toString());

        assertEquals(1, eval.code(), eval.toString());
        assertTrue(eval.err().contains("error: The option 'reads.nothere' does not exist; the computed value in '"
                + reads + "!Plugin.java:10' refers to it.\n"), eval.toString());
        assertEquals(1, build.code(), build.toString());
        assertTrue(build.err().contains("error: The definition of 'odd.value' in '" + odd + "!Plugin.java:10' cannot be"
                + " used: a definition cannot hold a java.util.Date;"), build.toString());
    }

    @Test
    void aJarThatIsNotAPluginIsNamedAndTheOthersStillLoad() throws IOException {
        Path library = jars.library(pluginDir.resolve("util.jar"));
        Path garbage = Files.writeString(pluginDir.resolve("notes.jar"), "not a jar at all\n");

        SteadCli.Result plugins = stead.run("plugins", "-I", pluginDir.toString());
        SteadCli.Result build = stead.run("build", host.toString(), "-o", work.resolve("out").toString(),
                "-I", pluginDir.toString());

        assertEquals(3, plugins.code(), plugins.toString());
        assertTrue(plugins.out().contains("hello " + PluginJars.exampleVersion() + " (" + hello + ")"), plugins.toString());
        for (SteadCli.Result run : new SteadCli.Result[] {plugins, build}) {
            assertTrue(run.err().contains("cannot load plugin " + library + ": provides no io.stead.api.ServiceModule"),
                    run.toString());
            assertTrue(run.err().contains("cannot load plugin " + garbage + ": "), run.toString());
        }
        assertTrue(Files.isRegularFile(work.resolve("out/etc/systemd/system/hello.socket")), build.toString());
    }
}

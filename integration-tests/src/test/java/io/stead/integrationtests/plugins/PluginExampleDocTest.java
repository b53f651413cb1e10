package io.stead.integrationtests.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/writing-a-plugin.md} shows the example project as it is, and the example stays a
 * third party's project: outside Stead's reactor, depending on the plugin API alone.
 */
class PluginExampleDocTest {
    private static final Path DOC = SteadCli.ROOT.resolve("docs/writing-a-plugin.md");

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void theDocShowsTheExampleModuleVerbatim() throws IOException {
        Path source = PluginJars.EXAMPLE.resolve("src/main/java/org/example/hello/HelloModule.java");

        assertTrue(read(DOC).contains("```java\n" + read(source) + "```\n"),
                "docs/writing-a-plugin.md must show " + source + " as it is");
    }

    @Test
    void theDocShowsTheExampleRegistrations() throws IOException {
        String moduleInfo = read(PluginJars.EXAMPLE.resolve("src/main/java/module-info.java"));
        String body = moduleInfo.substring(moduleInfo.indexOf("module "));
        String services = read(PluginJars.EXAMPLE.resolve("src/main/resources/META-INF/services/io.stead.api.ServiceModule"));

        assertTrue(read(DOC).contains("```java\n" + body + "```\n"), body);
        assertTrue(read(DOC).contains("```\n" + services + "```\n"), services);
    }

    @Test
    void theExampleDependsOnTheApiAloneAndIsNotInTheReactor() throws IOException {
        String pom = read(PluginJars.EXAMPLE.resolve("pom.xml"));
        Matcher dependencies = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>"
                + "\\s*<version>([^<]+)</version>").matcher(pom);
        List<String> found = dependencies.results().map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3)).toList();

        assertEquals(List.of("io.stead:stead-api:0.1.0"), found);
        assertFalse(pom.contains("<parent>"), "the example must build on its own, without Stead's parent pom");
        assertFalse(read(SteadCli.ROOT.resolve("pom.xml")).contains("examples/"), "the example is not a module of Stead's build");
    }
}

package io.stead.cli.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginPathTest {

    @Test
    void commandLineDirectoriesComeFirstThenTheVariablesInOrder() {
        assertEquals(List.of(Path.of("/a"), Path.of("/b"), Path.of("/c"), Path.of("/d")),
                PluginPath.of(List.of(Path.of("/a"), Path.of("/b")),
                        Map.of(PluginPath.VARIABLE, "/c:/d")));
    }

    @Test
    void emptyEntriesNameNothing() {
        assertEquals(List.of(Path.of("/c"), Path.of("/d")),
                PluginPath.of(List.of(), Map.of(PluginPath.VARIABLE, ":/c::/d:")));
        assertEquals(List.of(), PluginPath.of(List.of(), Map.of(PluginPath.VARIABLE, "")));
        assertEquals(List.of(), PluginPath.of(List.of(), Map.of()));
    }

    @Test
    void aDirectoryNamedTwiceIsSearchedOnceWhereItFirstAppears() {
        assertEquals(List.of(Path.of("/b"), Path.of("/a")),
                PluginPath.of(List.of(Path.of("/b"), Path.of("/a/../b")),
                        Map.of(PluginPath.VARIABLE, "/a:/b")));
    }

    @Test
    void relativeDirectoriesAreMadeAbsolute() {
        assertEquals(List.of(Path.of("plugins").toAbsolutePath()),
                PluginPath.of(List.of(Path.of("plugins")), Map.of()));
    }
}

package io.stead.plugins.nixdaemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formatter writes each kind of value the way nix.conf(5) reads it, and refuses what nix
 * would read otherwise. What nix makes of whole files is checked against the real nix in
 * {@link NixConfTest}.
 */
class NixConfFormatTest {

    @Test
    void scalarsAreWrittenAsNixReadsThem() {
        assertEquals("sandbox = false\n", NixConfFormat.line("sandbox", false));
        assertEquals("max-jobs = 4\n", NixConfFormat.line("max-jobs", 4L));
        assertEquals("max-jobs = auto\n", NixConfFormat.line("max-jobs", "auto"));
        assertEquals("download-speed = 0.5\n", NixConfFormat.line("download-speed", 0.5));
        assertEquals("post-build-hook = \n", NixConfFormat.line("post-build-hook", null));
    }

    @Test
    void listsAreSeparatedBySpaces() {
        assertEquals("trusted-users = root @wheel\n", NixConfFormat.line("trusted-users", List.of("root", "@wheel")));
        assertEquals("substituters = \n", NixConfFormat.line("substituters", List.of()));
    }

    @Test
    void whatNixWouldReadOtherwiseIsRefused() {
        assertThrows(ConfigException.class, () -> NixConfFormat.line("a b", 1L));
        assertThrows(ConfigException.class, () -> NixConfFormat.line("a=b", 1L));
        assertThrows(ConfigException.class, () -> NixConfFormat.line("x", "one\ntwo = 2"));
        assertThrows(ConfigException.class, () -> NixConfFormat.line("x", "before # after"));
        assertThrows(ConfigException.class, () -> NixConfFormat.line("x", List.of("two words")));
        assertThrows(ConfigException.class, () -> NixConfFormat.line("x", Arrays.asList("a", null)));
        // nix read "include = /x" as a malformed directive and refused the whole file
        assertEquals("'nix.settings.include': nix.conf reads include as a directive, not a setting; put the line"
                + " 'include PATH' in nix.extraOptions.",
                assertThrows(ConfigException.class, () -> NixConfFormat.line("include", "/x")).getMessage());
        assertThrows(ConfigException.class, () -> NixConfFormat.line("!include", "/x"));
    }

    @Test
    void theRefusalNamesTheOption() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> NixConfFormat.line("system-features", List.of("kvm big-parallel")));

        assertEquals("'nix.settings.system-features': the list element \"kvm big-parallel\" would not be read as "
                + "one element: nix.conf separates list elements by white space.", e.getMessage());
        // the evaluator adds the lines that define it
        assertEquals(OptionPath.of("nix", "settings", "system-features"), e.option());
    }
}

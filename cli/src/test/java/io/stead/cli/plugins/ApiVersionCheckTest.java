package io.stead.cli.plugins;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiVersionCheckTest {

    private static ModuleDescriptor requiringApi(String version) {
        ModuleDescriptor.Builder builder = ModuleDescriptor.newModule("plugin");
        return version == null
                ? builder.requires("io.stead.api").build()
                : builder.requires(Set.of(), "io.stead.api", ModuleDescriptor.Version.parse(version)).build();
    }

    /** A module with no location: only its descriptor is read. */
    private static ModuleReference reference(ModuleDescriptor descriptor) {
        return new ModuleReference(descriptor, null) {
            @Override
            public ModuleReader open() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void readsTheCompiledVersionOfTheApiRequirement() {
        assertEquals(Optional.of("0.1.0"), ApiVersionCheck.compiledAgainst(requiringApi("0.1.0")));
        assertEquals(Optional.empty(), ApiVersionCheck.compiledAgainst(requiringApi(null)));
        assertEquals(Optional.empty(), ApiVersionCheck.compiledAgainst(
                ModuleDescriptor.newModule("other").requires("java.sql").build()));
    }

    @Test
    void acceptsTheSameMajorAndAnOlderMinor() {
        assertDoesNotThrow(() -> ApiVersionCheck.check(reference(requiringApi("0.1.0"))));
        assertDoesNotThrow(() -> ApiVersionCheck.check(reference(requiringApi("0.0.3"))));
    }

    @Test
    void acceptsAModuleThatStatesNoVersion() {
        assertDoesNotThrow(() -> ApiVersionCheck.check(reference(requiringApi(null))));
    }

    @Test
    void refusesAnotherMajorOrANewerMinor() {
        PluginLoadException major = assertThrows(PluginLoadException.class,
                () -> ApiVersionCheck.check(reference(requiringApi("1.0.0"))));
        assertTrue(major.getMessage().startsWith("built for plugin API 1.0.0, but this stead has plugin API 0.1"),
                major.getMessage());
        assertThrows(PluginLoadException.class,
                () -> ApiVersionCheck.check(reference(requiringApi("0.9"))));
    }
}

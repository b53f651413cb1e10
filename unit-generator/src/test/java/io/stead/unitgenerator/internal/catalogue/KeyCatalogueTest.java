package io.stead.unitgenerator.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyCatalogueTest {
    private final KeyCatalogue catalogue = KeyCatalogue.shipped();

    @Test
    void knowsEachSectionsOwnKeys() {
        assertTrue(catalogue.accepts("Service", "ExecStart"));
        assertTrue(catalogue.accepts("Unit", "After"));
        assertTrue(catalogue.accepts("Socket", "ListenStream"));
        assertTrue(catalogue.accepts("Install", "WantedBy"));
        assertFalse(catalogue.accepts("Unit", "ExecStart"), "ExecStart= belongs to [Service], not [Unit]");
        assertFalse(catalogue.accepts("Service", "EnvironmentFiles"));
    }

    @Test
    void comesFromSystemd252WithEverySectionOfItsDump() {
        assertEquals("252", catalogue.systemdVersion());
        assertEquals(Set.of("Unit", "Service", "Socket", "Mount", "Automount", "Swap", "Timer", "Path",
                "Slice", "Scope", "Install"), catalogue.sections());
    }

    @Test
    void acceptsAnyXKey() {
        assertTrue(catalogue.accepts("Service", "X-RestartIfChanged"));
        assertTrue(catalogue.accepts("Unit", "X-Anything-At-All"));
    }

    @Test
    void suggestsTheClosestKnownKeyForATypo() {
        assertEquals(Optional.of("EnvironmentFile"), catalogue.closest("Service", "EnvironmentFiles"));
        assertEquals(Optional.of("ExecStart"), catalogue.closest("Service", "execstart"));
        assertEquals(Optional.of("WantedBy"), catalogue.closest("Install", "WanteBy"));
        assertEquals(Optional.empty(), catalogue.closest("Service", "Completely-Unrelated-Thing"));
    }

    @Test
    void extraKeysAreAcceptedOnlyInTheirSection() {
        KeyCatalogue extended = catalogue.withExtraKeys(Map.of("Service", List.of("MemoryZSwapMax")));
        assertTrue(extended.accepts("Service", "MemoryZSwapMax"));
        assertFalse(extended.accepts("Socket", "MemoryZSwapMax"));
        assertFalse(catalogue.accepts("Service", "MemoryZSwapMax"), "the shipped catalogue is unchanged");
    }

    @Test
    void noExtraKeysLeaveTheCatalogueAsItIs() {
        assertSame(catalogue, catalogue.withExtraKeys(Map.of()));
        KeyCatalogue extended = catalogue.withExtraKeys(Map.of("X-Custom", List.of()));
        assertTrue(extended.sections().contains("X-Custom"), "a section named with no keys is known");
        assertEquals(catalogue.keys("Service"), extended.keys("Service"));
    }

    @Test
    void parsesTheDumpFormat() {
        Map<String, Set<String>> parsed = KeyCatalogue.parse("[Unit]\nDescription=STRING\nAfter=UNIT [...]\n\n[Service]\nExecStart=PATH [ARGUMENT [...]]\n");
        assertEquals(Map.of("Unit", Set.of("Description", "After"), "Service", Set.of("ExecStart")), parsed);
    }
}

package io.stead.unitgenerator.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.api.SystemPackage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void formatsScalarsAsNixOsToOption() {
        assertEquals(List.of("true"), SettingValues.lines(true));
        assertEquals(List.of("false"), SettingValues.lines(false));
        assertEquals(List.of("5"), SettingValues.lines(5L));
        assertEquals(List.of("on-failure"), SettingValues.lines("on-failure"));
        assertEquals(List.of("/opt/tool"), SettingValues.lines(new SystemPackage("/opt/tool")));
    }

    @Test
    void writesAListAsOneLinePerElement() {
        assertEquals(List.of("/run/a", "/run/b", "true"), SettingValues.lines(List.of("/run/a", "/run/b", true)));
    }

    @Test
    void refusesWhatCannotBeASetting() {
        assertEquals("a HashMap cannot be a unit setting", assertThrows(IllegalArgumentException.class,
                () -> SettingValues.lines(new java.util.HashMap<>(Map.of("a", 1)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SettingValues.lines(List.of(List.of("x"))));
        assertThrows(IllegalArgumentException.class, () -> SettingValues.lines(1.5));
    }
}

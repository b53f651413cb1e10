package io.stead.unitgenerator.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFileRendererTest {
    private final UnitFileRenderer renderer = new UnitFileRenderer();

    @Test
    void writesSectionsInOrderSeparatedByOneEmptyLine() {
        UnitFile unit = new UnitFile(List.of(
                new UnitSection("Unit", List.of(new UnitSetting("Description", "Demo"))),
                new UnitSection("Service", List.of(new UnitSetting("ExecStart", "/bin/a"),
                        new UnitSetting("ExecStart", "/bin/b"))),
                new UnitSection("Install", List.of(new UnitSetting("WantedBy", "multi-user.target")))));
        assertEquals("""
                [Unit]
                Description=Demo

                [Service]
                ExecStart=/bin/a
                ExecStart=/bin/b

                [Install]
                WantedBy=multi-user.target
                """, renderer.render(unit));
    }

    @Test
    void keepsAnEmptySectionAsNixOsDoesForUnit() {
        UnitFile unit = new UnitFile(List.of(new UnitSection("Unit", List.of()),
                new UnitSection("Timer", List.of(new UnitSetting("OnCalendar", "daily")))));
        assertEquals("[Unit]\n\n[Timer]\nOnCalendar=daily\n", renderer.render(unit));
    }

    @Test
    void writesAResetAsAKeyWithNothingAfterIt() {
        UnitFile unit = new UnitFile(List.of(new UnitSection("Service",
                List.of(UnitSetting.reset("ExecStart"), new UnitSetting("ExecStart", "/bin/x")))));
        assertEquals("[Service]\nExecStart=\nExecStart=/bin/x\n", renderer.render(unit));
    }

    @Test
    void aSettingCannotSpanLines() {
        assertThrows(IllegalArgumentException.class, () -> new UnitSetting("ExecStart", "a\nb"));
    }

    @Test
    void dropsEmptySectionsOnlyWhenAsked() {
        UnitFile unit = new UnitFile(List.of(new UnitSection("Unit", List.of()),
                new UnitSection("Service", List.of(new UnitSetting("Nice", "5")))));
        assertEquals("[Service]\nNice=5\n", renderer.render(unit.withoutEmptySections()));
    }
}

package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.UnitFileKeys;

/** Checks the sections and keys of a unit given as text ({@code systemd.units.<name>.text}). */
final class RawUnitCheck {
    private final KeyCheck keys;
    private final Problems problems;

    RawUnitCheck(KeyCheck keys, Problems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /**
     * @param text the unit's text
     * @param path the option holding it
     */
    void check(String text, OptionPath path) {
        for (int line : UnitFileKeys.strayLines(text)) {
            problems.add(path, "line " + line + ": a line is a [Section] or a Key=value within a section; systemd"
                    + " would ignore this one.");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            // (systemd skips a comment before it checks a line's UTF-8)
            int noncharacter = stripped.startsWith("#") || stripped.startsWith(";") ? -1
                    : Noncharacters.first(lines[i]);
            if (noncharacter >= 0) {
                problems.add(path, "line " + (i + 1) + ": " + Noncharacters.problem(noncharacter));
                break;
            }
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (UnitFileKeys.Assignment a : UnitFileKeys.assignments(text)) {
            if (keys.knowsSection(a.section())) {
                keys.accept(a.section(), a.key(), path);
            } else if (!a.section().startsWith("X-") && reported.add(a.section())) {
                // an unknown section is reported once; a section of the user's own (X-) is not checked
                problems.add(path, "line " + a.line() + ": systemd knows no section [" + a.section() + "].");
            }
        }
    }
}

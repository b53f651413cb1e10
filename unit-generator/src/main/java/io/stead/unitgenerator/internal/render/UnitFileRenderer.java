package io.stead.unitgenerator.internal.render;

/**
 * Turns a {@link UnitFile} into text as NixOS writes units: each section is its {@code [Name]}
 * header followed by one {@code Key=value} line per value, and sections are separated by one
 * empty line. Pure and deterministic.
 */
public final class UnitFileRenderer {

    /**
     * @param unit the unit
     * @return its text, ending with a line break
     */
    public String render(UnitFile unit) {
        StringBuilder out = new StringBuilder();
        for (UnitSection section : unit.sections()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('[').append(section.name()).append("]\n");
            for (UnitSetting setting : section.settings()) {
                out.append(setting.key()).append('=').append(setting.value()).append('\n');
            }
        }
        return out.toString();
    }
}

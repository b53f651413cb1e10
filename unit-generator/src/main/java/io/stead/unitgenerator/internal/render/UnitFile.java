package io.stead.unitgenerator.internal.render;

import java.util.List;

/**
 * The model of a unit file or drop-in: its sections in the order they are written. Built by the
 * assemblers, turned into text by {@link UnitFileRenderer}.
 *
 * @param sections the sections, in order
 */
public record UnitFile(List<UnitSection> sections) {
    /** @param sections copied */
    public UnitFile {
        sections = List.copyOf(sections);
    }

    /** @return whether no section has a setting */
    public boolean hasNoSettings() {
        return sections.stream().allMatch(UnitSection::isEmpty);
    }

    /** @return a copy without the sections that have no settings */
    public UnitFile withoutEmptySections() {
        return new UnitFile(sections.stream().filter(s -> !s.isEmpty()).toList());
    }
}

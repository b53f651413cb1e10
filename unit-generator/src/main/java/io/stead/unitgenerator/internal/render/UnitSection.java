package io.stead.unitgenerator.internal.render;

import java.util.List;
import java.util.Objects;

/**
 * A section of a unit file, such as {@code [Service]}, with its settings in the order they are
 * written.
 *
 * @param name the section name without brackets
 * @param settings the settings, in order
 */
public record UnitSection(String name, List<UnitSetting> settings) {
    /**
     * @param name not empty
     * @param settings copied
     */
    public UnitSection {
        Objects.requireNonNull(name, "name");
        settings = List.copyOf(settings);
    }

    /** @return whether the section has no settings */
    public boolean isEmpty() {
        return settings.isEmpty();
    }
}

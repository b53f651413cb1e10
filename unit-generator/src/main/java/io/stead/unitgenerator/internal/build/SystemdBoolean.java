package io.stead.unitgenerator.internal.build;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A boolean setting's value as systemd reads it ({@code parse_boolean()}), in any case. */
final class SystemdBoolean {
    private static final Set<String> TRUE = Set.of("1", "yes", "y", "true", "t", "on");
    private static final Set<String> FALSE = Set.of("0", "no", "n", "false", "f", "off");

    private SystemdBoolean() {
    }

    /**
     * @param value a setting's value, or null
     * @return the boolean it is, or none if it is no boolean systemd reads
     */
    static Optional<Boolean> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(word) ? Optional.of(true) : FALSE.contains(word) ? Optional.of(false) : Optional.empty();
    }

    /**
     * @param value a setting's value, or null
     * @return whether it is a boolean systemd reads as true
     */
    static boolean isTrue(String value) {
        return of(value).orElse(false);
    }
}

package io.stead.unitgenerator.internal.build;

import java.util.Optional;

/**
 * A kind of structured unit: the option it is declared under, its file suffix, and the section
 * and option of its own settings.
 */
public enum UnitKind {
    /** {@code systemd.services}. */
    SERVICE("services", "service", "Service", "serviceConfig"),
    /** {@code systemd.sockets}. */
    SOCKET("sockets", "socket", "Socket", "socketConfig"),
    /** {@code systemd.timers}. */
    TIMER("timers", "timer", "Timer", "timerConfig"),
    /** {@code systemd.targets}: a [Unit] section only. */
    TARGET("targets", "target", null, null),
    /** {@code systemd.paths}. */
    PATH("paths", "path", "Path", "pathConfig"),
    /** {@code systemd.mounts}: named after {@code where}. */
    MOUNT("mounts", "mount", "Mount", "mountConfig"),
    /** {@code systemd.slices}. */
    SLICE("slices", "slice", "Slice", "sliceConfig");

    private final String option;
    private final String suffix;
    private final String section;
    private final String settingsOption;

    UnitKind(String option, String suffix, String section, String settingsOption) {
        this.option = option;
        this.suffix = suffix;
        this.section = section;
        this.settingsOption = settingsOption;
    }

    /**
     * @param unitName a unit's file name, such as {@code ssh.service}
     * @return the kind its suffix names, if it is one of these
     */
    public static java.util.Optional<UnitKind> of(String unitName) {
        String suffix = unitName.substring(unitName.lastIndexOf('.') + 1);
        for (UnitKind kind : values()) {
            if (kind.suffix.equals(suffix)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /** @return the option under {@code systemd}, such as {@code services} */
    public String option() {
        return option;
    }

    /** @return the unit file suffix without the dot, such as {@code service} */
    public String suffix() {
        return suffix;
    }

    /** @return the kind's own section, such as {@code Service}; none for targets */
    public Optional<String> section() {
        return Optional.ofNullable(section);
    }

    /** @return the option holding that section's settings, such as {@code serviceConfig} */
    public Optional<String> settingsOption() {
        return Optional.ofNullable(settingsOption);
    }
}

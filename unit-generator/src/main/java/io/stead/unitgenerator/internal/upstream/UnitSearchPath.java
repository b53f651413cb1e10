package io.stead.unitgenerator.internal.upstream;

import java.util.List;

/**
 * The directories systemd (252, as built for Debian) loads system units from, and the two of
 * them where the distribution and its packages put units.
 */
public final class UnitSearchPath {
    /** Where Debian's systemd and packages install units, in systemd's order of precedence. */
    public static final List<String> VENDOR = List.of("/lib/systemd/system", "/usr/lib/systemd/system");

    /** Every directory of systemd's search path for system units. */
    public static final List<String> ALL = List.of(
            "/etc/systemd/system.control", "/run/systemd/system.control", "/run/systemd/transient",
            "/run/systemd/generator.early", "/etc/systemd/system", "/etc/systemd/system.attached",
            "/run/systemd/system", "/run/systemd/system.attached", "/run/systemd/generator",
            "/usr/local/lib/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system",
            "/run/systemd/generator.late");

    private UnitSearchPath() {
    }

    /**
     * @param directory a directory as the target sees it
     * @return whether systemd loads units from it
     */
    public static boolean contains(String directory) {
        String normalized = directory.endsWith("/") && directory.length() > 1
                ? directory.substring(0, directory.length() - 1) : directory;
        return ALL.contains(normalized);
    }
}

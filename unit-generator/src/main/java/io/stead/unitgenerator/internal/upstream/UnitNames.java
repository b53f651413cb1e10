package io.stead.unitgenerator.internal.upstream;

import java.util.Optional;
import java.util.regex.Pattern;

/** Facts about unit names: which names are units, and the template of an instance. */
public final class UnitNames {
    /**
     * A unit name as a reference may give it (NixOS's {@code unitNameType}): with the unit types
     * systemd knows as suffixes, and {@code %} for specifiers ({@code After=foo@%i.service}).
     */
    public static final Pattern UNIT_FILE = Pattern.compile(
            "[a-zA-Z0-9@%:_.\\\\-]+[.](service|socket|device|mount|automount|swap|target|path|timer|scope|slice)");

    /**
     * A unit's own name, as systemd's {@code unit_name_is_valid()} accepts it: no {@code %}
     * (specifiers are expanded in settings, not in file names) and no {@code @} first. systemd
     * will not load a file named otherwise ("Failed to prepare filename").
     */
    private static final Pattern OWN_NAME = Pattern.compile(
            "(?!@)[a-zA-Z0-9@:_.\\\\-]+[.](service|socket|device|mount|automount|swap|target|path|timer|scope|slice)");

    /** systemd's UNIT_NAME_MAX: a unit's name is shorter. */
    private static final int NAME_MAX = 256;

    private UnitNames() {
    }

    /**
     * @param name a file name
     * @return whether it names a unit that systemd loads
     */
    public static boolean isUnit(String name) {
        return name.length() < NAME_MAX && OWN_NAME.matcher(name).matches();
    }

    /**
     * @param name a unit name
     * @return whether it is a template, such as {@code getty@.service}, which runs only as an
     *     instance
     */
    public static boolean isTemplate(String name) {
        int at = name.indexOf('@');
        return at >= 0 && at + 1 == name.lastIndexOf('.');
    }

    /**
     * @param name a unit name such as {@code getty@tty1.service}
     * @return the part before its {@code @}, or before its suffix: {@code getty}
     */
    public static String prefix(String name) {
        int at = name.indexOf('@');
        int dot = name.lastIndexOf('.');
        return name.substring(0, at >= 0 ? at : dot >= 0 ? dot : name.length());
    }

    /**
     * @param name a unit name such as {@code getty@tty1.service}
     * @return the part between its {@code @} and its suffix ({@code tty1}); empty for a
     *     template or a unit without {@code @}
     */
    public static String instance(String name) {
        int at = name.indexOf('@');
        int dot = name.lastIndexOf('.');
        return at < 0 || dot <= at ? "" : name.substring(at + 1, dot);
    }

    /**
     * @param name a unit name such as {@code getty@tty1.service}
     * @return its template ({@code getty@.service}) if it is an instance
     */
    public static Optional<String> template(String name) {
        int at = name.indexOf('@');
        int dot = name.lastIndexOf('.');
        if (at < 0 || dot < at || at + 1 == dot) {
            return Optional.empty();
        }
        return Optional.of(name.substring(0, at + 1) + name.substring(dot));
    }
}

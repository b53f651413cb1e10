package io.stead.unitgenerator.internal.upstream;

import java.util.Optional;
import java.util.regex.Pattern;

/** Facts about unit names: which names are units, and the template of an instance. */
public final class UnitNames {
    /** The unit types systemd knows, as file name suffixes. */
    public static final Pattern UNIT_FILE = Pattern.compile(
            "[a-zA-Z0-9@%:_.\\\\-]+[.](service|socket|device|mount|automount|swap|target|path|timer|scope|slice)");

    private UnitNames() {
    }

    /**
     * @param name a file name
     * @return whether it names a unit
     */
    public static boolean isUnit(String name) {
        return UNIT_FILE.matcher(name).matches();
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

package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.upstream.UnitNames;

/**
 * The specifiers systemd replaces in unit settings ({@code %i}, {@code %n}, ...; systemd.unit(5)).
 * systemd 252 refuses a '%' before a letter or digit that names none (the setting is dropped, or
 * the unit not started), warns about the deprecated {@code %c}, {@code %r} and {@code %R}, and
 * keeps a '%' before anything else as it is ({@code 100% sure}, checked with systemd-analyze
 * verify).
 */
final class UnitSpecifiers {
    /** Those of systemd 252, which Debian 12 ships. */
    private static final String KNOWN = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY";
    private static final String DEPRECATED = "crR";
    /** Those that stand for a part of the unit's name unescaped (systemd-escape --unescape). */
    private static final String UNESCAPED = "fIJP";

    private UnitSpecifiers() {
    }

    /**
     * @param text a setting's value
     * @param unit the name of the unit it is in, such as {@code getty@tty1.service}
     * @param consequence what systemd does with the setting for a specifier it cannot replace,
     *     such as "systemd would refuse the setting"
     * @return what is wrong with its first specifier that systemd refuses or warns about, and
     *     the fix, or null
     */
    static String problem(String text, String unit, String consequence) {
        for (int i = text.indexOf('%'); i >= 0 && i + 1 < text.length(); i = text.indexOf('%', i + 1)) {
            char c = text.charAt(i + 1);
            String unescaped = UNESCAPED.indexOf(c) >= 0 ? unescapedPart(unit, c) : null;
            if (c == '%') {
                i++;
            } else if (c == 'J' && unescaped.isEmpty()) {
                // systemd 252: "Assertion 'f' failed at src/basic/unit-name.c:353, function
                // unit_name_unescape(). Aborting." (in PID 1 too)
                return "'%J' stands for the last '-'-separated part of the prefix of '" + unit + "', which is empty,"
                        + " and systemd 252 aborts on an empty one (a failed assertion); use %j, or a name whose"
                        + " prefix does not end with '-'.";
            } else if (unescaped != null && !unescapes(unescaped)) {
                return "'%" + c + "' stands for a part of '" + unit + "' unescaped, but '" + unescaped + "' holds a"
                        + " backslash that begins no escape (\\xNN), which systemd cannot unescape: " + consequence
                        + "; write a backslash in a unit name as \\x5c (%p, %i and %j give the parts as written).";
            } else if (DEPRECATED.indexOf(c) >= 0) {
                return "'%" + c + "' is a deprecated specifier, which systemd warns does not work as intended;"
                        + " write '%%' for a '%' itself.";
            } else if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                    && KNOWN.indexOf(c) < 0) {
                return "'%" + c + "' is no systemd specifier, and " + consequence + "; write '%%' for a '%' itself.";
            }
        }
        return null;
    }

    /**
     * @return the part of the unit's name that a specifier unescapes: %I the instance, %J the
     *     prefix's last '-'-separated part, %P the prefix, %f the instance or else the prefix
     */
    private static String unescapedPart(String unit, char specifier) {
        String instance = UnitNames.instance(unit);
        String prefix = UnitNames.prefix(unit);
        return switch (specifier) {
            case 'I' -> instance;
            case 'J' -> prefix.substring(prefix.lastIndexOf('-') + 1);
            case 'f' -> instance.isEmpty() ? prefix : instance;
            default -> prefix;
        };
    }

    /** @return whether each backslash begins an escape {@code \xNN}, as systemd's unescaping needs */
    private static boolean unescapes(String part) {
        for (int i = part.indexOf('\\'); i >= 0; i = part.indexOf('\\', i + 4)) {
            if (i + 3 >= part.length() || part.charAt(i + 1) != 'x' || Character.digit(part.charAt(i + 2), 16) < 0
                    || Character.digit(part.charAt(i + 3), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

package io.stead.unitgenerator.internal.build;

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

    private UnitSpecifiers() {
    }

    /**
     * @param text a setting's value
     * @param consequence what systemd does with the setting for a specifier it does not know,
     *     such as "systemd would refuse the setting"
     * @return what is wrong with its first specifier that systemd refuses or warns about, and
     *     the fix, or null
     */
    static String problem(String text, String consequence) {
        for (int i = text.indexOf('%'); i >= 0 && i + 1 < text.length(); i = text.indexOf('%', i + 1)) {
            char c = text.charAt(i + 1);
            if (c == '%') {
                i++;
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
}

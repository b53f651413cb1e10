package io.stead.unitgenerator.internal.build;

/** The specifiers systemd replaces in unit settings ({@code %i}, {@code %n}, ...; systemd.unit(5)). */
final class UnitSpecifiers {
    /** Those of systemd 252, which Debian 12 ships, and "%%" for '%' itself. */
    private static final String KNOWN = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";

    private UnitSpecifiers() {
    }

    /**
     * @param text a setting's value
     * @return the first specifier in it that systemd does not know (such as {@code "%z"}, or
     *     {@code "%"} alone at the end), or null
     */
    static String firstUnknown(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 2)) {
            if (i + 1 == text.length()) {
                return "%";
            }
            if (KNOWN.indexOf(text.charAt(i + 1)) < 0) {
                return text.substring(i, text.offsetByCodePoints(i + 1, 1));
            }
        }
        return null;
    }
}

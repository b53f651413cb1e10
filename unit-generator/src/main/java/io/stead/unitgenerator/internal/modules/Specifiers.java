package io.stead.unitgenerator.internal.modules;

/**
 * Text that systemd's files read literally. Unit files and sysusers.d replace specifiers
 * ({@code %b} the boot ID, {@code %m} the machine ID, ...) in many fields, and refuse an unknown
 * one: a '%' meant as itself is written as the specifier "%%".
 */
final class Specifiers {
    private Specifiers() {
    }

    /**
     * @param text text to be read as written, or null
     * @return it with each '%' doubled; null for null
     */
    static String literal(String text) {
        return text == null ? null : text.replace("%", "%%");
    }
}

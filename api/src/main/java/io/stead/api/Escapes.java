package io.stead.api;

/**
 * How the API's texts show a character that would not show as itself: a control character, or
 * an invisible one (a zero-width space, a byte order mark, a line separator), written as its
 * JSON escape, so that a message keeps to its lines and shows what a file holds.
 */
final class Escapes {
    private Escapes() {
    }

    /**
     * @param c a character
     * @return whether it is written as an escape
     */
    static boolean isInvisible(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Appends a character inside a double-quoted string: {@code "} and {@code \} escaped, an
     * invisible character as its escape ({@code \n}, {@code \u200b}).
     *
     * @param out where to append
     * @param c the character
     */
    static void appendQuoted(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            default -> {
                if (isInvisible(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}

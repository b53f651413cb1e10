package io.stead.containerruntime.internal;

/**
 * A flag of {@code extraFlags} as written into {@code ExecStart=}, so that systemd passes it on
 * as the user wrote it. systemd would otherwise expand {@code %} specifiers and {@code $VARIABLES}
 * and strip quotes and backslashes, and it would end the command at a lone {@code ;} and run what
 * follows as a command of its own; NixOS passes the flags through an unquoted shell variable,
 * which does none of that but does split them at whitespace, so whitespace is left as it is.
 */
final class LiteralFlag {
    private LiteralFlag() {
    }

    /**
     * @param flag a flag, such as {@code --setenv=UNIT=%n}
     * @return it escaped for systemd's command-line syntax ({@code --setenv=UNIT=%%n}); a word
     *     that is {@code ;} alone is written {@code \;}, which systemd passes on as {@code ;}
     */
    static String of(String flag) {
        StringBuilder out = new StringBuilder(flag.length());
        for (int i = 0; i < flag.length(); i++) {
            char c = flag.charAt(i);
            switch (c) {
                case '%' -> out.append("%%");
                case '$' -> out.append("$$");
                case '\\', '"', '\'' -> out.append('\\').append(c);
                case ';' -> out.append(isWord(flag, i) ? "\\;" : ";");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the character at {@code i} is a word by itself: the flags are joined by spaces, so
     * the ends of a flag are word boundaries, as white space inside it is.
     */
    private static boolean isWord(String flag, int i) {
        return (i == 0 || Character.isWhitespace(flag.charAt(i - 1)))
                && (i == flag.length() - 1 || Character.isWhitespace(flag.charAt(i + 1)));
    }
}

package io.stead.containerruntime.internal;

/**
 * A flag of {@code extraFlags} as written into {@code ExecStart=}, so that systemd passes it on
 * as the user wrote it. systemd would otherwise expand {@code %} specifiers and {@code $VARIABLES}
 * and strip quotes and backslashes; NixOS passes the flags through an unquoted shell variable,
 * which does none of that but does split them at whitespace, so whitespace is left as it is.
 */
final class LiteralFlag {
    private LiteralFlag() {
    }

    /**
     * @param flag a flag, such as {@code --setenv=UNIT=%n}
     * @return it escaped for systemd's command-line syntax ({@code --setenv=UNIT=%%n})
     */
    static String of(String flag) {
        StringBuilder out = new StringBuilder(flag.length());
        for (int i = 0; i < flag.length(); i++) {
            char c = flag.charAt(i);
            switch (c) {
                case '%' -> out.append("%%");
                case '$' -> out.append("$$");
                case '\\', '"', '\'' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package io.stead.unitgenerator.internal.render;

/**
 * The value of an {@code Environment=} line for one variable, as NixOS writes it: the whole
 * {@code NAME=value} as a JSON string, so that it is double-quoted and a quote, backslash or
 * control character in the value is escaped the way systemd unquotes it. Unlike NixOS, a
 * {@code %} is doubled: systemd expands specifiers in {@code Environment=} ({@code %n} is the
 * unit's name), and a variable's value is meant literally (found by an end-to-end test).
 */
public final class EnvironmentAssignment {
    private EnvironmentAssignment() {
    }

    /**
     * @param name the variable's name
     * @param value its value
     * @return {@code "NAME=value"} with JSON escapes
     */
    public static String quoted(String name, String value) {
        String text = name + "=" + value;
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '%' -> out.append("%%");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

package io.stead.cli.app;

/**
 * Text from configuration files (descriptions, warnings, assertion messages, values, file
 * names), made safe to print on a terminal: a control character other than a line feed or a tab
 * is shown as an escape ({@code \u001b}), as in JSON. Printed raw, an escape sequence in a
 * description cleared the screen or coloured what followed; a carriage return hid a line.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * @param text text to print
     * @return the text, its control characters (C0 but line feed and tab, DEL, C1) escaped
     */
    public static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}

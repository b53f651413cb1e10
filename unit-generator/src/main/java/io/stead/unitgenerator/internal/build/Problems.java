package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one build, so that all of them are reported at once. */
public final class Problems {
    private final List<OptionPath> paths = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    /**
     * @param path the option the problem is about
     * @param message what is wrong, and the fix when one is known: one line, in which a control
     *     character (from a name or value it quotes) is written as an escape, {@code \n}
     */
    public void add(OptionPath path, String message) {
        paths.add(path);
        messages.add(oneLine(message));
    }

    /** Shown raw, a newline in a quoted name would break the message; a NUL or escape would hide it. */
    private static String oneLine(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c >= 0x20 && c != 0x7f) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? message : out.toString();
    }

    /** @throws ProblemsFound if any problem was found */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ProblemsFound(paths, messages);
        }
    }
}

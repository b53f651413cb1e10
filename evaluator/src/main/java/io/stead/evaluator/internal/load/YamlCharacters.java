package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The characters YAML 1.1 does not allow anywhere in a file, not even in a comment: control
 * characters other than tab and line ends, and U+FFFE and U+FFFF. The YAML parser refuses a
 * file that holds one ("special characters are not allowed") without saying where or which;
 * the message gives both, and how to write the character.
 */
final class YamlCharacters {
    private YamlCharacters() {
    }

    /**
     * @param file a regular YAML file that could not be parsed
     * @param display its name in messages
     * @return the error for its first character that YAML does not allow, or null if none
     * @throws IOException if it cannot be read
     */
    static EvalError find(Path file, String display) throws IOException {
        TextScan.Place at = TextScan.find(file, true, c -> !allowed(c));
        if (at == null || at.codePoint() < 0) {
            return null;
        }
        int c = at.codePoint();
        String kind = c == 0xFFFE || c == 0xFFFF ? "a noncharacter" : "a control character";
        String escape = c <= 0xFF ? String.format(Locale.ROOT, "\\x%02X", c) : String.format(Locale.ROOT, "\\u%04X", c);
        return Messages.loadError(new Location(display, at.line(), at.column()),
                String.format(Locale.ROOT, "is not valid YAML: it holds U+%04X (%s), which YAML allows nowhere in a"
                        + " file; in a double-quoted string, write it as \"%s\"", c, kind, escape));
    }

    /** SnakeYAML's printable characters (YAML 1.1's c-printable). */
    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

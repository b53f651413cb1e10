package io.stead.plugins.openssh;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one formatter of {@code sshd_config} lines, as sshd_config(5) reads them: {@code Keyword
 * value}. Booleans are written {@code yes}/{@code no}, numbers in decimal, strings as they are;
 * null writes nothing (sshd's default applies). A list is written as sshd expects for its
 * keyword: joined by commas for algorithm lists ({@code Ciphers}, {@code KexAlgorithms},
 * {@code MACs}, ...), joined by spaces for keywords that take several words on one line
 * ({@code AllowUsers}, {@code AuthorizedKeysFile}, ...), and otherwise one line per element
 * ({@code Port}, {@code HostKey}, {@code AcceptEnv}, ...), because sshd keeps only the first
 * line of most keywords but accumulates those. Keywords are matched without regard to case, as
 * sshd matches them.
 */
final class SshdConfigFormat {
    private static final Set<String> COMMA_SEPARATED = Set.of("ciphers", "kexalgorithms", "macs",
            "hostkeyalgorithms", "pubkeyacceptedalgorithms", "hostbasedacceptedalgorithms",
            "casignaturealgorithms");
    private static final Set<String> SPACE_SEPARATED = Set.of("allowusers", "allowgroups", "denyusers",
            "denygroups", "authorizedkeysfile", "authenticationmethods", "permitopen", "permitlisten");

    private SshdConfigFormat() {
    }

    /**
     * @param keyword the keyword, as written
     * @param value null, a boolean, a number, a string or a list of those
     * @param option the option the value comes from, for messages
     * @return the lines, each ending in a newline; empty for null
     * @throws ConfigException if a value holds a line break or NUL, an element of a list written on
     *     one line would not be read as one, or a value is of no supported kind
     */
    static String lines(String keyword, Object value, OptionPath option) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof List<?> list)) {
            return keyword + " " + scalar(value, option) + "\n";
        }
        List<String> words = new ArrayList<>();
        for (Object element : list) {
            words.add(scalar(element, option));
        }
        String lowered = keyword.toLowerCase(Locale.ROOT);
        if (COMMA_SEPARATED.contains(lowered)) {
            words.forEach(word -> requireOneElement(word, SshdWords.ALGORITHM, "white space and ','", option));
            return words.isEmpty() ? "" : keyword + " " + String.join(",", words) + "\n";
        }
        if (SPACE_SEPARATED.contains(lowered)) {
            words.forEach(word -> requireOneElement(word, SshdWords.WORD, "white space", option));
            return words.isEmpty() ? "" : keyword + " " + String.join(" ", words) + "\n";
        }
        StringBuilder out = new StringBuilder();
        words.forEach(word -> out.append(keyword).append(' ').append(word).append('\n'));
        return out.toString();
    }

    private static String scalar(Object value, OptionPath option) {
        String text;
        if (value instanceof Boolean b) {
            text = b ? "yes" : "no";
        } else if (value instanceof Number || value instanceof String) {
            text = value.toString();
        } else {
            throw new ConfigException(option, "'" + option + "': sshd_config has no way to write "
                    + (value == null ? "null inside a list" : "the value " + value) + ".");
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw new ConfigException(option, "'" + option + "': the value " + quoted(text)
                    + " holds a line break, which would start another sshd_config line; put whole "
                    + "lines in services.openssh.extraConfig.");
        }
        if (text.indexOf('\0') >= 0) {
            // sshd reads the line as a C string: the NUL ends it and the next line joins it
            throw new ConfigException(option, "'" + option + "': the value " + quoted(text)
                    + " holds a NUL, which ends the value for sshd and joins the next line to it.");
        }
        return text;
    }

    /**
     * An element of a list written on one line must be read back as one: the typed options'
     * types ensure it ({@link SshdWords}); extraSettings' lists of any strings are checked here.
     */
    private static void requireOneElement(String word, OptionType oneElement, String separators,
                                          OptionPath option) {
        if (!oneElement.check(word)) {
            throw new ConfigException(option, "'" + option + "': the list element " + quoted(word) + " would not"
                    + " be read as one element: sshd separates them by " + separators + ", removes quotes and"
                    + " backslashes, and ends the line at a word beginning with '#'.");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0") + "\"";
    }
}

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
 *
 * <p>sshd (OpenSSH 8.7 and later) ends a line's arguments at a word beginning with {@code #}
 * (words begin after a space or tab outside quotes) and says nothing:
 * {@code ChrootDirectory /srv/x #y} sets {@code /srv/x}. So a value that sshd would cut is
 * refused, except for the keywords that take the rest of the line as written
 * ({@code ForceCommand}, {@code AuthorizedKeysCommand}, {@code AuthorizedPrincipalsCommand}),
 * which keep it. A quoted or escaped {@code #} word is read whole, and passes.
 */
final class SshdConfigFormat {
    private static final Set<String> COMMA_SEPARATED = Set.of("ciphers", "kexalgorithms", "macs",
            "hostkeyalgorithms", "pubkeyacceptedalgorithms", "hostbasedacceptedalgorithms",
            "casignaturealgorithms");
    /**
     * Keywords that take several words on one line. sshd keeps only the first line of most of
     * them: {@code SetEnv A=b} then {@code SetEnv C=d} sets A alone (so do {@code LogVerbose}
     * and {@code ChannelTimeout}, checked with sshd -T of OpenSSH 9.2).
     */
    private static final Set<String> SPACE_SEPARATED = Set.of("allowusers", "allowgroups", "denyusers",
            "denygroups", "authorizedkeysfile", "authenticationmethods", "permitopen", "permitlisten",
            "setenv", "logverbose", "channeltimeout");
    /**
     * Keywords whose value sshd takes as the rest of the line, '#' words and all (servconf.c copies
     * the text after the keyword, not its words). VersionAddendum is left out: OpenSSH 9.2 keeps
     * its '#' words too, but later releases end it at any '#'.
     */
    private static final Set<String> REST_OF_LINE = Set.of("forcecommand", "authorizedkeyscommand",
            "authorizedprincipalscommand");

    private SshdConfigFormat() {
    }

    /**
     * @param keyword the keyword, as written
     * @param value null, a boolean, a number, a string or a list of those
     * @param option the option the value comes from, for messages
     * @return the lines, each ending in a newline; empty for null
     * @throws ConfigException if a value holds a line break or NUL, sshd would end its line at a
     *     word beginning with '#', an element of a list written on one line would not be read as
     *     one, or a value is of no supported kind
     */
    static String lines(String keyword, Object value, OptionPath option) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof List<?> list)) {
            return line(keyword, scalar(value, option), option);
        }
        List<String> words = new ArrayList<>();
        for (Object element : list) {
            words.add(scalar(element, option));
        }
        String lowered = keyword.toLowerCase(Locale.ROOT);
        if (COMMA_SEPARATED.contains(lowered)) {
            words.forEach(word -> requireOneElement(word, SshdWords.ALGORITHM, "white space and ','", option));
            return words.isEmpty() ? "" : line(keyword, String.join(",", words), option);
        }
        if (SPACE_SEPARATED.contains(lowered)) {
            words.forEach(word -> requireOneElement(word, SshdWords.WORD, "white space", option));
            return words.isEmpty() ? "" : line(keyword, String.join(" ", words), option);
        }
        StringBuilder out = new StringBuilder();
        words.forEach(word -> out.append(line(keyword, word, option)));
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
     * One line holding the whole value, unless sshd would end it at a '#' word or take its first
     * '=' for the one that may stand between keyword and value ({@code Keyword=value}).
     */
    private static String line(String keyword, String text, OptionPath option) {
        if (text.isBlank()) {
            throw new ConfigException(option, "'" + option + "': an empty value would write " + keyword
                    + " with no argument, which sshd refuses; leave the value out instead.");
        }
        if (text.stripLeading().startsWith("=")) {
            throw new ConfigException(option, "'" + option + "': sshd reads an '=' before the value as"
                    + " separating it from the keyword, so it would drop the '=' that " + quoted(text)
                    + " begins with; to keep it, quote the value (sshd removes the quotes).");
        }
        int comment = REST_OF_LINE.contains(keyword.toLowerCase(Locale.ROOT)) ? -1 : commentStart(text);
        if (comment >= 0) {
            throw new ConfigException(option, "'" + option + "': sshd ends a line at a word beginning with '#', so"
                    + " it would silently drop " + quoted(text.substring(comment)) + " from the value " + quoted(text)
                    + "; to keep that word, quote it (sshd removes the quotes); for a comment, write the line in"
                    + " services.openssh.extraConfig, which is written verbatim.");
        }
        return keyword + " " + text + "\n";
    }

    /**
     * Where sshd would end a value, reading it as its argv_split() does: at a '#' beginning a word,
     * that is first or after a space or tab outside quotes. A backslash before a quote, backslash
     * or space makes it a plain character, so {@code \"} opens no quote.
     *
     * @return the index of that '#', or -1 if sshd reads the whole value
     */
    private static int commentStart(String text) {
        char quote = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == ' ' || c == '\t')) {
                wordStart = true;
                continue;
            }
            if (wordStart && c == '#') {
                return i;
            }
            wordStart = false;
            if (c == '\\' && i + 1 < text.length() && "\"'\\ ".indexOf(text.charAt(i + 1)) >= 0) {
                i++;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            }
        }
        return -1;
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

package io.stead.plugins.nixdaemon;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one formatter of {@code nix.conf} lines, as nix.conf(5) reads them: {@code name = value}.
 * Booleans are {@code true}/{@code false}, numbers decimal, strings as they are, null an empty
 * value, a list its elements separated by spaces. What nix's parser would read otherwise is
 * refused: a line break or {@code #} (which starts a comment anywhere on a line) in a value,
 * white space inside a list element (which would split it), a name that is not one word or is
 * the directive {@code include} or {@code !include}.
 */
final class NixConfFormat {
    private static final Pattern NAME = Pattern.compile("[^\\s=#]+");
    /** The directives of nix.conf, which a line beginning with them is. */
    private static final Set<String> INCLUDE = Set.of("include", "!include");

    private NixConfFormat() {
    }

    /**
     * @param name the setting's name, such as {@code trusted-users}
     * @param value null, a boolean, a number, a string, or a list of those
     * @return the line, ending in a newline
     * @throws ConfigException if nix would read the line otherwise than meant
     */
    static String line(String name, Object value) {
        OptionPath option = OptionPath.of("nix", "settings", name);
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(option, "'" + option
                    + "': a nix.conf setting's name is one word without '=' or '#'.");
        }
        if (INCLUDE.contains(name)) {
            // nix reads a line starting with include or !include as the directive, and refuses
            // "include = PATH" (three words) as an illegal line: every nix command then fails
            throw new ConfigException(option, "'" + option + "': nix.conf reads " + name + " as a directive, not a"
                    + " setting; put the line '" + name + " PATH' in nix.extraOptions.");
        }
        if (!(value instanceof List<?> list)) {
            return name + " = " + atom(value, option) + "\n";
        }
        List<String> words = new ArrayList<>();
        for (Object element : list) {
            String word = atom(element, option);
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                throw new ConfigException(option, "'" + option + "': the list element \"" + word + "\" would not be read "
                        + "as one element: nix.conf separates list elements by white space.");
            }
            words.add(word);
        }
        return name + " = " + String.join(" ", words) + "\n";
    }

    private static String atom(Object value, OptionPath option) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof String) {
            text = value.toString();
        } else if (value instanceof Double d) {
            text = BigDecimal.valueOf(d).toPlainString();
        } else {
            throw new ConfigException(option, "'" + option + "': nix.conf has no way to write the value " + value + ".");
        }
        if (text.contains("\n") || text.contains("\r") || text.contains("#")) {
            throw new ConfigException(option, "'" + option + "': the value \"" + text.replace("\n", "\\n")
                    + "\" holds a line break or '#', which nix.conf would not read as part of it; put whole "
                    + "lines in nix.extraOptions.");
        }
        return text;
    }
}

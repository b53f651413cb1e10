package io.stead.api;

import java.util.regex.Pattern;

/**
 * A string that matches {@code regex} as a whole (as Nix's {@code builtins.match} does).
 *
 * @param regex a {@link java.util.regex.Pattern} regular expression
 */
public record StrMatching(String regex) implements OptionType {
    /** @param regex a valid regular expression; checked here */
    public StrMatching {
        Pattern.compile(regex);
    }

    @Override
    public String description() {
        return "string matching the pattern " + regex;
    }

    @Override
    public boolean check(Object value) {
        return value instanceof String s && Pattern.compile(regex).matcher(s).matches();
    }
}

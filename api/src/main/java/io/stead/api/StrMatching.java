package io.stead.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A string that matches a regular expression as a whole (as Nix's {@code builtins.match} does).
 * Two instances are equal when their expressions are; the pattern is compiled once, when the
 * type is made, since it is checked against every definition.
 */
public final class StrMatching implements OptionType {
    private final String regex;
    private final Pattern pattern;

    /**
     * @param regex a {@link java.util.regex.Pattern} regular expression
     * @throws java.util.regex.PatternSyntaxException if it is not one
     */
    public StrMatching(String regex) {
        this.regex = Objects.requireNonNull(regex, "regex");
        this.pattern = Pattern.compile(regex);
    }

    /** @return the regular expression */
    public String regex() {
        return regex;
    }

    @Override
    public String description() {
        return "string matching the pattern " + regex;
    }

    @Override
    public boolean check(Object value) {
        return value instanceof String s && pattern.matcher(s).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrMatching other && other.regex.equals(regex);
    }

    @Override
    public int hashCode() {
        return regex.hashCode();
    }

    @Override
    public String toString() {
        return "StrMatching[regex=" + regex + "]";
    }
}

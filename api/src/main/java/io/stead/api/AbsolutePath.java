package io.stead.api;

/**
 * An absolute path: a string starting with {@code /}; several definitions must agree.
 */
public record AbsolutePath() implements OptionType {
    @Override
    public String description() {
        return "absolute path";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof String s && s.startsWith("/");
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

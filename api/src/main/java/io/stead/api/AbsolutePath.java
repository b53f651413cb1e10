package io.stead.api;

/**
 * An absolute path: a string starting with {@code /}, without a NUL character (which no Linux
 * path holds); several definitions must agree.
 */
public record AbsolutePath() implements OptionType {
    @Override
    public String description() {
        return "absolute path";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof String s && s.startsWith("/") && s.indexOf('\0') < 0;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

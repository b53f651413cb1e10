package io.stead.api;

/**
 * Strings joined with commas, in definition order.
 */
public record Commas() implements OptionType {
    @Override
    public String description() {
        return "strings concatenated with \",\"";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof String;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

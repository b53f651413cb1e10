package io.stead.api;

/**
 * A string; several definitions must be equal.
 */
public record Str() implements OptionType {
    @Override
    public String description() {
        return "string";
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

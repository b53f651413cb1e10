package io.stead.api;

/**
 * Any value. Attribute sets merge recursively; other values must be equal.
 */
public record Anything() implements OptionType {
    @Override
    public String description() {
        return "anything";
    }

    @Override
    public boolean check(Object value) {
        return true;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

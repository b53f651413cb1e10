package io.stead.api;

/**
 * Strings joined with newlines, in definition order.
 */
public record Lines() implements OptionType {
    @Override
    public String description() {
        return "strings concatenated with \"\\n\"";
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

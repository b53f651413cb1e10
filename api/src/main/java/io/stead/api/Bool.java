package io.stead.api;

/**
 * A boolean, {@code true} or {@code false}; several definitions must agree.
 */
public record Bool() implements OptionType {
    @Override
    public String description() {
        return "boolean";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Boolean;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

package io.stead.api;

/**
 * A signed 64-bit integer; several definitions must agree.
 */
public record Int() implements OptionType {
    @Override
    public String description() {
        return "signed integer";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Long;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

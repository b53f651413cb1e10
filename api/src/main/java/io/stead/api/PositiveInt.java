package io.stead.api;

/**
 * An integer of at least one.
 */
public record PositiveInt() implements OptionType {
    @Override
    public String description() {
        return "positive integer, meaning >0";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Long n && n > 0;
    }

    @Override
    public boolean isNoun() {
        return false; // a noun and a clause: "list of (positive integer, meaning >0)", as in NixOS
    }
}

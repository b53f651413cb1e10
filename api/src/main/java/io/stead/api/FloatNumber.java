package io.stead.api;

/**
 * A floating point number; several definitions must agree. Integers are not accepted, as in NixOS.
 */
public record FloatNumber() implements OptionType {
    @Override
    public String description() {
        return "floating point number";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Double;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

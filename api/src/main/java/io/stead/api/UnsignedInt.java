package io.stead.api;

/**
 * An integer of at least zero.
 */
public record UnsignedInt() implements OptionType {
    @Override
    public String description() {
        return "unsigned integer, meaning >=0";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Long n && n >= 0;
    }

    @Override
    public boolean isNoun() {
        return false; // a noun and a clause: "list of (positive integer, meaning >0)", as in NixOS
    }
}

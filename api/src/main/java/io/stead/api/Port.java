package io.stead.api;

/**
 * A TCP or UDP port number, 0 to 65535.
 */
public record Port() implements OptionType {
    @Override
    public String description() {
        return "16 bit unsigned integer; between 0 and 65535 (both inclusive)";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Long n && n >= 0 && n <= 65535;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

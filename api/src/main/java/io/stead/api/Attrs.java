package io.stead.api;

/**
 * An attribute set of anything; several definitions merge shallowly, later ones winning per key.
 */
public record Attrs() implements OptionType {
    @Override
    public String description() {
        return "attribute set";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof java.util.Map;
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}

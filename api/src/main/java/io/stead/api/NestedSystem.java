package io.stead.api;

import java.util.Map;

/**
 * A whole Stead system configuration evaluated inside another, such as the configuration of a
 * container: a submodule whose modules are every service module of the enclosing evaluation.
 */
public record NestedSystem() implements OptionType {
    @Override
    public String description() {
        return "Stead system configuration";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Map;
    }
}

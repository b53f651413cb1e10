package io.stead.api;

import java.util.List;
import java.util.Objects;

/**
 * A list whose elements have type {@code element}. Definitions concatenate, in order
 * (see {@link io.stead.api.Definition#mkBefore}); an element may itself be a conditional
 * definition that drops out when its condition is false.
 *
 * @param element the type of each element
 */
public record ListOf(OptionType element) implements OptionType {
    /** @param element the type of each element, not null */
    public ListOf {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String description() {
        return "list of " + OptionType.nested(element);
    }

    @Override
    public boolean check(Object value) {
        return value instanceof List;
    }
}

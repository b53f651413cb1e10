package io.stead.api;

import java.util.Map;
import java.util.Objects;

/**
 * An attribute set whose values have type {@code element}. Definitions merge per attribute; an
 * attribute all of whose definitions are disabled by a false condition is left out.
 *
 * @param element the type of each attribute's value
 */
public record AttrsOf(OptionType element) implements OptionType {
    /** @param element the type of each attribute's value, not null */
    public AttrsOf {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String description() {
        return "attribute set of " + OptionType.nested(element);
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Map;
    }
}

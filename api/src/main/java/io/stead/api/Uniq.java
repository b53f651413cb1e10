package io.stead.api;

import java.util.Objects;

/**
 * A value of type {@code element} that may be defined only once.
 *
 * @param element the underlying type
 */
public record Uniq(OptionType element) implements OptionType {
    /** @param element the underlying type, not null */
    public Uniq {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String description() {
        return element.description();
    }

    @Override
    public boolean check(Object value) {
        return element.check(value);
    }

    @Override
    public boolean isNoun() {
        return element.isNoun();
    }
}
